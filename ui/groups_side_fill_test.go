package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// In the 200x50 grid the group detail's rebalance log shows whole
// entries and never blank rows under the newest entries (issue 14, B26:
// the newest 2 of 12 above 2 blank rows): rows the next older entry
// cannot use whole go to the columns above the log (ut16b E15: the
// oldest shown was cut with … while the same words wrapped below).
func TestSideViewRebalanceLogFillsItsRows(t *testing.T) {
	a := lagApp(t, 200, 50, Cluster{Name: "x"}, nil)
	a.c.Store.(*model.Store).Update(func(st *model.State) {
		for i := range 12 {
			st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i) * time.Second), Group: "audit", Kind: "assignment",
				Detail: "rdkafka@127.0.0.1:41554: none → payments.settlement.eu-west-1.card-network-reconciliation-events.v3[4,5,6,7] entry-" + itoa(100+i) +
					strings.Repeat(" and a long tail of words", 2*(i%2))})
		}
	})
	press(a, "5", "enter")
	s := screen(a)
	assertFits(t, s, 200, 50)
	golden(t, "groups-side-log-200x50", s)
	var box []string // the Groups box: the right box of the middle row, to its bottom edge
	for _, l := range strings.Split(s, "\n") {
		_, right, ok := strings.Cut(l, "││")
		if !ok && len(box) > 0 {
			break
		}
		if ok {
			box = append(box, strings.TrimSuffix(right, "│"))
		}
	}
	at := -1
	for i, l := range box {
		if strings.Contains(l, "rebalance log") {
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("no rebalance log in the Groups box:\n%s", s)
	}
	if !strings.Contains(box[at], "newest ") {
		t.Fatalf("every entry fits: the test needs more:\n%s", s)
	}
	for _, l := range box[at+1:] {
		if strings.TrimSpace(l) == "" {
			t.Fatalf("a blank row under the rebalance log while entries are left out:\n%s", s)
		}
		if strings.Contains(l, "…") {
			t.Fatalf("an entry cut while others wrap whole:\n%s", s)
		}
	}
}

// A log line reads as words: "washboard-demo-1 gone (no longer listed by
// the cluster)", not "washboard-demo-1 gone group no longer listed".
func TestRebalanceLineReadsAsWords(t *testing.T) {
	l := model.NewLags(model.LagConfig{})
	l.Observe(fixedNow, nil, nil, []model.GroupStat{{ID: "washboard-demo-1", State: "Stable"}}, nil)
	l.Observe(fixedNow.Add(time.Second), nil, nil, nil, nil)
	var events []model.Rebalance
	for i := range l.Events.Len() {
		events = append(events, l.Events.At(i))
	}
	got := ansiStripJoin(rebalanceLines(NewStyles(true), events, 100, 5))
	if !strings.Contains(got, "washboard-demo-1 gone (no longer listed by the cluster)") {
		t.Errorf("the gone line does not read as words:\n%s", got)
	}
}

func ansiStripJoin(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(ansi.Strip(l) + "\n")
	}
	return b.String()
}

// When the group's members need more rows than the box has, a log with
// little to say takes only its rows and the members get the rest, never
// blank rows under "no changes seen yet" while members are cut.
func TestSideViewShortLogGivesRowsToMembers(t *testing.T) {
	a := lagApp(t, 200, 50, Cluster{Name: "x"}, nil)
	a.c.Store.(*model.Store).Update(func(st *model.State) {
		st.Lag.Events = model.NewRing[model.Rebalance](16)
		for i := range st.Groups {
			if st.Groups[i].ID != "audit" {
				continue
			}
			var tps []model.TP
			for p := range 80 { // more than the screen holds: the view takes it (ut18a F2)
				tps = append(tps, model.TP{Topic: "orders", Partition: p})
			}
			st.Groups[i].Detail = []model.MemberStat{{ID: "m1", ClientID: "rdkafka", Host: "/127.0.0.1", Assigned: tps}}
		}
	})
	press(a, "5", "enter")
	s := screen(a)
	if !strings.Contains(s, "more line") || !strings.Contains(s, "no changes seen yet") {
		t.Fatalf("the test needs cut members and an empty log:\n%s", s)
	}
	var box []string
	for _, l := range strings.Split(s, "\n") {
		if inner, ok := strings.CutPrefix(l, "│"); ok {
			box = append(box, strings.TrimSuffix(inner, "│"))
		}
	}
	for _, l := range box {
		if strings.TrimSpace(l) == "" {
			t.Fatalf("a blank row in the Groups box while members are cut:\n%s", s)
		}
	}
}
