package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// twinTopicsStore is ut30's cluster (b): two topics that share a 41-cell
// start and a `st-1.v3` end, `settlement.payments.reconciliation-events.
// eu-west-1.v3` (12 partitions) and `…us-east-1.v3` (6), each read by
// one group (`washboard-demo-1` on the first), and three more topics.
func twinTopicsStore() *model.Store {
	// (and the cluster of five brokers the topics are on)
	s := model.NewStore(nil, model.DefaultLimits())
	topics := map[string]int{
		"settlement.payments.reconciliation-events.eu-west-1.v3":     12,
		"settlement.payments.reconciliation-events.us-east-1.v3":     6,
		"customer-account-ledger-snapshots-compacted-internal-audit": 3,
		"idle-archive-topic-for-quarterly-finance-reports-2026-q4":   2,
		"orders": 4,
	}
	var parts []model.PartitionStat
	var names []string
	hw := map[model.TP]int64{}
	for _, tp := range []string{"customer-account-ledger-snapshots-compacted-internal-audit", "idle-archive-topic-for-quarterly-finance-reports-2026-q4", "orders",
		"settlement.payments.reconciliation-events.eu-west-1.v3", "settlement.payments.reconciliation-events.us-east-1.v3"} {
		names = append(names, tp)
		for p := range topics[tp] {
			parts = append(parts, model.PartitionStat{Topic: tp, Partition: p, High: 5000, Leader: p % 3})
			hw[model.TP{Topic: tp, Partition: p}] = 5000
		}
	}
	groups := [][2]string{
		{"washboard-demo-1", "settlement.payments.reconciliation-events.eu-west-1.v3"},
		{"settlement-reconciliation-live-consumer-group-us-east-1-primary", "settlement.payments.reconciliation-events.us-east-1.v3"},
	}
	var g []model.GroupStat
	var c []model.Committed
	for _, gt := range groups {
		id, tp := gt[0], gt[1]
		g = append(g, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
		off := map[model.TP]int64{}
		for p := range topics[tp] {
			off[model.TP{Topic: tp, Partition: p}] = 4990
		}
		c = append(c, model.Committed{Group: id, Offsets: off})
	}
	fillCluster(s, parts, hw, g, c, names, topics, 5)
	return s
}

// fillCluster puts a cluster into s: its partitions (at high watermarks
// hw), groups and their commits (observed twice, a second apart), topics
// of count[name] partitions each at replication 3, and brokers brokers.
func fillCluster(s *model.Store, parts []model.PartitionStat, hw map[model.TP]int64, g []model.GroupStat, c []model.Committed, names []string, count map[string]int, brokers int) {
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 2 {
			st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, hw, g, c)
		}
		st.Partitions, st.Groups, st.Topics = parts, g, names
		st.Link.PolledAt = fixedNow
		for _, n := range names {
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: n, Partitions: count[n], Replication: 3})
		}
		model.SumTopics(st.TopicStats, parts)
		st.Cluster = model.ClusterInfo{ID: "MkU3OEVBNTcwNTJENDM2Qk", Controller: 1, Kafka: "v4.0"}
		for id := range brokers {
			st.Cluster.Brokers = append(st.Cluster.Brokers, model.BrokerStat{ID: id, Host: "127.0.0.1", Port: 31900 + id, Kafka: "v4.0"})
		}
	})
}

// topicRowName is a Partitions topic row's name: what precedes ` (N)`.
var topicRowName = regexp.MustCompile(`^│?(\S+) \((\d+)\)`)

// Two topics named alike read apart in Partitions' topic rows, cut where
// they differ, not only by their partition counts (ut30 X1:
// `settlemen…1.v3 (12)` and `settlemen…-1.v3 (6)` at 80x24, grid and
// zoomed), filtered or not, and the cut holds as the cursor moves.
func TestPartitionsTopicNamesApart(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		for _, mode := range []string{"", "-zoomed"} {
			keys := map[string][]string{"": {"4"}, "-zoomed": {"4", "z"}}[mode]
			name := fmt.Sprintf("parts-topics-apart-%dx%d%s", sz[0], sz[1], mode)
			a := realApp(t, twinTopicsStore(), sz[0], sz[1])
			do(a, keys...)
			do(a, "/", "type:settlement", "enter")
			first := screen(a)
			byCount := map[string]string{} // a topic's partition count: its name, on every page
			for range 45 {                 // every row of the filtered list, 40 rows, under the cursor
				rows := boxRows(t, screen(a), "4 Partitions")
				for _, r := range rows {
					m := topicRowName.FindStringSubmatch(r)
					if m == nil {
						continue
					}
					if was, ok := byCount[m[2]]; ok && was != m[1] {
						t.Fatalf("%s: the topic of %s partitions read %q, then %q as the cursor moved", name, m[2], was, m[1])
					}
					byCount[m[2]] = m[1]
				}
				do(a, "j")
			}
			if len(byCount) != 2 || byCount["12"] == byCount["6"] {
				t.Fatalf("%s: the two topics read %q", name, byCount)
			}
			for n, want := range map[string]string{"12": "west", "6": "east"} { // where eu-west and us-east differ
				if !strings.Contains(byCount[n], want) && !strings.Contains(byCount[n], "settlement.payments.reconciliation-events.") {
					t.Errorf("%s: %q hides where the topics differ", name, byCount[n])
				}
			}
			golden(t, name, first)
		}
	}
}

// A lone group's name runs into the cells of the columns its row never
// fills (the high watermark in the grid; the leader, low and high
// zoomed), so `washboard-demo-1` reads whole at 80x24 beside the `high`
// column's blank cells (ut30 X2: `↳ washboa…-demo-1` with 10 blank
// cells beside it), under its topic and under each partition alike.
func TestPartitionsGroupNameTakesItsRowsEmptyCells(t *testing.T) {
	for _, keys := range [][]string{{"4", "/", "type:settlement", "enter"}, {"4", "z", "/", "type:settlement", "enter"}} {
		a := realApp(t, twinTopicsStore(), 80, 24)
		do(a, keys...)
		rows := boxRows(t, screen(a), "4 Partitions")
		n := 0
		for _, r := range rows {
			if m := familyName.FindStringSubmatch(r); m != nil {
				n++
				if m[1] != "washboard-demo-1" {
					t.Errorf("%v: a group row reads %q, not washboard-demo-1 whole:\n%s", keys, m[1], strings.Join(rows, "\n"))
				}
			}
		}
		if n < 2 { // under the topic and under partition 0 at least
			t.Fatalf("%v: fewer than two group rows:\n%s", keys, strings.Join(rows, "\n"))
		}
	}
}

// The Topics list cuts two topics named alike where they differ, judged
// over the whole list, in a box too narrow for them (ut30 X1's kind: the
// demo grid's Topics box at 60 columns cut both to `settl…1.v3`).
func TestTopicsListNamesApart(t *testing.T) {
	twins := []string{"settlement.payments.reconciliation-events.eu-west-1.v3", "settlement.payments.reconciliation-events.us-east-1.v3"}
	topicCell := regexp.MustCompile(`(?m)^│?  (\S+) +(?:[0-9,]+ +)*[0-9.]+/s`)
	for _, w := range []int{60, 80} {
		a := testApp(t, w, 24)
		writer(a.c).Update(func(st *model.State) {
			for _, n := range twins {
				st.TopicStats = append(st.TopicStats, model.TopicStat{Name: n, Partitions: 2, Replication: 1})
				for p := range 2 {
					st.Partitions = append(st.Partitions, model.PartitionStat{Topic: n, Partition: p, High: 10})
				}
			}
			st.Link.PolledAt = fixedNow
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "8")
		names := map[string]bool{}
		for range twins { // the box may show one topic at a time: the cursor walks the list
			ms := topicCell.FindAllStringSubmatch(strings.Join(boxRows(t, screen(a), "8 Topics"), "\n"), -1)
			if ms == nil {
				t.Fatalf("%d columns: no topic row:\n%s", w, screen(a))
			}
			for _, m := range ms {
				names[m[1]] = true
			}
			do(a, "j")
		}
		if len(names) < len(twins) {
			t.Errorf("%d columns: the two topics read alike: %v\n%s", w, names, screen(a))
		}
	}
}
