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
	lines := HelpLines(groups, plainStyle{}, 6)
	want := []string{"↑/k    up", "↓/j    down", "s      sort", "enter  details"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if len(groups) != 1 {
		t.Fatalf("%d groups left, want the empty ones dropped", len(groups))
	}
}
