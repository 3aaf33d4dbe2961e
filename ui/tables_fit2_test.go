package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sizes are the terminal sizes every table test of ut15b is tried at.
var sizes = [][2]int{{80, 24}, {120, 40}, {200, 50}}

// manyGroupsStore is a cluster like ut15b's: topics read and not read
// (a, a 70-character topic, orders), and n Empty groups on orders, every
// one at generation 1 with no members, only the first with an assignor.
func manyGroupsStore(t *testing.T, n int) (*model.Store, []string) {
	t.Helper()
	const long = "inventory-warehouse-stock-level-reconciliation-and-replenishment-changelog-stream"
	s := model.NewStore(nil, model.DefaultLimits())
	var names []string
	for i := range n {
		names = append(names, fmt.Sprintf("analytics-realtime-consumer-%02d", i))
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		st.Topics = []string{"a", long, "orders"}
		for i := range 4 {
			var parts []model.PartitionStat
			highs := map[model.TP]int64{}
			parts = append(parts, model.PartitionStat{Topic: "a", Partition: 0, Leader: 1, High: 1})
			for p := range 8 {
				parts = append(parts, model.PartitionStat{Topic: long, Partition: p, Leader: p % 3, High: 200})
			}
			for p := range 2 {
				parts = append(parts, model.PartitionStat{Topic: "orders", Partition: p, Leader: p, High: int64(300 + 10*i)})
			}
			for _, pt := range parts {
				highs[model.TP{Topic: pt.Topic, Partition: pt.Partition}] = pt.High
			}
			var gs []model.GroupStat
			var committed []model.Committed
			for j, g := range names {
				gs = append(gs, model.GroupStat{ID: g, State: "Empty", Protocol: "consumer"})
				if j == 0 {
					gs[j].Assignor = "range"
				}
				committed = append(committed, model.Committed{Group: g, Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: 250, {Topic: "orders", Partition: 1}: 250}})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-3)*time.Second), parts, highs, gs, committed)
			st.Partitions, st.Groups = parts, gs
		}
		st.TopicStats = []model.TopicStat{{Name: "a", Partitions: 1, Replication: 1}, {Name: long, Partitions: 8, Replication: 1}, {Name: "orders", Partitions: 2, Replication: 1}}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	s.Fold([]model.Record{{Topic: "orders", Value: []byte(`{}`), Time: fixedNow}}, fixedNow)
	return s, names
}

// ut15b C5 had a context column that says the same on every row (gen 1,
// state Empty) give way before a group's name was cut; since s30 the
// word columns show wherever the box holds them, whatever the groups say
// (ut43a-8: judged on the words, they came and went while the user
// watched), and names are cut before one goes: zoomed, every size holds
// state, assign and gen, and a word column is left out only beside a
// cut name.
func TestSameColumnsGiveWayBeforeGroupNames(t *testing.T) {
	for _, size := range sizes {
		for _, zoom := range []bool{false, true} {
			s, names := manyGroupsStore(t, 32)
			a := realApp(t, s, size[0], size[1])
			press(a, "5")
			if zoom {
				press(a, "z")
			}
			got := screen(a)
			h := paneHeading(t, a, paneGroups, "group")
			cut := !strings.Contains(got, names[1]+" ")
			for _, w := range []string{"type", "state", "assign", "gen"} {
				if !strings.Contains(h, " "+w+" ") && !cut {
					t.Errorf("%dx%d zoom %v: %s is whole while `%s` is left out (%q):\n%s", size[0], size[1], zoom, names[1], w, h, got)
				}
				if zoom && w != "type" && !strings.Contains(h, " "+w+" ") {
					t.Errorf("%dx%d zoomed: no `%s` column (%q):\n%s", size[0], size[1], w, h, got)
				}
			}
		}
	}
}

// ut15b C6: Partitions keeps one column set for the whole list, as the
// cursor moves from rows no group reads to rows a group reads.
func TestPartitionsColumnSetStableAsCursorMoves(t *testing.T) {
	for _, size := range sizes {
		for _, zoom := range []bool{false, true} {
			s, _ := manyGroupsStore(t, 3)
			a := realApp(t, s, size[0], size[1])
			press(a, "4")
			if zoom {
				press(a, "z")
			}
			top := stableHeading(t, a, panePartitions, fmt.Sprintf("%dx%d zoom %v", size[0], size[1], zoom))
			if !strings.Contains(top, "lag") {
				t.Errorf("%dx%d zoom %v: groups read orders, yet no lag column: %q", size[0], size[1], zoom, top)
			}
		}
	}
}

// ut15b C9: with no group on the cluster, Partitions has no health
// heading over an empty column at any size.
func TestPartitionsNoHealthHeadingWithoutGroups(t *testing.T) {
	for _, size := range sizes {
		a := realApp(t, noGroupsStore(t), size[0], size[1])
		press(a, "4")
		screen(a)
		if h := paneHeading(t, a, panePartitions, "part"); strings.Contains(h, "health") || strings.Contains(h, "lag") {
			t.Errorf("%dx%d: no group on the cluster, yet heading %q", size[0], size[1], h)
		}
	}
}

// ut15b C9: a column's remembered width does not outlive the rows that
// needed it: kept while rows scroll by, given back after memoKeep.
func TestColumnMemoryForgets(t *testing.T) {
	var m colMemo
	titles := []string{"name", "lag"}
	m.note("k", 2, [][]string{{"g", "1,824"}}, fixedNow)
	m.note("k", 2, [][]string{{"g", "44"}}, fixedNow.Add(10*time.Second))
	if w := m.cols("k", titles, [][]string{{"g", "44"}})[1].Want; w != 5 {
		t.Errorf("10s later the lag column wants %d cells, want 5 (kept)", w)
	}
	m.note("k", 2, [][]string{{"g", "44"}}, fixedNow.Add(2*memoKeep))
	if w := m.cols("k", titles, [][]string{{"g", "44"}})[1].Want; w != 2 {
		t.Errorf("after %v the lag column wants %d cells, want 2 (what rows need)", 2*memoKeep, w)
	}
}

// demoApp is an app on s whose demo groups are washboard-demo-*.
func demoApp(t *testing.T, s *model.Store, w, h int) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow.Add(30 * time.Second) },
		Cluster: Cluster{Name: "kafka:9092"}, Demos: &recordingDemos{}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// ut15b C15: a 16-cell demo group name is never cut to keep its `demo`
// tag: the tag gives way first.
func TestDemoTagGivesWayBeforeTheName(t *testing.T) {
	for _, size := range sizes {
		a := demoApp(t, lagByStore(t, "laundry-machine-logs", 1000, "washboard-demo-1", "washboard-demo-2"), size[0], size[1])
		press(a, "5")
		got := screen(a)
		for _, g := range []string{"washboard-demo-1", "washboard-demo-2"} {
			if !strings.Contains(got, g) {
				t.Errorf("%dx%d: %s is cut:\n%s", size[0], size[1], g, got)
			}
		}
	}
}

// ut15b C8: Topics says its health in the words and case Partitions and
// Groups use (OK, never ok), and a health not judged yet is NEW.
func TestOneHealthVocabulary(t *testing.T) {
	a := realApp(t, namedLagStore(t, "rider-updates", "billing"), 120, 40)
	press(a, "8")
	got := screen(a)
	if !regexp.MustCompile(`\bOK\b`).MatchString(got) || regexp.MustCompile(`\bok\s*│`).MatchString(got) {
		t.Errorf("Topics' health is not OK:\n%s", got)
	}
	if model.HealthNew.String() != "NEW" {
		t.Errorf("a health not judged yet reads %q, want NEW", model.HealthNew.String())
	}
	a = foreignApp(t, 120, 40)
	press(a, "8")
	if got := screen(a); !strings.Contains(got, "ERR 1 offline") {
		t.Errorf("an offline partition is not ERR:\n%s", got)
	}
}

// ut15b C10: the topic detail's summary wraps between its parts rather
// than cutting the retention while the box has rows.
func TestTopicSummaryWrapsBetweenParts(t *testing.T) {
	for _, size := range sizes {
		a := foreignApp(t, size[0], size[1])
		writer(a.c).Update(func(st *model.State) { // 12 partitions: the zoomed detail scrolls, its summary still wraps
			for p := 2; p < 12; p++ {
				st.Partitions = append(st.Partitions, model.PartitionStat{Topic: "orders", Partition: p, Leader: 1, High: 5, Replicas: []int{1}, ISR: []int{1}})
			}
			st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
		})
		do(a, "enter", "z")
		got := screen(a)
		if !strings.Contains(got, "retention 7d") || strings.Contains(got, "rete…") {
			t.Errorf("%dx%d: the summary is cut:\n%s", size[0], size[1], got)
		}
	}
}

// ut15b C20: with health reasons, a Groups reason cut by its column wraps
// under its row while the box has rows to spare, and the name stays whole.
// (At 80x24 the grid box has no rows to spare: the name gives way to
// the reason down to 16 cells, TestReasonsWholeAt80.)
func TestGroupReasonsWrapUnderTheirRow(t *testing.T) {
	const topic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"
	for _, size := range sizes[1:] {
		a := demoApp(t, lagByStore(t, topic, 100, "washboard-demo-1", "ledger-audit"), size[0], size[1])
		press(a, "5", "r")
		got := screen(a)
		var reason strings.Builder // the demo group's reason, its lines joined
		lines := strings.Split(got, "\n")
		for i, l := range lines {
			_, l, _ = strings.Cut(l, "││") // the Groups box, right of Partitions
			if !strings.Contains(l, "washboard-demo-1") || !strings.Contains(l, "OK") {
				continue
			}
			_, right, _ := strings.Cut(l, "OK")
			reason.WriteString(strings.TrimSpace(strings.Trim(right, "│ ")))
			for _, next := range lines[i+1:] {
				_, cell, _ := strings.Cut(next, "││")
				cell = strings.TrimSpace(strings.Trim(cell, "│ "))
				if cell == "" || strings.Contains(cell, "ledger-audit") {
					break
				}
				reason.WriteString(" " + cell)
			}
		}
		// a topic wider than the box's line is cut in its middle to one
		// (ut39-16); the words are whole either way
		joined := strings.ReplaceAll(reason.String(), " ", "")
		cut := strings.Contains(joined, "payments.settlement.eu-wes…") && strings.Contains(joined, "-events.v3/0(+1OK):consuming;lag100")
		if want := topic + "/0 (+1 OK): consuming; lag 100"; !cut && !strings.Contains(joined, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("%dx%d: the reason reads %q, want %q whole:\n%s", size[0], size[1], reason.String(), want, got)
		}
	}
}

// ut15b C6's kind in Topics: whether a column says the same on every
// row is judged over the whole list, so an rf of 3 on the last topics
// does not bring the column in as the cursor reaches them.
func TestTopicsColumnSetStableAsCursorMoves(t *testing.T) {
	for _, size := range sizes {
		s := model.NewStore(nil, model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
			for i := range 40 {
				name := fmt.Sprintf("orders-eu-west-1-production-settlement-reconciliation-events-%02d", i)
				rf := 1
				if i >= 37 {
					rf = 3
				}
				st.Topics = append(st.Topics, name)
				st.Partitions = append(st.Partitions, model.PartitionStat{Topic: name, Partition: 0, Leader: 1, High: int64(100 * i)})
				st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 1, Replication: rf})
			}
			model.SumTopics(st.TopicStats, st.Partitions)
		})
		a := realApp(t, s, size[0], size[1])
		press(a, "8")
		stableHeading(t, a, paneTopics, fmt.Sprintf("%dx%d", size[0], size[1]))
	}
}

// stableHeading moves the cursor down 40 rows of pane, failing when its
// heading changes; it returns the heading.
func stableHeading(t *testing.T, a *App, pane int, at string) string {
	head := "topic"
	if pane == panePartitions { // its topics are headings over partition and group rows
		head = "part"
	}
	t.Helper()
	screen(a)
	top := paneHeading(t, a, pane, head)
	for i := range 40 {
		press(a, "j")
		screen(a)
		if h := paneHeading(t, a, pane, head); h != top {
			t.Fatalf("%s: the heading changed after %d rows: %q, then %q\n%s", at, i+1, top, h, screen(a))
		}
	}
	return top
}

// With health reasons, Partitions keeps its numbers: the reason is
// written under its row (ut15b C30: offset, lag and rate went, 140 blank
// cells a row at 200 columns).
func TestPartitionsReasonsKeepTheNumbers(t *testing.T) {
	a := lagApp(t, 200, 50, Cluster{Name: "x"}, nil)
	press(a, "4", "z", "r")
	s := screen(a)
	for _, want := range []string{"committed", "lag", "rate", "health", "lag history", "offset stuck at 90"} {
		if !strings.Contains(s, want) {
			t.Errorf("Partitions with reasons at 200 columns lacks %q:\n%s", want, s)
		}
	}
}

// The Groups list keeps one column set and widths while the cursor pages
// through groups of very different names and lags: the name and lag
// columns are the whole list's (ut16a D4, ut16b E7: the name was 22, 16
// then 7 cells wide and state came and went, page by page).
func TestGroupsColumnSetStableAsCursorMoves(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		s := model.NewStore(nil, model.DefaultLimits())
		s.Update(func(st *model.State) {
			st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
			st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
			tp := model.TP{Topic: "orders", Partition: 0}
			parts := []model.PartitionStat{{Topic: "orders", Partition: 0, Leader: 1, High: 5000}}
			var gs []model.GroupStat
			var committed []model.Committed
			for i := range 22 {
				id := fmt.Sprintf("ops-%c", 'a'+i)
				if i%7 == 0 {
					id = fmt.Sprintf("audit-log-archiver-consumer-group-nightly-%02d", i)
				}
				state := []string{"Empty", "Stable"}[i%2]
				gs = append(gs, model.GroupStat{ID: id, State: state, Protocol: "consumer"})
				committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{tp: int64(5000 - 3*i*i*i%4900)}})
			}
			st.Lag.Observe(fixedNow, parts, map[model.TP]int64{tp: 5000}, gs, committed)
			st.Partitions, st.Groups, st.Topics = parts, gs, []string{"orders"}
		})
		a := realApp(t, s, size[0], size[1])
		press(a, "5", "g")
		screen(a)
		top := paneHeading(t, a, paneGroups, "group")
		for i := range 22 {
			press(a, "j")
			screen(a)
			if h := paneHeading(t, a, paneGroups, "group"); h != top {
				t.Fatalf("%v: the Groups heading changed after %d rows: %q, then %q\n%s", size, i+1, top, h, screen(a))
			}
		}
	}
}

// Topics of very different name lengths keep one heading as the cursor
// pages in the 80x24 grid: the name column is the list's longest, not the
// page's (ut17: parts, records, rate, health on one page; rf, trend,
// cleanup and retention added on the next).
func TestTopicsColumnsStableWithMixedNames(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		for i := range 12 {
			name := fmt.Sprintf("t%02d", i)
			if i < 2 {
				name = fmt.Sprintf("customer-account-balance-reconciliation-events-v2-production-%02d", i)
			}
			st.Topics = append(st.Topics, name)
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: name, Partition: 0, Leader: 1, High: int64(100 * i)})
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 1 + i%3, Replication: 1 + i%2})
		}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	a := realApp(t, s, 80, 24)
	press(a, "8")
	stableHeading(t, a, paneTopics, "80x24 mixed names")
}

// ut16a D16: when the `demo` tag gives way, its cells go with it: the
// name column is as wide as the name, not padded where the tag was.
func TestDemoTagLeavesNoPadding(t *testing.T) {
	for _, size := range sizes {
		a := demoApp(t, lagByStore(t, "laundry-machine-logs", 1000, "washboard-demo-1", "washboard-demo-2"), size[0], size[1])
		press(a, "5")
		got := screen(a)
		if !regexp.MustCompile(`washboard-demo-1 (demo|\S)`).MatchString(got) {
			t.Errorf("%dx%d: washboard-demo-1 neither tagged nor followed by its next column:\n%s", size[0], size[1], got)
		}
	}
}
