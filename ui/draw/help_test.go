package draw

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

func TestHelpShowsEachKeyOnce(t *testing.T) {
	up := key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up"))
	down := key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down"))
	sort := key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort"))
	off := key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "off"), key.WithDisabled())
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details"))
	apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")) // same keys, other words: one row
	groups := UniqueBindings([][]key.Binding{{up, down, sort, enter}, {up, off, apply}, {down}})
	lines := HelpGrid(groups, plainStyle{}, 14) // one column: each key once, fitted to the widest
	want := []string{"↑/k   up", "↓/j   down", "s     sort", "enter details"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(groups) != 1 {
		t.Fatalf("%d groups left, want the empty ones dropped", len(groups))
	}
}

// ut34a-3: at 80 columns each binding took a row of its own, the eight
// pane numbers eight rows. A group goes in as many columns as fit, filled
// down first, and one that fits in none is one a line.
func TestHelpGridPutsAGroupSideBySideWhereItFits(t *testing.T) {
	var panes []key.Binding
	for i, n := range []string{"Machines", "Riders", "Students", "Partitions", "Groups", "Log", "Produce", "Topics"} {
		k := string(rune('1' + i))
		panes = append(panes, key.NewBinding(key.WithKeys(k), key.WithHelp(k, n)))
	}
	tests := []struct {
		w    int
		want []string
	}{
		{78, []string{
			"1 Machines   3 Students     5 Groups   7 Produce",
			"2 Riders     4 Partitions   6 Log      8 Topics",
		}},
		{24, []string{
			"1 Machines     5 Groups",
			"2 Riders       6 Log",
			"3 Students     7 Produce",
			"4 Partitions   8 Topics",
		}},
		{12, []string{"1 Machines", "2 Riders", "3 Students", "4 Partitions", "5 Groups", "6 Log", "7 Produce", "8 Topics"}},
	}
	for _, tt := range tests {
		got := HelpGrid([][]key.Binding{panes}, plainStyle{}, tt.w)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%d cells: got\n%s\nwant\n%s", tt.w, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// ut43a-22: a long entry set under a group's columns (Groups' `o reset
// offsets: preview, then type its name`) had its own key width, so its
// description started two cells left of those above it and read as the
// global keys' running text. It starts where the first column's do.
func TestHelpGridLongEntryAlignsWithTheColumnsAbove(t *testing.T) {
	b := func(k, d string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, d)) }
	group := []key.Binding{b("←/→", "pick group"), b("D", "delete group"), b("O", "delete group's offsets on topic"),
		b("x", "stop demo group"), b("pgup/pgdn", "rebalance log older/newer"),
		b("o", "reset offsets: preview, then type its name")}
	got := HelpGrid([][]key.Binding{group}, plainStyle{}, 78)
	last := got[len(got)-1]
	at := func(line, word string) int { return Width(line[:strings.Index(line, word)]) } // cells, not bytes: ←/→
	if !strings.HasPrefix(last, "o ") || at(last, "reset") != at(got[0], "pick") {
		t.Errorf("the long entry does not line up with the column above:\n%s", strings.Join(got, "\n"))
	}
}
