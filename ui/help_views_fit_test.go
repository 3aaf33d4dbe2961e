package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Help fits 80x24 whole with views opened with v on long-named topics in
// panes 1 and 2 (their names in the pane list cut in the middle, ut38b-20)
// and with a group open in Groups (long keys a line each, the rest in
// columns, ut38b-6).
func TestHelpFitsWithLongViewsAndAGroupOpen(t *testing.T) {
	views := []struct{ topic, spec string }{
		{"payments.settlement.card-authorisations.eu-west-1.v2", "series key=id fields=amount"},
		{"customer.profile.updates-cdc.apac.v1", "status key=id status=state"},
	}
	for _, tt := range []struct {
		name string
		keys []string
	}{
		{"partitions", []string{"4", "?"}},
		{"log", []string{"6", "?"}},
		{"group open", []string{"5", "enter", "?"}},
	} {
		a := helpApp(t, "foreign", 8, 80, 24)
		press(a, "esc")
		for _, v := range views {
			tv, err := model.ParseViewSpec(v.topic, v.spec)
			if err != nil {
				t.Fatal(err)
			}
			tv.Title = v.topic // as v in Topics titles it
			a.Update(openViewMsg{view: tv})
		}
		a.Update(changedMsg{version: a.c.Store.Version()})
		a.View() // the frame that names the views by their topics
		press(a, tt.keys...)
		if a.helpVP.TotalLineCount() > a.helpVP.Height() {
			t.Errorf("%s: help scrolls, %d lines in %d rows:\n%s", tt.name, a.helpVP.TotalLineCount(), a.helpVP.Height(), screen(a))
		}
		if !strings.Contains(screen(a), "1 payments") {
			t.Errorf("%s: help's pane list does not name the view in pane 1:\n%s", tt.name, screen(a))
		}
	}
}
