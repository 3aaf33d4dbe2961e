package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// brokenInside reports a line break inside one of names in lines (box
// rows, their sides and padding included): the last word of a row and
// the first of the next, joined, make part of a name, and the row does
// not end at a name boundary (after '-', '.', '_', '/' or '@', or before '[').
func brokenInside(lines []string, names []string) string {
	for i := 0; i+1 < len(lines); i++ {
		a := strings.Fields(strings.Trim(ansi.Strip(lines[i]), "│ "))
		b := strings.Fields(strings.Trim(ansi.Strip(lines[i+1]), "│ "))
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		end, start := a[len(a)-1], b[0]
		if i := strings.Index(start, "["); i > 0 { // a topic's partitions follow its name
			start = start[:i]
		}
		for _, n := range names {
			if !strings.Contains(n, end+start) || strings.HasPrefix(start, "[") {
				continue
			}
			if !strings.ContainsAny(end[len(end)-1:], "-._/@") {
				return end + " / " + start
			}
		}
	}
	return ""
}

// The rebalance log at 80x24 breaks an entry at its spaces, a topic too
// long for a line at its name boundaries, never inside a name (ut19a H9:
// `…[0,1,2] payme` / `nts-settlement-events-…-v2[0,1,2,3,4,5]`).
func TestRebalanceLogBreaksBetweenNames(t *testing.T) {
	const (
		group = "settlement-reconciliation-service-eu-west-1-primary-consumer"
		t1    = "inventory-warehouse-stock-level-changes-bursty-stream-v3"
		t2    = "payments-settlement-events-eu-west-1-production-stream-v2"
	)
	a := lagApp(t, 80, 24, Cluster{Name: "x"}, nil)
	a.c.Store.(*model.Store).Update(func(st *model.State) {
		st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: "audit", Kind: "assignment",
			Detail: "rdkafka: none → " + t1 + "[0,1,2] " + t2 + "[0,1,2,3,4,5]"})
		st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: "audit", Kind: "joined",
			Detail: group + "-m1@host-01 from /10.0.0.9"})
	})
	press(a, "5", "z", "space", "enter")
	s := screen(a)
	assertFits(t, s, 80, 24)
	if !strings.Contains(s, "│         "+t2+" ") || !strings.Contains(s, "│         [0,1,2,3,4,5]") {
		t.Errorf("%s does not start a line, broken before its partitions:\n%s", t2, s)
	}
	if at := brokenInside(strings.Split(s, "\n"), []string{group + "-m1@host-01", t1, t2}); at != "" {
		t.Errorf("broken inside a name at %q:\n%s", at, s)
	}
	golden(t, "rebalance-log-names-80x24", s)
}

// A Log note on a 60-cell topic at 80x24, in the grid and zoomed, wraps
// at its spaces and breaks the topic at its name boundaries (ut19a H10:
// `…stock-level-cha` / `nges-bursty-stream-v3 was deleted…`), and every
// note in the box is drawn the same way: wrapped, not one cut with `…`
// beside the others.
func TestLogNoteLongTopicBreaksAtItsBoundaries(t *testing.T) {
	topics := []string{
		"inventory-warehouse-stock-level-changes-bursty-stream-v3-eu1", // 60 cells
		"payments-settlement-events-eu-west-1-production-stream-v2",
		"orders",
	}
	for _, name := range []string{"log-note-60-80x24", "log-note-60-grid-80x24"} {
		t.Run(name, func(t *testing.T) {
			a := testApp(t, 80, 24)
			var recs []model.Record
			for _, tp := range topics {
				recs = append(recs, model.Record{Topic: tp, Partition: model.WholeTopic, Time: fixedNow,
					Note: "topic " + tp + " was deleted and recreated: reading it again from the start"})
			}
			writer(a.c).Fold(recs, fixedNow)
			a.Update(keyPress("6"))
			if !strings.Contains(name, "grid") {
				a.Update(keyPress("z"))
			}
			s := screen(a)
			assertFits(t, s, 80, 24)
			box := logBox(t, s)
			if at := brokenInside(strings.Split(box, "\n"), topics); at != "" {
				t.Errorf("broken inside a topic's name at %q:\n%s", at, box)
			}
			if strings.Contains(box, " …│") || strings.Contains(box, "topic …") {
				t.Errorf("a note cut with … beside wrapped ones:\n%s", box)
			}
			golden(t, name, box)
		})
	}
}
