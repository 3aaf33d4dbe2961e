package ui

import (
	"reflect"
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
// Numbers, the program and last seen take what their content needs
// (issue 14, F27: they were padded to fixed widths while the program
// was dropped or cut).
func TestMachineLayoutKeepsIDsAndDropsInOrder(t *testing.T) {
	fixed := machineWant{status: 11, seen: 9, values: []int{8, 8, 8}, maxSpark: 40}
	demo := machineWant{status: 13, seen: 4, values: []int{5, 8, 6}, maxSpark: 60} // cotton-60…synthetics-40, 6.5kg, !!95.3°C, 2731W, now
	with := func(w machineWant, key int) machineWant { w.key = key; return w }
	tests := []struct {
		name string
		w    int
		want machineWant
		got  machineCols
	}{
		{"tiny 38", 38, with(fixed, 9), machineCols{key: 9, fields: 3}},
		{"narrow 46", 46, with(fixed, 9), machineCols{key: 9, seen: 9, fields: 3}},
		{"grid 68: trends before the program", 68, with(fixed, 9), machineCols{key: 9, spark: 6, seen: 9, fields: 3}},
		{"wide 94", 94, with(fixed, 9), machineCols{key: 9, status: 11, spark: 11, seen: 9, fields: 3}},
		{"zoomed 138", 138, with(fixed, 9), machineCols{key: 9, status: 11, spark: 25, seen: 9, fields: 3}},
		{"long ids keep 12", 30, with(fixed, 30), machineCols{key: 12, fields: 2}},
		{"long ids widen with what is left", 73, with(fixed, 30), machineCols{key: 18, spark: 5, seen: 9, fields: 3}},
		{"long ids widen to 24", 140, with(fixed, 30), machineCols{key: 24, status: 11, spark: 21, seen: 9, fields: 3}},
		{"very narrow", 20, with(fixed, 9), machineCols{key: 9, fields: 1}},
		// the demo's machines: what the user test saw cut or dropped
		{"demo 80x24 grid box (46)", 46, with(demo, 13), machineCols{key: 13, seen: 4, fields: 3}},
		{"demo 80x24 zoomed (78)", 78, with(demo, 13), machineCols{key: 13, status: 13, spark: 7, seen: 4, fields: 3}},
		{"demo 100x30 grid box (58)", 58, with(demo, 13), machineCols{key: 13, spark: 5, seen: 4, fields: 3}},
		{"demo 120x40 grid box (70)", 70, with(demo, 13), machineCols{key: 13, spark: 9, seen: 4, fields: 3}},
		{"demo 200x50 zoomed (198)", 198, with(demo, 13), machineCols{key: 13, status: 13, spark: 47, seen: 4, fields: 3}},
		{"sparklines stop at the buckets held", 300, with(demo, 13), machineCols{key: 13, status: 13, spark: 60, seen: 4, fields: 3}},
		// a view without a status field, or no row with one: no blank status column (F30)
		{"no status at all", 140, with(machineWant{seen: 4, values: []int{5, 8, 6}, maxSpark: 60}, 13), machineCols{key: 13, spark: 32, seen: 4, fields: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := machineLayout(tt.w, tt.want)
			tt.got.values = tt.want.values
			if !reflect.DeepEqual(got, tt.got) {
				t.Errorf("got %+v\nwant %+v", got, tt.got)
			}
			used := got.key
			for _, v := range got.values[:got.fields] {
				used += v + 1
			}
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
		// Cut names keep both ends: the start and the count or suffix.
		{80, 24, []string{"laundry-m…e-logs (1)", "offset", "student…nsumers", "health│"}},
		{100, 30, []string{"laundry-machine-logs (1)", "rate", "health", "student-consumers "}},
		{130, 16, []string{"laundry-machine-logs (1)", "committed", "lag history"}},
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
	}
}
