package draw

import (
	"fmt"
	"slices"
	"testing"
)

func TestFitTable(t *testing.T) {
	name := func(want int) Col { return Col{Title: "name", Want: want, Name: true, Min: 16} }
	tests := []struct {
		name   string
		total  int
		cols   []Col
		widths string
		titles string
	}{
		{"content widths, the rest blank at the end, never padding a name", 40,
			[]Col{name(10), {Title: "lag", Want: 5}, {Title: "health", Want: 2}},
			"[10 5 6]", "[name lag health]"},
		{"a growing column takes the room left, up to its most", 40,
			[]Col{name(10), {Title: "lag", Want: 5}, {Title: "trend", Want: 8, Grow: 20}},
			"[10 5 20]", "[name lag trend]"},
		{"blank columns go first, the droppable ones in their order", 20,
			[]Col{name(10), {Title: "a", Want: 3, Blank: true}, {Title: "b", Want: 3, Blank: true, Drop: 1}, {Title: "c", Want: 3}},
			"[10 3 0 3]", "[name a b c]"},
		{"a heading is shortened, not cut", 23,
			[]Col{name(10), {Title: "committed", Shorts: []string{"commit"}, Want: 3}, {Title: "lag", Want: 3}},
			"[10 6 3]", "[name commit lag]"},
		{"the name is cut to its least before a column goes", 30,
			[]Col{name(40), {Title: "x", Want: 5, Drop: 1}, {Title: "y", Want: 5}},
			"[18 5 5]", "[name x y]"},
		{"then columns go in order, and the name gets the room back", 25,
			[]Col{name(40), {Title: "x", Want: 5, Drop: 1}, {Title: "y", Want: 5}},
			"[19 0 5]", "[name x y]"},
		{"a column that says the same on every row goes before the name is cut", 30,
			[]Col{name(40), {Title: "x", Want: 5, Drop: 2, Same: true}, {Title: "y", Want: 5, Drop: 1}},
			"[24 0 5]", "[name x y]"},
		{"a dropped column comes back only in the drop order: not one that went before one that stays out (ut18a F7)", 30,
			[]Col{name(40), {Title: "off", Want: 6, Drop: 2}, {Title: "rate", Want: 4, Drop: 1}, {Title: "lag", Want: 8}},
			"[21 0 0 8]", "[name off rate lag]"},
		{"Groups at 38 cells: gen (goes before state) does not come back while state stays out (ut18a F7)", 38,
			[]Col{name(60), {Title: "state", Want: 6, Drop: 5}, {Title: "gen", Want: 1, Drop: 3}, {Title: "members", Shorts: []string{"mbrs"}, Want: 1, Drop: 6},
				{Title: "lag", Want: 3}, {Title: "health", Want: 5}},
			"[22 0 0 4 3 6]", "[name state gen mbrs lag health]"},
		{"a cut name takes the room before a full heading does; a heading's words are never cut", 30,
			[]Col{name(40), {Title: "members", Shorts: []string{"mbrs"}, Want: 1}, {Title: "lag", Want: 3}},
			"[21 4 3]", "[name mbrs lag]"},
		{"a heading's blank cells over its content go before a name is cut (ut42a-15)", 42,
			[]Col{{Title: "  topic▼", Want: 22, Name: true, Min: 16}, {Title: "parts ", Shorts: []string{"p "}, Want: 1},
				{Title: "offsets ", Shorts: []string{"offs "}, Want: 5}, {Title: "rate ", Want: 6}, {Title: "health", Shorts: []string{"hlth"}, Want: 2},
				{Title: "trend", Want: 5, Grow: 60, Drop: 4}},
			"[22 1 5 6 4 0]", "[  topic▼ p offs  rate  hlth trend]"},
		{"a heading is not cut where the name is whole", 40,
			[]Col{name(10), {Title: "health", Shorts: []string{"hlth"}, Want: 2}},
			"[10 6]", "[name health]"},
		{"the full heading where the names are whole (ut16a D10)", 30,
			[]Col{name(10), {Title: "members", Shorts: []string{"mbrs"}, Want: 1}, {Title: "lag", Want: 3}},
			"[10 7 3]", "[name members lag]"},
		{"a dropped column the room left can hold comes back", 30,
			[]Col{name(16), {Title: "spark", Want: 8, Drop: 1}, {Title: "gen", Want: 3, Drop: 2}, {Title: "lag", Want: 3}},
			"[16 0 3 3]", "[name spark gen lag]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := FitTable(tt.total, tt.cols)
			if got := fmt.Sprint(f.Widths); got != tt.widths {
				t.Errorf("widths %s, want %s", got, tt.widths)
			}
			if got := fmt.Sprint(f.Titles); got != tt.titles {
				t.Errorf("titles %s, want %s", got, tt.titles)
			}
			if RowWidth(f.Widths) > tt.total {
				t.Errorf("%v is wider than %d", f.Widths, tt.total)
			}
		})
	}
}

func TestSame(t *testing.T) {
	rows := [][]string{{"a", "0", "1", "x"}, {"b", "0", "2", ""}, {"c", "-", "1", ""}}
	if got := fmt.Sprint(Same(rows, 4)); got != "[false true false false]" {
		t.Errorf("Same %s: only the column with one value on two rows or more", got)
	}
}

// The column a table is for (health reasons) takes the name's cells
// beyond its least before the name gets its whole length.
func TestFitTableKeenColumnBeforeTheName(t *testing.T) {
	f := FitTable(60, []Col{{Title: "name", Want: 50, Name: true, Min: 16}, {Title: "why", Want: 16, Grow: 40, Keen: true}})
	if fmt.Sprint(f.Widths) != "[19 40]" {
		t.Errorf("widths %v, want [19 40]", f.Widths)
	}
}

// A sparkline with nothing to draw keeps its least: wider, it shows no
// more, and the columns after it would sit far from the names.
func TestFitTableBlankGrowStaysNarrow(t *testing.T) {
	f := FitTable(60, []Col{{Title: "name", Want: 10, Name: true, Min: 16}, {Title: "trend", Want: 8, Grow: 24, Blank: true}, {Title: "x", Want: 3}})
	if fmt.Sprint(f.Widths) != "[10 8 3]" {
		t.Errorf("widths %v, want [10 8 3]", f.Widths)
	}
}

// WrapParts breaks between parts, never inside one.
func TestWrapParts(t *testing.T) {
	tests := []struct {
		parts []string
		w     int
		want  []string
	}{
		{[]string{"orders", "12 partitions", "retention 7d"}, 80, []string{"orders · 12 partitions · retention 7d"}},
		{[]string{"orders", "12 partitions", "retention 7d"}, 24, []string{"orders · 12 partitions", "retention 7d"}},
		{[]string{"a-very-long-part-indeed", "b"}, 10, []string{"a-very-", "long-part-", "indeed", "b"}}, // at its name boundaries
		{[]string{"enter edit", "ctrl+s send", "ctrl+b burst", "ctrl+r new values"}, 36, []string{"enter edit · ctrl+s send", "ctrl+b burst · ctrl+r new values"}},
		{[]string{"enter edit", "ctrl+s send", "ctrl+b burst", "ctrl+r new values"}, 14, []string{"enter edit", "ctrl+s send", "ctrl+b burst", "ctrl+r new", "values"}},
	}
	for _, tt := range tests {
		if got := WrapParts(tt.parts, " · ", tt.w); !slices.Equal(got, tt.want) {
			t.Errorf("WrapParts(%q, %d) = %q, want %q", tt.parts, tt.w, got, tt.want)
		}
	}
}

// ut22b N14: a column that goes leaves room its successor in the drop
// order cannot use; a Least name keeps to its Min while that column is
// out, the growing column taking the room, so no column is out while a
// name is cut wider than its least. Without Least the name takes it, as
// every other table's does; with nothing out, a Least name gets its room
// first as ever.
func TestFitTableLeastNameWhileAColumnIsOut(t *testing.T) {
	cols := func(least bool, total int) Fitted {
		return FitTable(total, []Col{{Title: "name", Want: 30, Name: true, Min: 20, Least: least},
			{Title: "ldr", Want: 1, Drop: 1}, {Title: "num", Want: 7}, {Title: "eta", Want: 4, Drop: 2}, {Title: "history", Want: 7, Grow: 40}})
	}
	for _, tc := range []struct {
		least bool
		total int
		want  string
	}{
		{true, 40, "[20 0 7 0 11]"}, // ldr and eta out, eta 1 cell short of coming back: the history takes the 4 cells, the name stays at 20
		{false, 40, "[24 0 7 0 7]"}, // as other tables: the name takes them
		{true, 44, "[20 0 7 4 10]"}, // only the leader out
		{false, 44, "[23 0 7 4 7]"}, //
		{true, 70, "[30 3 7 4 22]"}, // nothing out: the name whole first, the history the rest
	} {
		if got := fmt.Sprint(cols(tc.least, tc.total).Widths); got != tc.want {
			t.Errorf("least=%v total %d: widths %s, want %s", tc.least, tc.total, got, tc.want)
		}
	}
}
