package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A text area edited in one row shows its text around the cursor with a
// `…` on each side it goes on past, filled to the row's last cell, and
// pages by half a row rather than at every key (ut22b N13: the one-row
// textarea showed `a":-2,"n":2}` with nothing to say it was cut).
func TestProduceAreaLineSaysWhereItIsCut(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		row   int
		col   int
		want  string // the row drawn, the cursor's cell in [ ]
	}{
		{"fits", []string{"abc"}, 0, 3, "abc[ ]"},
		{"start", []string{"abcdefghijklmnopqrstuvwxyz"}, 0, 0, "[a]bcdefghijkl…"},
		{"in the first row", []string{"abcdefghijklmnopqrstuvwxyz"}, 0, 8, "abcdefgh[i]jkl…"},
		{"paged", []string{"abcdefghijklmnopqrstuvwxyz"}, 0, 12, "…fghijkl[m]nop…"},
		{"end", []string{"abcdefghijklmnopqrstuvwxyz"}, 0, 26, "…pqrstuvwxyz[ ]"},
		{"near the end fills the row", []string{"abcdefghijklmnopqrstuvwxyz"}, 0, 24, "…opqrstuvwx[y]z"},
		{"lines joined", []string{"a=1", "b=2"}, 1, 3, "a=1 ⏎ b=2[ ]"},
		{"second of long lines", []string{"first-line-is-long", "second"}, 1, 0, "…ong ⏎ [s]econd"},
		{"escaped", []string{"x\u202ey"}, 0, 3, "x\\u202ey[ ]"},
	}
	_, p, _ := produceApp(t, 80, 24)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells, cur := areaCells(tt.lines, tt.row, tt.col)
			got := p.drawAreaLine(cells, cur, 13)
			plain := markCursor(got)
			if plain != tt.want {
				t.Errorf("got %q, want %q", plain, tt.want)
			}
			if w := ansi.StringWidth(ansi.Strip(got)); w > 13 {
				t.Errorf("%q is %d cells, wider than the row's 13", plain, w)
			}
		})
	}
}

// markCursor is a drawn row as text with the reversed (cursor) cell in [ ].
func markCursor(s string) string {
	return strings.NewReplacer("\x1b[7m", "[", "\x1b[m", "]", "\x1b[0m", "]", "\x1b[27m", "]").Replace(s)
}

// ut22b N13 in the tester's screen: R on a record in the 80x24 grid of a
// cluster with a registry, whose Produce box leaves the value one row
// while the form is edited there. What the row shows of the value is a
// piece of it marked `…` where it is cut, at the end, the start and in
// the middle of the text, never a piece that reads as a value of its own.
func TestProduceValueRowInTheGridSaysWhereItIsCut(t *testing.T) {
	a := testApp(t, 80, 24)
	a.c.Schemas = &fakeSchemas{}
	const topic = "warehouse-inventory-adjustments-stream-from-north-depot-v2"
	const value = `{"qty":2,"delta":-2,"n":2}`
	writer(a.c).Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic, topic}
	})
	writer(a.c).Fold([]model.Record{{Topic: topic, Partition: 5, Offset: 1895, Time: fixedNow, Key: []byte("sku-2-bin-A2"), Value: []byte(value)}}, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "6", "enter")
	_, cmd := a.Update(keyPress("R"))
	run(a, cmd)
	check := func(when string, want string) {
		t.Helper()
		s := screen(a)
		if !strings.Contains(s, "─ 6 Log") {
			t.Fatalf("%s: the form took the screen; this test is about the grid's one-row value:\n%s", when, s)
		}
		row := produceLineWith(strings.Join(produceBox(s), "\n"), "▸value")
		_, shown, _ := strings.Cut(row, "▸value")
		shown = strings.TrimSpace(shown)
		if !strings.Contains(shown, "…") || shown != want {
			t.Errorf("%s: the value row reads %q, want %q (a piece of %s marked where it is cut):\n%s", when, shown, want, value, s)
		}
	}
	press := func(code rune, n int) {
		for range n {
			a.View()
			a.Update(tea.KeyPressMsg{Code: code})
		}
	}
	check("after R (cursor at the end)", `…a":-2,"n":2}`)
	press(tea.KeyHome, 1)
	check("home", `{"qty":2,"del…`)
	press(tea.KeyRight, 16)
	check("in the middle", `…:2,"delta":-…`)
	golden(t, "produce-value-row-grid-80x24", screen(a))
}

// A value taller than its area, edited with the cursor at its end (a
// long record's value after R), shows its last rows: the first row shown
// says with a `…` before it that the text goes on above, so its first
// line does not read as the value's start (ut22b N13's kind in the
// zoomed form's rows).
func TestProduceTallValueSaysRowsAboveAreCut(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "esc", "z", "enter")
	var lines []string
	for i := 1; i <= 40; i++ {
		lines = append(lines, "line-"+itoa(100+i))
	}
	p.areas[fieldValue].SetValue(strings.Join(lines, "\n")) // the cursor at the end
	p.active = fieldValue
	p.focusField()
	s := screen(a)
	if !a.zoom {
		t.Fatalf("not zoomed:\n%s", s)
	}
	row := produceLineWith(s, "▸value")
	if !strings.Contains(s, "line-140") || strings.Contains(s, "line-101") {
		t.Fatalf("the cursor's row (line-140, the text's end) is not in sight, or the whole text is:\n%s", s)
	}
	if !strings.Contains(row, "…line-1") {
		t.Errorf("the first row shown does not say the text goes on above it: %q:\n%s", row, s)
	}
	golden(t, "produce-tall-value-80x24", s)
	a.View()
	a.Update(tea.KeyPressMsg{Code: tea.KeyHome, Mod: tea.ModCtrl}) // the text's start
	s = screen(a)
	if row := produceLineWith(s, "▸value"); !strings.Contains(row, "▸value     line-101") {
		t.Errorf("at the text's start the first row is not its first line, unmarked: %q:\n%s", row, s)
	}
}
