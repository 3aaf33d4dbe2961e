package ui

import (
	"strings"
	"testing"
)

func TestPluralAndKeysStatus(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{plural(1, "group"), "1 group"},
		{plural(0, "group"), "0 groups"},
		{plural(1200, "key"), "1,200 keys"},
		{keysStatus(1, 1, 0, 0), "1 key"},
		{keysStatus(8, 12, 3, 0), "8 of 12 keys · 3 unreadable"},
		{keysStatus(12, 12, 0, 2), "12 keys · 2 evicted"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The Machines table keeps ids whole (up to 12 cells) and sheds the least
// useful columns first: program, sparklines, seen, then the last metrics.
// Zoomed, the id stops at its longest and the sparklines take the rest.
func TestMachineLayoutKeepsIDsAndDropsInOrder(t *testing.T) {
	tests := []struct {
		name    string
		w, keyW int
		want    machineCols
	}{
		{"tiny 38", 38, 9, machineCols{key: 9, status: 0, value: 8, spark: 0, seen: 0, fields: 3}},
		{"narrow 46", 46, 9, machineCols{key: 9, value: 8, seen: 9, fields: 3}},
		{"grid 68: trends before the program", 68, 9, machineCols{key: 9, value: 8, spark: 6, seen: 9, fields: 3}},
		{"wide 94", 94, 9, machineCols{key: 9, status: 11, value: 8, spark: 11, seen: 9, fields: 3}},
		{"zoomed 138", 138, 9, machineCols{key: 9, status: 11, value: 8, spark: 25, seen: 9, fields: 3}},
		{"long ids keep 12", 30, 30, machineCols{key: 12, value: 8, fields: 2}},
		{"long ids widen with what is left", 73, 30, machineCols{key: 18, value: 8, spark: 5, seen: 9, fields: 3}},
		{"long ids widen to 24", 140, 30, machineCols{key: 24, status: 11, value: 8, spark: 21, seen: 9, fields: 3}},
		{"very narrow", 20, 9, machineCols{key: 9, value: 8, fields: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := machineLayout(tt.w, 3, tt.keyW, machineWant{status: 11, value: 8, seen: 9})
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
			used := got.key + got.fields*(got.value+1)
			if got.spark > 0 {
				used += got.fields * (got.spark + 1)
			}
			if got.status > 0 {
				used += got.status + 1
			}
			if got.seen > 0 {
				used += got.seen + 1
			}
			if used > tt.w {
				t.Errorf("columns take %d cells of %d", used, tt.w)
			}
		})
	}
}

// Partitions and Groups: numbers take the width of the numbers shown, names the
// rest, so topic and group names stay readable in the grid at 80x24 and 100x30.
func TestPartitionsTopicsReadable(t *testing.T) {
	tests := []struct {
		w, h int
		want []string
	}{
		// Lag and health have nothing to show (the group committed
		// nothing): they give their room to the names, which need it.
		{80, 24, []string{"laundry-machine-logs (1)", "offset", "rate", "student-consumers"}},
		{100, 30, []string{"laundry-machine-logs (1)", "rate", "health", "student-consumers "}},
		// No group has committed on a topic shown: the group columns
		// are left out on every page, zoomed too.
		{130, 16, []string{"laundry-machine-logs (1)", "leader", "high", "rate"}},
	}
	for _, tt := range tests {
		a := testApp(t, tt.w, tt.h)
		if tt.w >= 130 {
			a.Update(keyPress("4"))
			a.Update(keyPress("z"))
		}
		got := screen(a)
		for _, s := range tt.want {
			if !strings.Contains(got, s) {
				t.Errorf("%dx%d: no %q:\n%s", tt.w, tt.h, s, got)
			}
		}
		if tt.w >= 130 && strings.Contains(got, "committed") {
			t.Errorf("%dx%d: a committed column with no group on the topics:\n%s", tt.w, tt.h, got)
		}
	}
}
