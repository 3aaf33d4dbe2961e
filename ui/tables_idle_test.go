package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// idleTopics are topic names of 40-70 characters, and a short one, as
// on the testers' clusters.
var idleTopics = []string{
	"audit-log",
	"customer-account-balance-reconciliation-events-v2-production",
	"orders-eu-west-1-payments-settlement-events-v2-long-name-x",
	"payments-settlement-ledger-eu-west-1-high-priority-stream-2026-x",
}

// idleGroups are group names of 40-70 characters.
var idleGroups = []string{
	"analytics-pipeline-materialized-view-builder-group-v7",
	"notification-fanout-worker-pool-customer-lifecycle-v2",
	"settlement-reconciler-eu-west-1-primary-consumer-group-name-xyz",
}

// idleStore is a freshly restarted cluster nothing is written to (ut16a
// D7, D14): every offset, rate and record count 0 on every row, every
// group Empty at generation 1 with no members and committed at 0 (lag
// 0, no lag in its history), every topic at rf 3, delete, 7d.
func idleStore(t *testing.T) *model.Store {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		st.Topics = idleTopics
		st.Configs = map[string]model.TopicConfig{}
		for i := range 4 {
			var parts []model.PartitionStat
			highs := map[model.TP]int64{}
			for _, topic := range idleTopics {
				for p := range 3 {
					parts = append(parts, model.PartitionStat{Topic: topic, Partition: p, Leader: p})
					highs[model.TP{Topic: topic, Partition: p}] = 0
				}
			}
			var gs []model.GroupStat
			var committed []model.Committed
			for j, g := range idleGroups {
				gs = append(gs, model.GroupStat{ID: g, State: "Empty", Protocol: "consumer"})
				topic := idleTopics[1+j%3]
				committed = append(committed, model.Committed{Group: g, Offsets: map[model.TP]int64{{Topic: topic, Partition: 0}: 0, {Topic: topic, Partition: 1}: 0}})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-3)*time.Second), parts, highs, gs, committed)
			st.Partitions, st.Groups = parts, gs
		}
		st.TopicStats = nil
		for _, topic := range idleTopics {
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: topic, Partitions: 3, Replication: 3})
			st.Configs[topic] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: "604800000"}}}
		}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	return s
}

// headingOf is the heading line of the box whose top border names
// title, and the box's rows under it, the box's cells only (a grid row
// holds two boxes).
func headingOf(t *testing.T, scr, title string) (string, []string) {
	t.Helper()
	lines := strings.Split(scr, "\n")
	for i, l := range lines {
		at := strings.Index(l, " "+title+" ─")
		if at < 0 || i+1 >= len(lines) {
			continue
		}
		left := strings.LastIndex(l[:at], "╭")
		right := strings.Index(l[at:], "╮") + at
		from, to := len([]rune(l[:left])), len([]rune(l[:right]))
		var box []string
		for _, row := range lines[i+1:] {
			r := []rune(row)
			if to > len(r) || r[from] != '│' {
				break
			}
			box = append(box, strings.TrimSpace(string(r[from+1:to])))
		}
		if len(box) > 1 && strings.HasPrefix(box[0], "cluster") { // Topics' cluster line
			box = box[1:]
		}
		if len(box) == 0 {
			return "", nil
		}
		return box[0], box[1:]
	}
	return "", nil
}

// ut16a D7, D14: on an idle or freshly restarted cluster, the offsets,
// rates and record counts read 0 on every row; they are data, and stay
// while names are cut (partition rows showed nothing but their number,
// Topics' records came and went). Context columns that tell no row
// apart (rf, cleanup, retention, an eta of "-", a lag history without
// lag) go first; Groups' word columns (type, state, assign, gen) stay
// wherever the box holds them (ut43a-8). Goldens at the three sizes.
func TestIdleClusterKeepsItsNumbers(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, pane := range []string{"4", "5", "8"} {
			t.Run(fmt.Sprintf("%dx%d-%s", w, h, pane), func(t *testing.T) {
				a := realApp(t, idleStore(t), w, h)
				press(a, pane)
				got := screen(a)
				assertFits(t, got, w, h)
				want := map[string][]string{
					"Partitions": {"offset|high", "lag", "health"},
					"Groups":     {"lag", "health"},
					"Topics":     {"parts|p", "offsets|offs", "rate"}, // or short, the names having the cells (ut36b-10)
				}
				if w >= 120 { // at 80x24 the grid's 38 cells hold the name at its least, the offset, lag and health
					want["Partitions"] = append(want["Partitions"], "rate")
				}
				for title, cols := range want {
					head, body := headingOf(t, got, title)
					if head == "" && strings.Contains(got, " "+title+" ─") {
						t.Fatalf("%dx%d: no heading found under %s", w, h, title)
					}
					if head == "" {
						continue // Topics shares Partitions' box below 180 columns
					}
					for _, c := range cols {
						if !slices.ContainsFunc(strings.Split(c, "|"), func(c string) bool {
							return strings.Contains(" "+head+" ", " "+c+" ") || strings.Contains(" "+head+" ", " "+c+"▼ ")
						}) {
							t.Errorf("%dx%d: %s has no %q column: %q\n%s", w, h, title, c, head, got)
						}
					}
					alike := []string{"rf", "clean", "cleanup", "retain", "retention", "eta", "behind", "history"} // say the same on every row, or nothing
					if title != "Groups" {                                                                         // Groups' word columns stay wherever the box holds them (ut43a-8)
						alike = append(alike, "state", "gen")
					}
					for _, c := range alike {
						if strings.Contains(" "+head+" ", " "+c+" ") && strings.Contains(strings.Join(body, "\n"), "…") {
							t.Errorf("%dx%d: %s keeps %q, which tells no row apart, while a name is cut: %q\n%s", w, h, title, c, head, got)
						}
					}
				}
				golden(t, fmt.Sprintf("idle-long-names-%s-%dx%d", pane, w, h), got)
			})
		}
	}
}

// ut15b C27: a filter leaving one topic does not bring back the rf,
// cleanup and retention that say the same on every topic (one row
// always "says the same") while its name is cut: whether a column tells
// the rows apart is judged over every topic, the filter aside, in
// Topics, Groups and Partitions alike. (A column may come in where the
// shorter names left leave room for it.)
func TestFilterKeepsTheColumnSet(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, tc := range []struct{ pane, title, query string }{
			{"8", "Topics", "orders-eu"},
			{"5", "Groups", "notification"},
			{"4", "Partitions", "orders-eu"},
		} {
			a := realApp(t, idleStore(t), w, h)
			press(a, tc.pane, "z")
			before, _ := headingOf(t, screen(a), tc.title)
			typeText(a, "/"+tc.query)
			press(a, "enter")
			after, body := headingOf(t, screen(a), tc.title)
			for _, c := range headingWords(before) { // what the list showed stays (a heading may take its long form where the filter left room)
				if !slices.Contains(headingWords(after), c) {
					t.Errorf("%dx%d %s: the filter dropped %q:\n%q\n%q", w, h, tc.title, c, before, after)
				}
			}
			for _, c := range headingWords(after) { // a column it brings is one the room holds with the names whole
				if !slices.Contains(headingWords(before), c) && strings.Contains(strings.Join(body, "\n"), "…") {
					t.Errorf("%dx%d %s: the filter brings %q while a name is cut:\n%q\n%q\n%s", w, h, tc.title, c, before, after, strings.Join(body, "\n"))
				}
			}
		}
	}
}

// headingWords are a table heading's words, each short heading read as
// its long form (the fitter shows `members` where the room holds it and
// `mbrs` where it does not: one column either way).
func headingWords(h string) []string {
	long := map[string]string{"mbrs": "members", "ldr": "leader", "commit": "committed", "retain": "retention"}
	ws := strings.Fields(h)
	for i, w := range ws {
		if l, ok := long[w]; ok {
			ws[i] = l
		}
	}
	return ws
}
