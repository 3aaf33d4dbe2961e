package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/washboard/washboard/ui/draw"
)

func TestPluralAndKeysStatus(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{plural(1, "group"), "1 group"},
		{plural(0, "group"), "0 groups"},
		{plural(1200, "key"), "1,200 keys"},
		{draw.JoinParts(keysStatus(1, 1, 0, 0)), "1 key"},
		{draw.JoinParts(keysStatus(8, 12, 3, 0)), "8 of 12 keys · 3 unreadable"},
		{draw.JoinParts(keysStatus(12, 12, 0, 2)), "12 keys · 2 evicted"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The Machines table keeps ids whole (up to 12 cells); the sparklines
// shrink to their least, then the least useful columns go first, in the
// README's order: sparklines, program, seen, then the last metrics. Each
// value column is as wide as its own content. Zoomed, the id stops at its
// longest and the sparklines take the rest, up to the whole window.
func TestMachineLayoutKeepsIDsAndDropsInOrder(t *testing.T) {
	v3 := []int{8, 8, 8}
	tests := []struct {
		name    string
		w, keyW int
		value   []int
		want    machineCols
	}{
		{"tiny 38", 38, 9, v3, machineCols{key: 9, value: v3, fields: 3}},
		{"narrow 46", 46, 9, v3, machineCols{key: 9, value: v3, seen: 9, fields: 3}},
		// ut16a D19: every metric has a sparkline or none has
		{"grid 68: the program; sparklines all or none", 68, 9, v3, machineCols{key: 9, status: 11, value: v3, seen: 9, fields: 3}},
		{"grid 80: program and the least sparklines", 80, 9, v3, machineCols{key: 9, status: 11, value: v3, spark: 6, sparks: 3, seen: 9, fields: 3}},
		{"wide 94", 94, 9, v3, machineCols{key: 9, status: 11, value: v3, spark: 11, sparks: 3, seen: 9, fields: 3}},
		{"zoomed 138", 138, 9, v3, machineCols{key: 9, status: 11, value: v3, spark: 25, sparks: 3, seen: 9, fields: 3}},
		// the sparklines stop at the window; the columns keep their content's width and the table ends at it (ut42a-18)
		{"sparklines stop at the window", 300, 9, v3, machineCols{key: 9, status: 11, value: v3, spark: 60, sparks: 3, seen: 9, fields: 3}},
		{"values their own widths", 80, 9, []int{5, 8, 6}, machineCols{key: 9, status: 11, value: []int{5, 8, 6}, spark: 8, sparks: 3, seen: 9, fields: 3}},
		{"long ids keep 12", 30, 30, v3, machineCols{key: 12, value: v3[:2], fields: 2}},
		// ut16a D12: the id whole before any sparkline
		{"a long id whole before sparklines", 73, 30, v3, machineCols{key: 24, status: 11, value: v3, seen: 9, fields: 3}},
		// ut19a H12: the program is cut (to the room the row leaves it) before it goes, the id at 12
		{"a long id cut to 12 and the program to what is left", 60, 30, v3, machineCols{key: 12, status: 10, value: v3, seen: 9, fields: 3}},
		// ut21a K1-1: every id longer than 24 is whole before the sparklines grow past 5
		{"long ids whole", 140, 30, v3, machineCols{key: 30, status: 11, value: v3, spark: 19, sparks: 3, seen: 9, fields: 3}},
		{"one long id among short ones widens to 24", 140, 30, v3, machineCols{key: 24, status: 11, value: v3, spark: 21, sparks: 3, seen: 9, fields: 3}},
		{"very narrow", 20, 9, v3, machineCols{key: 9, value: v3[:1], fields: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := machineWant{status: 11, value: tt.value, seen: 9}
			if strings.HasPrefix(tt.name, "one long id") {
				want.idWhole = 12 // the others' longest
			}
			got := machineLayout(tt.w, tt.keyW, want, 60)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
			used := got.key
			for _, v := range got.value {
				used += v + 1
			}
			if got.spark > 0 {
				used += got.sparks * (got.spark + 1)
			}
			if got.spark > 0 && got.sparks == 0 || got.sparks > got.fields {
				t.Errorf("%d sparklines %d cells wide for %d fields", got.sparks, got.spark, got.fields)
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

// ut16a D12: in the 80x24 grid (46 cells) a heat column one cell wider
// (a !!1xx.x°C seen once) cut avro-washer-01 while last seen kept 6
// cells for `stale 59s`: while no machine is stale, last seen gives them
// to the id; with one stale, the id is cut (to 12 at least).
func TestMachineLayoutIDTakesSeensReserve(t *testing.T) {
	values := []int{5, 9, 6}
	for _, tt := range []struct {
		name      string
		seenLeast int
		want      machineCols
	}{
		// the cells no column wants give last seen its reserve back
		{"none stale: the id whole", 5, machineCols{key: 14, value: values, seen: 8, fields: 3}},
		{"one stale: the seen column keeps its room", 0, machineCols{key: 13, value: values, seen: 9, fields: 3}},
	} {
		got := machineLayout(46, 14, machineWant{value: values, title: []int{5, 5, 6}, seen: 9, seenLeast: tt.seenLeast}, 60)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v\nwant %+v", tt.name, got, tt.want)
		}
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
		{80, 24, []string{"laundry-machine-logs (1)", "high", "rate", "student-consumers"}}, // the high watermark: never one column with the committed offset (ut18a F12)
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

// Long metric titles (an inferred view's `settlement_amount_eur`) are cut
// to their values' width once the sparklines are down to 3 cells (ut22a
// M1: not while they have 5), before the sparklines go, and get their
// room back as it allows; a status longer than 18 cells takes what
// sparklines showing their whole window leave.
func TestMachineLayoutCutsLongTitlesBeforeColumnsGo(t *testing.T) {
	want := machineWant{status: 18, statusAll: 38, value: []int{6, 4}, title: []int{22, 15}, seen: 9}
	for _, tt := range []struct {
		w    int
		want machineCols
	}{
		// 14 cells show the 14-letter title whole (the 15th is ▼'s room)
		{78, machineCols{key: 3, status: 18, value: []int{22, 14}, spark: 3, sparks: 2, seen: 9, fields: 2}},
		{60, machineCols{key: 3, status: 18, value: []int{13, 5}, spark: 3, sparks: 2, seen: 9, fields: 2}},
		// room for whole titles and 5-cell sparklines
		{83, machineCols{key: 3, status: 18, value: []int{22, 15}, spark: 5, sparks: 2, seen: 9, fields: 2}},
		// ut18a F11: not past 18 cells while the sparklines do not show their whole window
		{120, machineCols{key: 3, status: 18, value: []int{22, 15}, spark: 23, sparks: 2, seen: 9, fields: 2}},
		// the sparklines show the whole window: a long status takes the rest
		{300, machineCols{key: 3, status: 38, value: []int{22, 15}, spark: 60, sparks: 2, seen: 9, fields: 2}},
	} {
		if got := machineLayout(tt.w, 3, want, 60); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%d cells: got %+v\nwant %+v", tt.w, got, tt.want)
		}
	}
}
