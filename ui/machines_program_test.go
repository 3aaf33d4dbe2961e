package ui

import (
	"reflect"
	"testing"
)

// ut19a H12: in the 80x24 grid (46 cells) the demo's Machines dropped the
// program while last seen padded `now` to 9 cells and heat kept 2 cells
// for a `!!` no value had shown. The program is cut before it goes: last
// seen keeps 5 cells while no machine is stale, the markers' room no
// value has needed gives way, the id stays whole while it can (then is
// cut to 12), and the program goes only below minProgram cells.
func TestMachinesProgramCutBeforeItGoes(t *testing.T) {
	// the demo's columns: load 5 (no threshold), heat 8 (`!!` room),
	// power 6 (`!` room); titles "load▼" "heat▼" "power▼"
	demo := func(mark []int, seenLeast int) machineWant {
		return machineWant{status: 13, statusAll: 13, value: []int{5, 6 + mark[1], 5 + mark[2]}, mark: mark, title: []int{5, 5, 6}, seen: 9, seenLeast: seenLeast}
	}
	tests := []struct {
		name string
		w    int
		want machineWant
		got  machineCols
	}{
		{"no marker shown yet: id whole, program 6", 46, demo([]int{0, 0, 0}, 5),
			machineCols{key: 14, status: 6, value: []int{5, 6, 5}, seen: 5, fields: 3}},
		{"every marker shown: the id cut to 12 keeps the program", 48, demo([]int{0, 2, 1}, 5),
			machineCols{key: 12, status: 7, value: []int{5, 8, 6}, seen: 5, fields: 3}},
		{"a stale machine: last seen keeps 9, the program still cut", 51, demo([]int{0, 2, 1}, 0),
			machineCols{key: 12, status: 6, value: []int{5, 8, 6}, seen: 9, fields: 3}},
		{"a `!!101.5°C` and a `!2921W` held: the id cut, the program to 4 (ut32a Za12)", 46,
			machineWant{status: 13, statusAll: 13, value: []int{5, 9, 6}, mark: []int{0, 2, 1}, title: []int{5, 5, 6}, seen: 9, seenLeast: 5},
			machineCols{key: 12, status: 4, value: []int{5, 9, 6}, seen: 5, fields: 3}},
		{"narrower: the id cut to 12, the program to its least", 42, demo([]int{0, 0, 0}, 5),
			machineCols{key: 12, status: 4, value: []int{5, 6, 5}, seen: 5, fields: 3}},
		{"too narrow for 4 cells of program: it goes", 40, demo([]int{0, 0, 0}, 5),
			machineCols{key: 14, value: []int{5, 6, 6}, seen: 5, fields: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := machineLayout(tt.w, 14, tt.want, 60)
			if !reflect.DeepEqual(got, tt.got) {
				t.Errorf("got  %+v\nwant %+v", got, tt.got)
			}
		})
	}
	if got := shortHeading("program", 6); got != "prog." {
		t.Errorf("a program heading in 6 cells reads %q, want prog.", got)
	}
}

// The id comes before the program's cells past minProgram: in the 80x24
// grid sorted by a metric (every row's markers measured), an id is cut
// only where the program would go under minProgram, and never cut
// further than the row needs (ut33 Q1: `avro-…her-01` beside `dr…ate`,
// then `avro-washer-01` whole again in id order); below that the program
// reads as little (ut40a-5: `d…te`), so the id is cut to 12 first. Last
// seen keeps a cell for `seen▼` only sorted by it: held in every order,
// it cut the program to `dr…te` once a crit showed while the 12-cell ids
// already read apart (s30: the program keeps its 6 cells with a crit).
func TestMachinesIDWholeBeforeProgramGrows(t *testing.T) {
	hot := machineWant{status: 13, statusAll: 13, value: []int{5, 8, 6}, mark: []int{0, 2, 1}, title: []int{5, 5, 6}, seen: 9, seenLeast: 4}
	bySeen := hot
	bySeen.seenLeast = 5
	tests := []struct {
		name      string
		w         int
		want      machineWant
		key, prog int
	}{
		{"a `!!95.3°C` and a `!2924W`: the id cut to 12, the program keeps 6 (ut40a-5)", 46, hot, 12, minProgram},
		{"two cells more: the id whole", 48, hot, 14, minProgram},
		{"sorted by seen: its `▼` takes a cell of the program", 46, bySeen, 12, minProgram - 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &SeriesPane{}
			got := p.heldIDLayout(tt.w, 14, tt.want, 60, 12)
			if got.key != tt.key || got.status != tt.prog {
				t.Errorf("id %d program %d, want id %d program %d: %+v", got.key, got.status, tt.key, tt.prog, got)
			}
		})
	}
}
