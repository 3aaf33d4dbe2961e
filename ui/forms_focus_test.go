package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// markedRows is the rows of a screen whose field label is marked ▸ (a
// form's focused field): the marker right after a box's left border.
func markedRows(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "│▸") {
			out = append(out, l)
		}
	}
	return out
}

// Every action form marks the field with the cursor, and only it, with ▸
// at 80x24 and 200x50; tab moves the marker to the next field (ut15a A5:
// focus was shown only by a one-cell shift of the placeholder, and a user
// typed into the prefilled scope thinking it was `to`).
func TestFormsMarkTheFocusedField(t *testing.T) {
	forms := []struct {
		name   string
		keys   []string
		first  string // the focused field's label when the form opens
		fields int
	}{
		{"reset", []string{"5", "o"}, "to", 2},
		{"delete-offsets", []string{"5", "O"}, "topic", 1},
		{"create-topic", []string{"4", "C"}, "name", 4},
		{"add-partitions", []string{"4", "A"}, "total", 1},
		{"edit-config", []string{"4", "E"}, "config", 2},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, fm := range forms {
			t.Run(fm.name+"-"+sizeName(size), func(t *testing.T) {
				a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
				a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				act(a, fm.keys...)
				s := screen(a)
				marked := markedRows(s)
				if len(marked) != 1 {
					t.Fatalf("%d fields marked ▸, want 1:\n%s", len(marked), s)
				}
				if fm.first != "" && !strings.Contains(marked[0], "│▸"+fm.first+" ") {
					t.Errorf("the marked field is %q, want %q:\n%s", marked[0], fm.first, s)
				}
				if fm.name == "reset" {
					golden(t, "form-reset-"+sizeName(size), s)
				}
				if fm.fields < 2 {
					return
				}
				act(a, "tab")
				after := markedRows(screen(a))
				if len(after) != 1 || after[0] == marked[0] {
					t.Errorf("tab did not move the marker (%q, then %q):\n%s", marked, after, screen(a))
				}
			})
		}
	}
}

// The focused field's placeholder starts in the column every other
// field's value starts in: the cursor sits on its first cell instead of
// pushing it one cell right (ut15a A5).
func TestFocusedPlaceholderLinesUpWithTheValues(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "5", "o")
	col := func(prefix, value string) int {
		for _, l := range strings.Split(screen(a), "\n") {
			if i := strings.Index(l, prefix); i >= 0 {
				return ansi.StringWidth(l[:i+strings.Index(l[i:], value)])
			}
		}
		t.Fatalf("no %q row:\n%s", prefix, screen(a))
		return 0
	}
	if scope, to := col(" scope", "all"), col("▸to", "e.g."); scope != to {
		t.Errorf("scope's value starts at %d, to's placeholder at %d:\n%s", scope, to, screen(a))
	}
}

// The reset form says every field's mistake at once, each naming its
// field: text typed over the prefilled scope (it replaces `all`, ut24a
// P3) is named as a scope that is no topic, beside the empty target; a partition past the
// topic's is named too; nothing is planned (ut15a A5).
func TestResetFormSaysEveryMistakeAtOnce(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string
	}{
		{"typed into the scope", []string{"tab", "type:earliest"},
			[]string{`scope "earliest": no such topic on the cluster`, `"audit" has offsets on orders`, "say where to:"}},
		{"a partition past the topic's", []string{"tab", "ctrl+u", "type:orders/7", "tab", "type:latest"},
			[]string{`scope "orders/7": orders has partitions 0-1`}},
		{"a bad partition and a bad offset", []string{"tab", "ctrl+u", "type:orders/x", "tab", "type:-x"},
			[]string{`scope "orders/x": want all`, `"-x" is not a reset target`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, rec)
			writer(a.c).Update(func(st *model.State) { st.Topics = []string{"orders"} })
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, "5", "o")
			act(a, tt.keys...)
			act(a, "enter")
			s := screen(a)
			flat := boxText(s)
			for _, w := range tt.want {
				if !strings.Contains(flat, strings.ReplaceAll(w, " ", "")) {
					t.Errorf("the form does not say %q:\n%s", w, s)
				}
			}
			if len(rec.calls) != 0 {
				t.Errorf("planned %v despite the mistakes", rec.calls)
			}
		})
	}
}

// manyRowsAdmin plans a reset over 30 partitions: a preview taller than
// an 80x24 box.
type manyRowsAdmin struct{ recordingAdmin }

func (m *manyRowsAdmin) PlanReset(_ context.Context, group, _ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	p := model.ResetPlan{Group: group, Scope: scope, Target: target}
	for i := range 30 {
		p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: "orders", Partition: i}, Current: 17, New: 0, High: 17})
	}
	return p, nil
}

// The confirmation's footer offers scrolling (↑/↓ pgup/pgdn) only when
// the preview is taller than its rows: not for a delete-group preview nor
// a reset that fits, and then with pgup too (ut15a A19: "↑/↓ pgdn scroll
// preview" with nothing to scroll, and no pgup).
func TestFlowFooterOffersScrollOnlyWhenThereIsMore(t *testing.T) {
	footer := func(s string) string { l := strings.Split(s, "\n"); return l[len(l)-1] }
	tests := []struct {
		name   string
		admin  Admin
		keys   []string
		size   [2]int
		scroll bool
	}{
		{"delete group", &recordingAdmin{}, []string{"5", "D"}, [2]int{80, 24}, false},
		{"reset that fits", &recordingAdmin{}, []string{"5", "o", "type:earliest", "enter"}, [2]int{80, 24}, false},
		{"reset of 30 partitions", &manyRowsAdmin{}, []string{"5", "o", "type:earliest", "enter"}, [2]int{80, 24}, true},
		{"reset of 30 partitions, room for all", &manyRowsAdmin{}, []string{"5", "o", "type:earliest", "enter"}, [2]int{200, 50}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, tt.admin)
			a.Update(tea.WindowSizeMsg{Width: tt.size[0], Height: tt.size[1]})
			act(a, tt.keys...)
			s := screen(a)
			if !strings.Contains(s, "and enter to") {
				t.Fatalf("no confirmation:\n%s", s)
			}
			f := footer(s)
			if got := strings.Contains(f, "scroll"); got != tt.scroll {
				t.Fatalf("footer %q offers scrolling: %v, want %v:\n%s", f, got, tt.scroll, s)
			}
			if tt.scroll && !strings.Contains(f, "↑/↓ pgup/pgdn scroll preview") {
				t.Errorf("footer %q does not name pgup", f)
			}
		})
	}
}

// A clamped target says which end of the log it went to, in full in a
// wide box and short with its legend in a narrow one (ut15a A4: "clamped
// to the log" named no end).
func TestResetPreviewSaysWhichEndItClampedTo(t *testing.T) {
	// one shift takes p0 (committed past its end: truncated) past the
	// log end and p1 before its log start
	plan := model.ResetPlan{Group: "g", Target: model.ResetTarget{Kind: model.ResetShift, Shift: -5}, Rows: []model.ResetRow{
		{TP: model.TP{Topic: "ab", Partition: 0}, Current: 40, New: 26, Low: 0, High: 26, Clamped: true},
		{TP: model.TP{Topic: "ab", Partition: 1}, Current: 12, New: 10, Low: 10, High: 30, Clamped: true},
	}}
	wide := strings.Join(resetPreviewAt(plan, 120), "\n")
	for _, want := range []string{" 0 (clamped to the log end)", " 20 (clamped to the log start)"} {
		if !strings.Contains(wide, want) {
			t.Errorf("wide preview lacks %q:\n%s", want, wide)
		}
	}
	narrow := strings.Join(resetPreviewAt(plan, 40), "\n")
	for _, want := range []string{"log end: the target is past the newest offset", "log start: the target is before", "  log end", "  log start"} {
		if !strings.Contains(narrow, want) {
			t.Errorf("narrow preview lacks %q:\n%s", want, narrow)
		}
	}
}
