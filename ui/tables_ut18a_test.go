package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut18aTopics are the tester's topics: names of 56-65 characters, and
// their partition counts.
var ut18aTopics = []struct {
	name  string
	parts int
}{
	{"audit-trail-idle-topic-for-regulatory-retention-long-name-2026", 2},
	{"customer-notification-preferences-idle-compacted-topic-archive-01", 1},
	{"inventory-warehouse-stock-level-changes-bursty-stream-v3", 3},
	{"payments-settlement-events-eu-west-1-production-stream-v2", 6},
}

// ut18aGroupNames are n group names of 40-66 characters, as the
// tester's: live consumers, one-shot readers, idle shards.
func ut18aGroupNames(n int) []string {
	base := []string{
		"analytics-batch-export-nightly-job-consumer-group-payments-archive",
		"billing-ledger-backfill-one-off-consumer-group-2026-november-run",
		"fraud-detection-realtime-scoring-pipeline-consumer-group-long",
		"inventory-sync-replica-consumer-group-warehouse-replica-02",
		"settlement-reconciliation-service-eu-west-1-primary-consumer",
	}
	for i := 0; len(base) < n; i++ {
		base = append(base, fmt.Sprintf("idle-audit-trail-compliance-reader-consumer-group-shard-%02d", i))
	}
	return base[:n]
}

// ut18aStore is the tester's cluster (ut18a): the topics above (leaders
// spread over 3 brokers, nothing deleted), n groups with long names: the
// first two Empty one-shot readers of the payments topic with a lag of
// 827, the next three Stable live consumers of it with a lag of 21 and
// 1-3 members, the rest Empty idle shards on the audit topic at lag 0;
// every group at generation 1 but the one at bump (-1: none), at 3.
func ut18aStore(t *testing.T, n, bump int) *model.Store {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	names := ut18aGroupNames(n)
	pay, audit := ut18aTopics[3].name, ut18aTopics[0].name
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "127.0.0.1:29800", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		st.Topics = nil
		for _, tp := range ut18aTopics {
			st.Topics = append(st.Topics, tp.name)
		}
		for i := range 6 {
			var parts []model.PartitionStat
			highs := map[model.TP]int64{}
			for _, tp := range ut18aTopics {
				for p := range tp.parts {
					high := int64(0)
					if tp.name == pay {
						high = int64(1000 + 25*i)
					}
					if tp.name == ut18aTopics[2].name {
						high = 400
					}
					pt := model.PartitionStat{Topic: tp.name, Partition: p, Leader: p % 3, High: high, Replicas: []int{0, 1, 2}, ISR: []int{0, 1, 2}}
					if tp.name == pay {
						pt.Rate = 5
					}
					parts = append(parts, pt)
					highs[model.TP{Topic: tp.name, Partition: p}] = high
				}
			}
			var gs []model.GroupStat
			var committed []model.Committed
			for j, g := range names {
				gs = append(gs, model.GroupStat{ID: g, State: "Empty", Protocol: "consumer"})
				offs := map[model.TP]int64{}
				switch {
				case j < 2: // one-shot readers, left behind
					for p := range 6 {
						offs[model.TP{Topic: pay, Partition: p}] = 1000 - 138
					}
				case j < 5: // live consumers
					gs[j].State, gs[j].Assignor, gs[j].Members = "Stable", "range", j-1
					var assigned []model.TP
					for p := range 6 {
						tp := model.TP{Topic: pay, Partition: p}
						offs[tp] = int64(1000+25*i) - 3 - int64(p%2)
						assigned = append(assigned, tp)
					}
					gs[j].Detail = []model.MemberStat{{ID: g + "-1", ClientID: "rdkafka", Host: "/127.0.0.1", Assigned: assigned}}
				default: // idle shards
					for p := range 2 {
						offs[model.TP{Topic: audit, Partition: p}] = 0
					}
				}
				committed = append(committed, model.Committed{Group: g, Offsets: offs})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-5)*time.Second), parts, highs, gs, committed)
			st.Partitions, st.Groups = parts, gs
		}
		for j, g := range names {
			if lg := st.Lag.Groups[g]; lg != nil {
				lg.Generation, lg.GenerationDerived = 1, true
				if j == bump {
					lg.Generation = 3 // one group rebalanced (ut18a F16)
				}
			}
		}
		st.Cluster = model.ClusterInfo{ID: "washboard-embedded", Controller: 2, Brokers: []model.BrokerStat{
			{ID: 0, Host: "127.0.0.1", Port: 29800}, {ID: 1, Host: "127.0.0.1", Port: 29801}, {ID: 2, Host: "127.0.0.1", Port: 29802}}}
		st.TopicStats = nil
		st.Configs = map[string]model.TopicConfig{}
		for _, tp := range ut18aTopics {
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: tp.name, Partitions: tp.parts, Replication: 3})
			st.Configs[tp.name] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: "604800000"}}}
		}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	return s
}

// dropsBefore is, per table, its droppable columns in the order they go
// (README), as their headings read (short forms mapped to the long).
var dropsBefore = map[string][]string{
	"Groups":          {"type", "assign", "gen", "history", "state", "members"},
	"Partitions":      {"history", "committed", "rate", "high"}, // the grid
	"Partitions-zoom": {"leader", "low", "eta", "history", "committed", "behind", "rate", "high"},
}

// ut18a F7: a column that goes before another is never shown while the
// other is left out (Groups at 80x24 showed `gen` and not `state`,
// against the README's order: type, assign, gen, lag history, state,
// members). Checked in Groups and Partitions, grid and zoomed, at every
// size, with 5 and 18 groups of long names; only the columns that are
// data on this cluster (state, members; committed, rate, high) are
// asked to stay, the context columns that tell no row apart may go
// before their turn.
func TestDropOrderHoldsAtEverySize(t *testing.T) {
	data := []string{"state", "members", "committed", "rate", "high"}
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, n := range []int{5, 18} {
			for _, zoom := range []bool{false, true} {
				for _, pane := range []string{"4", "5"} {
					name := fmt.Sprintf("%dx%d-%s-%d-groups-zoom-%v", w, h, pane, n, zoom)
					a := realApp(t, ut18aStore(t, n, 4), w, h)
					keys := []string{pane}
					if pane == "4" {
						keys = append(keys, "j", "k") // Topics shares Partitions' box below 180 columns: 4 shows Partitions
					}
					if zoom {
						keys = append(keys, "z")
					}
					press(a, keys...)
					got := screen(a)
					title, order := "Groups", "Groups"
					if pane == "4" {
						title, order = "Partitions", "Partitions"
						if zoom && w >= 72 {
							order = "Partitions-zoom"
						}
					}
					head, _ := headingOf(t, got, title)
					if head == "" {
						t.Fatalf("%s: no %s heading:\n%s", name, title, got)
					}
					words := headingWords(strings.ReplaceAll(head, "lag history", "history"))
					cols := dropsBefore[order]
					for i, early := range cols {
						for _, late := range cols[i+1:] {
							if slices.Contains(words, early) && !slices.Contains(words, late) && slices.Contains(data, late) {
								t.Errorf("%s: %q shows while %q, which goes after it, is left out: %q\n%s", name, early, late, head, got)
							}
						}
					}
				}
			}
		}
	}
}

// ut18a F16: a generation that differs on 1 of 18 groups (one group
// rebalanced: gen 3, the rest 1) went before a name was cut, as one that
// is the same on every row did. Since s30 a word column shows wherever
// the box holds it, whatever the groups say (ut43a-8: judged on the
// words, the columns came and went as groups rebalanced): the list with
// one group rebalanced draws the heading the list with none does.
// Goldens at the three sizes, grid and zoomed.
func TestOneRebalanceCutsNoName(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, zoom := range []bool{false, true} {
			name := fmt.Sprintf("ut18a-groups-18-%dx%d", w, h)
			keys := []string{"5"}
			if zoom {
				name += "-zoom"
				keys = append(keys, "z")
			}
			t.Run(name, func(t *testing.T) {
				a := realApp(t, ut18aStore(t, 18, 0), w, h)
				press(a, keys...)
				got := screen(a)
				assertFits(t, got, w, h)
				head, _ := headingOf(t, got, "Groups")
				none := realApp(t, ut18aStore(t, 18, -1), w, h)
				press(none, keys...)
				if was, _ := headingOf(t, screen(none), "Groups"); was != head {
					t.Errorf("%s: one group's rebalance changes the columns:\nnone: %q\none:  %q\n%s", name, was, head, got)
				}
				golden(t, name, got)
			})
		}
	}
}

// ut18a F8: `r` writes each reason under its row and the columns stay
// as they are: the widths a column kept for a wider number a few polls
// ago (a rate of 2000/s) are not forgotten by pressing `r`, so the name,
// the eta and the history do not move.
func TestReasonsKeepTheColumnWidths(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, pane := range []string{"4", "5"} {
			title := map[string]string{"4": "Partitions", "5": "Groups"}[pane]
			a := realApp(t, ut18aStore(t, 5, -1), w, h)
			keys := []string{pane}
			if pane == "4" {
				keys = append(keys, "j", "k")
			}
			press(a, append(keys, "z")...)
			set := func(rate float64, lag int64) {
				writer(a.c).Update(func(st *model.State) {
					for i := range st.Partitions {
						st.Partitions[i].Rate = rate
					}
					for _, g := range st.Lag.Groups {
						for _, tl := range g.Topics {
							tl.Rate = rate
						}
						for _, p := range g.Parts {
							p.Rate = rate
						}
					}
				})
				a.Update(changedMsg{version: a.c.Store.Version()})
			}
			set(2000, 0)
			screen(a)
			set(0.5, 0)
			before, _ := headingOf(t, screen(a), title)
			press(a, "r")
			after, _ := headingOf(t, screen(a), title)
			if before != after {
				t.Errorf("%dx%d %s: r moved the columns:\n%q\n%q\n%s", w, h, title, before, after, screen(a))
			}
		}
	}
}

// ut18a F12: the high watermark (topic and partition rows) and a group's
// committed offset are two things: never one `offset` column holding
// both, in the grid or zoomed, at any size. A group row's committed
// offset is under `committed`/`commit` or not shown. Goldens at the
// three sizes.
func TestPartitionsOneMeaningPerColumn(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, zoom := range []bool{false, true} {
			name := fmt.Sprintf("ut18a-partitions-%dx%d", w, h)
			keys := []string{"4", "j", "k"}
			if zoom {
				name += "-zoom"
				keys = append(keys, "z")
			}
			t.Run(name, func(t *testing.T) {
				a := realApp(t, ut18aStore(t, 5, -1), w, h)
				press(a, keys...)
				got := screen(a)
				assertFits(t, got, w, h)
				head, _ := headingOf(t, got, "Partitions")
				if slices.Contains(strings.Fields(head), "offset") {
					t.Errorf("%s: one `offset` column for the high watermark and the committed offset: %q\n%s", name, head, got)
				}
				golden(t, name, got)
			})
		}
	}
}

// ut18a F14: after the groups went (a cluster restarted empty), a
// Partitions list no group reads has no health with nothing to say: the
// column does not stay for the minute the widths are remembered.
func TestPartitionsHealthGoesWithTheGroups(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		a := realApp(t, ut18aStore(t, 18, -1), w, h) // the idle shards read the first topic: group rows on the first page
		press(a, "4", "j", "k")
		if head, _ := headingOf(t, screen(a), "Partitions"); !strings.Contains(head, "health") {
			t.Fatalf("%dx%d: no health while groups read the topics: %q", w, h, head)
		}
		writer(a.c).Update(func(st *model.State) {
			st.Groups = nil
			st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
			st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		got := screen(a)
		if head, _ := headingOf(t, got, "Partitions"); strings.Contains(head, "health") {
			t.Errorf("%dx%d: an empty health column stays without groups: %q\n%s", w, h, head, got)
		}
		golden(t, fmt.Sprintf("ut18a-partitions-nogroups-%dx%d", w, h), got)
	}
}

// ut18a F10: the topic detail's consumer groups follow the rules of
// every table: `members` takes its short form, and a state that says
// the same, before a group's name is cut; room left goes to the names
// before a long heading. Goldens at the three sizes (zoomed).
func TestTopicDetailGroupsFitAsEveryTable(t *testing.T) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		name := fmt.Sprintf("ut18a-topic-detail-%dx%d", w, h)
		t.Run(name, func(t *testing.T) {
			a := realApp(t, ut18aStore(t, 5, -1), w, h)
			do(a, "8", "z", "G", "enter")
			got := screen(a)
			assertFits(t, got, w, h)
			lines := strings.Split(got, "\n")
			at := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "│consumer groups") })
			if at < 0 || at+2 >= len(lines) {
				t.Fatalf("%s: no consumer groups table:\n%s", name, got)
			}
			head := strings.Trim(lines[at+1], "│ ")
			var cut bool
			for _, l := range lines[at+2:] {
				if !strings.HasPrefix(l, "│") {
					break
				}
				cut = cut || strings.Contains(l, "…")
			}
			if cut && slices.Contains(strings.Fields(head), "members") {
				t.Errorf("%s: names cut while `members` keeps its long heading: %q\n%s", name, head, got)
			}
			for _, g := range ut18aGroupNames(5) { // every group reading the topic is listed
				if w >= 120 && !strings.Contains(got, g) {
					t.Errorf("%s: %s is cut where the room holds it whole:\n%s", name, g, got)
				}
			}
			golden(t, name, got)
		})
	}
}
