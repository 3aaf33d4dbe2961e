package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// namedLagStore is a cluster where groups read topic (2 partitions, one
// leader, nothing deleted), each group lagging a little, polled a few
// times so the groups have lag history; the Log holds a record.
func namedLagStore(t *testing.T, topic string, groups ...string) *model.Store {
	t.Helper()
	return lagByStore(t, topic, 1, groups...)
}

// lagByStore is namedLagStore with each group's lag scaled by lag.
func lagByStore(t *testing.T, topic string, lag int64, groups ...string) *model.Store {
	t.Helper()
	s := polledLagStore(t, topic, 300*lag, 10*lag, lag, groups...)
	s.Fold([]model.Record{{Topic: topic, Value: []byte(`{}`), Time: fixedNow}}, fixedNow)
	return s
}

// paneHeading is the heading line of a table pane as drawn: the first of
// its lines that starts with title ("" for none: a table without rows).
func paneHeading(t *testing.T, a *App, pane int, title string) string {
	t.Helper()
	for _, l := range a.panes[pane].Lines(true) {
		if s := stripLine(l); strings.HasPrefix(strings.TrimLeft(s, " "), title) { // Groups' heading starts after the mark gutter
			return s
		}
	}
	return ""
}

func stripLine(l string) string { return strings.TrimRight(ansi.Strip(l), " ") }

// Headings are never cut (B1, B34: `topic/…n/group`, `lag his…`): at
// every size, grid and zoomed, with long and short names, each table's
// heading is whole words: shortened (`ldr`, `commit`, `history`) or
// left out with its column, never clipped.
func TestTableHeadingsAreNeverCut(t *testing.T) {
	const longTopic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"
	stores := map[string]func(t *testing.T) *model.Store{
		"short names": lagStore,
		"long names": func(t *testing.T) *model.Store {
			return namedLagStore(t, longTopic, "settlement-reconciler-eu-west-1-primary-consumer-group", "ledger-audit", "washboard-demo-2")
		},
		"no groups": noGroupsStore,
	}
	for name, store := range stores {
		for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
			for _, zoom := range []bool{false, true} {
				a := realApp(t, store(t), size[0], size[1])
				for _, p := range []struct {
					key   string
					pane  int
					title string
				}{{"4", panePartitions, "part"}, {"5", paneGroups, "group"}, {"8", paneTopics, "topic"}} {
					press(a, p.key)
					if zoom {
						press(a, "z")
					}
					screen(a)
					if h := paneHeading(t, a, p.pane, p.title); strings.Contains(h, "…") {
						t.Errorf("%s, %dx%d zoom %v: pane %s's heading is cut: %q\n%s", name, size[0], size[1], zoom, p.key, h, screen(a))
					}
					if zoom {
						press(a, "z")
					}
				}
			}
		}
	}
}

// B34: zoomed Partitions at 80x24 with a group names the group (never
// `w…-demo-2`) while the leader and low watermark say the same (0) on
// every row: those go before a name is cut.
func TestZoomedPartitionsNameTheGroupAt80(t *testing.T) {
	a := realApp(t, namedLagStore(t, "rider-updates", "washboard-demo-2"), 80, 24)
	press(a, "4", "z")
	s := screen(a)
	for _, want := range []string{"rider-updates (2)", "↳ washboard-demo-2", "lag", "health", "behind", "history"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in zoomed Partitions at 80x24:\n%s", want, s)
		}
	}
	// A 50-character group is cut in the middle, never below 16 cells of
	// its name, and lag and health stay.
	long := "settlement-reconciler-eu-west-1-primary-consumer-group"
	a = realApp(t, namedLagStore(t, "payments.settlement.eu-west-1.card-network-reconciliation-events.v3", long), 80, 24)
	press(a, "4", "z")
	s = screen(a)
	re := regexp.MustCompile(`↳ (settle\S*…\S*group) `)
	m := re.FindStringSubmatch(s)
	if m == nil || len([]rune(m[1])) < 16 {
		t.Errorf("the group is cut below 16 cells (%q):\n%s", m, s)
	}
}

// B1: unzoomed Partitions at 80x24 on a cluster without groups: the
// columns with nothing to show give way before the heading is cut, and
// the layout does not change as the cursor moves down the rows.
func TestGridPartitionsKeepTheirColumnsAsTheyScroll(t *testing.T) {
	s := noGroupsStore(t)
	s.Update(func(st *model.State) {
		st.Partitions = append(st.Partitions, model.PartitionStat{Topic: "Student", Partition: 0, Leader: 1, High: 28, Rate: 1, Replicas: []int{1}, ISR: []int{1}})
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: "Student", Partitions: 1, Replication: 1})
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	a := realApp(t, s, 80, 24)
	press(a, "4")
	screen(a)
	top := paneHeading(t, a, panePartitions, "part")
	if top == "" {
		t.Fatalf("no heading:\n%s", screen(a))
	}
	for range 6 {
		press(a, "j")
		screen(a)
		if h := paneHeading(t, a, panePartitions, "part"); h != top {
			t.Fatalf("the heading changed as the cursor moved: %q, then %q\n%s", top, h, screen(a))
		}
	}
	if strings.Contains(top, "…") || strings.Contains(top, "lag") || strings.Contains(top, "health") {
		t.Errorf("no group on the cluster, yet heading %q", top)
	}
}

// B4's kind: a table's columns stay where they are as numbers change
// width with the polls: a rate that falls from 12.5/s to 0.5/s does not
// move the columns after it, nor bring back one that had no room.
func TestColumnsDoNotMoveAsNumbersShrink(t *testing.T) {
	s := noGroupsStore(t)
	setRate := func(r float64, at time.Time) {
		s.Update(func(st *model.State) {
			for i := range st.TopicStats {
				st.TopicStats[i].Rate = r
			}
			st.Link.PolledAt, st.Link.AnsweredAt = at, at
		})
	}
	setRate(12.5, fixedNow)
	a := realApp(t, s, 80, 24)
	press(a, "8", "z")
	screen(a)
	before := paneHeading(t, a, paneTopics, "topic")
	setRate(0.5, fixedNow.Add(time.Second))
	a.Update(changedMsg{version: s.Version()})
	screen(a)
	if after := paneHeading(t, a, paneTopics, "topic"); after != before {
		t.Errorf("the columns moved as the rate shrank:\n%q\n%q", before, after)
	}
}

// B10: zoomed Topics at 80x24 with topics like the demo's: the name column is
// as wide as the longest name (never padded), and the trend keeps a
// column.
func TestZoomedTopicsNamesAsWideAsTheLongest(t *testing.T) {
	s := namedLagStore(t, "laundry-machine-logs-v2")
	s.Update(func(st *model.State) {
		for _, tp := range []string{"rider-updates", "Student"} {
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: tp, Partition: 0, High: 700, Rate: 4})
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: tp, Partitions: 1, Replication: 1})
		}
		model.SumTopics(st.TopicStats, st.Partitions)
		observeSteady(st, 5)
		st.Topics = []string{"Student", "laundry-machine-logs-v2", "rider-updates"}
		st.Configs = map[string]model.TopicConfig{}
		for _, tp := range st.Topics {
			st.Configs[tp] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: "604800000"}}}
		}
	})
	a := realApp(t, s, 80, 24)
	press(a, "8", "z")
	got := screen(a)
	if !regexp.MustCompile(`│(  |● )laundry-machine-logs-v2 \d`).MatchString(got) {
		t.Errorf("the name column is wider than the longest name:\n%s", got)
	}
	if !strings.Contains(paneHeading(t, a, paneTopics, "topic"), "trend") {
		t.Errorf("no trend column while there is room for it:\n%s", got)
	}
}

// B11, B37: Groups in the grid at 200x50 and 120x40: the name column is
// as wide as the longest name, and the cells it does not need bring back
// the generation and the lag history.
func TestGridGroupsNamesAsWideAsTheLongest(t *testing.T) {
	for _, size := range [][2]int{{200, 50}, {120, 40}} {
		a := realApp(t, namedLagStore(t, "rider-updates", "washboard-demo-1", "washboard-demo-2"), size[0], size[1])
		press(a, "5")
		s := screen(a)
		if !regexp.MustCompile(`washboard-demo-1 \S`).MatchString(s) {
			t.Errorf("%dx%d: the group column pads the names:\n%s", size[0], size[1], s)
		}
		h := paneHeading(t, a, paneGroups, "group")
		for _, want := range []string{"gen", "lag", "health", "history"} {
			if want == "gen" && size[0] == 120 {
				continue // gen 1 on every group tells none apart: at 120x40 it gives the mark gutter its 2 cells (ut19a H7)
			}
			if !strings.Contains(h, want) {
				t.Errorf("%dx%d: no %q in the Groups heading %q", size[0], size[1], want, h)
			}
		}
	}
}

// B28: with an empty Log (a cluster without records), the Log keeps the
// rows Produce shows in a short box and the tables get the rest, unless
// Produce or the Log has focus; once a record arrives the Log gets its
// rows back.
func TestEmptyLogGivesItsRowsToTheTables(t *testing.T) {
	empty := layout(80, 22, paneGroups, layoutOpts{foreign: true, logEmpty: true})
	full := layout(80, 22, paneGroups, layoutOpts{foreign: true})
	if empty[paneLog].h != minEmptyLog || empty[paneGroups].h <= full[paneGroups].h {
		t.Errorf("empty Log %d rows, Groups %d (with records: Log %d, Groups %d)",
			empty[paneLog].h, empty[paneGroups].h, full[paneLog].h, full[paneGroups].h)
	}
	a := realApp(t, noGroupsStore(t), 80, 24)
	press(a, "4")
	s := screen(a)
	if n := strings.Count(s, "1,200"); n < 4 {
		t.Errorf("Partitions shows %d partition rows with an empty Log:\n%s", n, s)
	}
	// Focused, Produce has its whole row: the form and its outcome need it.
	for _, p := range []int{paneProduce, paneLog} {
		if r := layout(80, 22, p, layoutOpts{foreign: true, logEmpty: true}); r[p].h != full[p].h {
			t.Errorf("pane %d focused with an empty Log: %d rows, want %d", p+1, r[p].h, full[p].h)
		}
	}
}

// B10: the cluster line above zoomed Topics at 80x24 wraps between its
// parts rather than hiding the controller and the `b brokers` hint
// behind `…`; in a grid box it stays one line.
func TestTopicsClusterLineWrapsWhenZoomed(t *testing.T) {
	s := noGroupsStore(t)
	s.Update(func(st *model.State) {
		st.Cluster.ID, st.Cluster.Kafka = "washboard-embedded-cluster", "at least v3.9"
	})
	a := realApp(t, s, 80, 24)
	press(a, "8", "z")
	got := screen(a)
	for _, want := range []string{"cluster washboard-embedded-cluster · Kafka at least v3.9", "controller 1", "b brokers"} {
		if !strings.Contains(got, want) {
			t.Errorf("zoomed Topics at 80x24: no %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "controller 1 · …") {
		t.Errorf("the cluster line is cut:\n%s", got)
	}
	for _, want := range []string{"orders-eu-west-1-production-events", "payments-settlement-events-v2"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q below the cluster lines:\n%s", want, got)
		}
	}
}

// B34 (more): with health reasons, zoomed Groups and Partitions at 80x24
// show the reason whole and the group's name whole where the other
// columns can make way; neither is cut to a few cells.
func TestReasonsWholeAt80(t *testing.T) {
	for _, keys := range [][]string{{"5", "z", "r"}, {"4", "z", "r"}} {
		a := realApp(t, namedLagStore(t, "rider-updates", "washboard-demo-2"), 80, 24)
		press(a, keys...)
		s := screen(a)
		found := false
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "washboard-demo-2") && strings.Contains(l, "OK") {
				found = true
				if strings.Contains(l, "…") {
					t.Errorf("%v: the row is cut: %q\n%s", keys, l, s)
				}
			}
		}
		if !found {
			t.Errorf("%v: no row names washboard-demo-2 whole with its health:\n%s", keys, s)
		}
	}
}
