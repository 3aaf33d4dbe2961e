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

// At 200x50 help's pane list takes the room beside the other columns in
// as many columns as fit there, a view's long topic whole (ut40a-24,
// ut40b-13: eight rows of a narrow column, `1 logistic…east-2.v3` beside
// 60 blank cells).
func TestHelpWidePaneListUsesTheRoomBeside(t *testing.T) {
	const topic = "logistics.fleet.vehicle-telemetry.ap-southeast-2.v3"
	a := helpApp(t, "foreign", 8, 200, 50)
	press(a, "esc")
	tv, err := model.ParseViewSpec(topic, "series key=id fields=speed")
	if err != nil {
		t.Fatal(err)
	}
	tv.Title = topic
	a.Update(openViewMsg{view: tv})
	a.Update(changedMsg{version: a.c.Store.Version()})
	a.View()
	for _, pane := range []string{"8", "6", "5", "4"} {
		press(a, pane, "?")
		s := screen(a)
		if !strings.Contains(s, "1 "+topic) {
			t.Errorf("pane %s: the pane list does not name pane 1's view whole:\n%s", pane, s)
		}
		rows := 0
		for l := range strings.SplitSeq(s, "\n") {
			if strings.Contains(l, " Partitions ") || strings.Contains(l, " Groups ") || strings.Contains(l, " Produce ") || strings.Contains(l, " Topics ") {
				rows++
			}
		}
		if rows > 3 {
			t.Errorf("pane %s: the pane numbers take %d rows:\n%s", pane, rows, s)
		}
		press(a, "esc")
	}
}
