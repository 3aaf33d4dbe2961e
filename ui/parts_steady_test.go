package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// crossTopic is one topic of steadyStore: its partitions' high
// watermarks at poll 0 and their growth a poll, and the groups reading
// it with their lag at poll 0 and its growth a poll.
type crossTopic struct {
	name        string
	parts       int
	high, step  int64
	groups      []string
	lag, lagAdd int64
}

// crossPoll adds poll i of topics to s: every partition led by broker
// p%3+1, at its topic's high watermark for the poll, each group that far
// behind it; one second a poll, so the produce and consume rates come
// from the deltas.
func crossPoll(s *model.Store, i int, topics []crossTopic) {
	now := fixedNow.Add(time.Duration(i) * time.Second)
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: now, AnsweredAt: now}
		if st.Lag == nil {
			st.Lag = model.NewLags(model.LagConfig{History: 600, Window: 3, StopAfter: time.Hour})
		}
		var parts []model.PartitionStat
		var stats []model.TopicStat
		highs := map[model.TP]int64{}
		offsets := map[string]map[model.TP]int64{}
		var gs []model.GroupStat
		st.Topics = st.Topics[:0]
		for _, tp := range topics {
			st.Topics = append(st.Topics, tp.name)
			stats = append(stats, model.TopicStat{Name: tp.name, Partitions: tp.parts, Replication: 3})
			var assigned []model.TP
			for p := range tp.parts {
				id := model.TP{Topic: tp.name, Partition: p}
				h := tp.high + tp.step*int64(i) + int64(p)
				parts = append(parts, model.PartitionStat{Topic: tp.name, Partition: p, Leader: p%3 + 1, High: h, Rate: float64(tp.step)})
				highs[id] = h
				assigned = append(assigned, id)
				for _, g := range tp.groups {
					if offsets[g] == nil {
						offsets[g] = map[model.TP]int64{}
					}
					offsets[g][id] = h - tp.lag - tp.lagAdd*int64(i)
				}
			}
			for _, g := range tp.groups {
				gs = append(gs, model.GroupStat{ID: g, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: g + "-1", ClientID: g, Host: "/10.0.0.1", Assigned: assigned}}})
			}
		}
		var committed []model.Committed
		for _, g := range gs {
			committed = append(committed, model.Committed{Group: g.ID, Offsets: offsets[g.ID]})
		}
		st.Lag.Observe(now, parts, highs, gs, committed)
		st.Partitions, st.Groups, st.TopicStats = parts, gs, stats
		model.SumTopics(st.TopicStats, st.Partitions)
	})
}

// crossApp is an app on poll 0 of topics at size, its
// Partitions pane shown (zoomed with zoom), and its store.
func crossApp(t *testing.T, topics []crossTopic, size [2]int, zoom bool) (*model.Store, *App) {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	crossPoll(s, 0, topics)
	a := demoApp(t, s, size[0], size[1])
	press(a, "4")
	if zoom {
		press(a, "z")
	}
	return s, a
}

// headingCols is the heading line's words and the cell each starts at.
func headingCols(line string) (words []string, at []int) {
	r := []rune(ansi.Strip(line))
	for i := 0; i < len(r); i++ {
		if r[i] != ' ' && r[i] != '│' && (i == 0 || r[i-1] == ' ' || r[i-1] == '│') {
			j := i
			for j < len(r) && r[j] != ' ' && r[j] != '│' {
				j++
			}
			words, at = append(words, string(r[i:j])), append(at, i)
		}
	}
	return words, at
}

// N14 (ut22b): Partitions at 80x24 zoomed dropped the leader and eta
// while the name column grew from 21 to 24 cells, as the tester paged
// and the offsets grew: the columns were judged on the page, so a page
// of 3-digit offsets laid the table out one way and a page of 5-digit
// ones another, and the room a dropped column left went to the names.
// Over polls whose offsets, lags and rates cross digits (9,999 to
// 10,000, 9.x/s to 10.x/s) and pages of small and large offsets, the
// heading must be one and the same, and whenever a column with data is
// out (the leader: brokers differ; eta: groups consume) the names must be
// cut to their least (partNameMin), never wider.
func TestPartitionsSteadyAsOffsetsCrossDigits(t *testing.T) {
	topics := []crossTopic{
		{name: "Student", parts: 1, high: 96, step: 1},
		{name: "laundry-machine-logs", parts: 8, high: 990, step: 3, groups: []string{"laundry-audit"}, lag: 3, lagAdd: 1},
		{name: "payments-settlement-eu-central-region-v3", parts: 3, high: 9990, step: 2,
			groups: []string{"washboard-demo-1"}, lag: 9985, lagAdd: 1},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, zoom := range []bool{true, false} {
			s, a := crossApp(t, topics, size, zoom)
			heading := ""
			for i := 1; i <= 12; i++ {
				crossPoll(s, i, topics)
				a.version = s.Version()
				for _, k := range []string{"", "pgdown", "pgdown", "pgup", "pgup"} {
					switch k {
					case "pgdown":
						a.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
					case "pgup":
						a.Update(tea.KeyPressMsg{Code: tea.KeyPgUp})
					}
					box := paneBox(a, "─ 4 Partitions")
					if len(box) < 3 {
						t.Fatalf("no Partitions box:\n%s", screen(a))
					}
					if heading == "" {
						heading = box[1]
					}
					// the same headings in the same forms, the name as wide:
					// a figure gaining a digit widens its own column only
					// (ut38a-21, parts_grow_test.go)
					words0, at0 := headingCols(heading)
					words, at := headingCols(box[1])
					if strings.Join(words, " ") != strings.Join(words0, " ") || len(at) < 2 || at[1] != at0[1] {
						t.Errorf("%dx%d zoom=%v poll %d %s: the heading moved\n%s\nwas\n%s\n%s", size[0], size[1], zoom, i, k, box[1], heading, strings.Join(box, "\n"))
					}
					if len(at) < 2 {
						t.Fatalf("heading %q", box[1])
					}
					nameW := at[1] - at[0] - 1
					has := strings.Join(words, " ")
					out := !strings.Contains(has, "history") || !strings.Contains(has, "rate") || !strings.Contains(has, "commit")
					if zoom {
						out = out || !strings.Contains(has, "eta") || !strings.Contains(has, "ldr") && !strings.Contains(has, "leader")
					}
					if out && nameW > partNameMin {
						t.Errorf("%dx%d zoom=%v poll %d %s: a column is out while the names take %d cells (least %d)\n%s", size[0], size[1], zoom, i, k, nameW, partNameMin, strings.Join(box, "\n"))
					}
				}
			}
		}
	}
}

// ut22b N9: one group's name was cut two ways in one Partitions list
// (80x24 zoomed): `↳ wareho…pped-batch` on its topic's row and
// `↳ wareh…pped-batch` under each partition. Every row of a group reads
// its name alike, cut or whole, at every size, grid and zoomed.
func TestPartitionsOneCutPerGroupName(t *testing.T) {
	topics := []crossTopic{
		{name: "laundry-machine-logs", parts: 3, high: 990, step: 3, groups: []string{"warehouse-inventory-shipped-batch", "washboard-demo-1"}, lag: 3, lagAdd: 1},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			box := crossPartitions(t, topics, 4, size, zoom)
			names := map[string]map[string]bool{} // group -> the names its rows read
			for _, l := range box {
				i := strings.Index(l, "↳ ")
				if i < 0 {
					continue
				}
				f := strings.Fields(l[i+len("↳ "):])
				g := "warehouse"
				if strings.HasPrefix(f[0], "wash") {
					g = "washboard"
				}
				if names[g] == nil {
					names[g] = map[string]bool{}
				}
				names[g][f[0]] = true
			}
			if len(names) != 2 {
				t.Fatalf("%v zoom=%v: not both groups listed\n%s", size, zoom, strings.Join(box, "\n"))
			}
			for g, ns := range names {
				if len(ns) != 1 {
					t.Errorf("%v zoom=%v: %s reads %d ways: %v\n%s", size, zoom, g, len(ns), ns, strings.Join(box, "\n"))
				}
			}
		}
	}
}

// crossPartitions is the Partitions box after polls crossPolls of
// topics at size, zoomed or not.
func crossPartitions(t *testing.T, topics []crossTopic, polls int, size [2]int, zoom bool) []string {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	for i := range polls {
		crossPoll(s, i, topics)
	}
	a := demoApp(t, s, size[0], size[1])
	press(a, "4")
	if zoom {
		press(a, "z")
	}
	return paneBox(a, "─ 4 Partitions")
}

// rateW and countW measure what rate and count write, without writing it.
func TestPartsFigureWidths(t *testing.T) {
	for _, r := range []float64{0, 0.04, 0.05, 9.94, 9.96, 12, 99.94, 99.96, 100, 999.4, 999.6, 9999.4, 9999.6, 10_000, 99_940, 99_960, 1e6, 1e9} {
		if got, want := rateW(r), ansi.StringWidth(rate(r)); got != want {
			t.Errorf("rateW(%v) = %d, rate writes %q", r, got, rate(r))
		}
	}
	for _, n := range []int64{0, 7, 999, 1000, -1000, 999_999, 1_000_000, -12_345_678} {
		if got, want := countW(n), ansi.StringWidth(count(n)); got != want {
			t.Errorf("countW(%d) = %d, count writes %q", n, got, count(n))
		}
	}
}
