package ui

import (
	"context"
	"maps"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sideLongTopic is a 61-character topic name, as a user's (ut18a).
const sideLongTopic = "payments-settlement-events-eu-west-1-production-stream-v2-abc"

// longSideGroups are the groups of longSideStore, in the list's order.
var longSideGroups = []string{
	"analytics-batch-reader-payments-settlement-events-archive",    // one-shot reader, Empty, lagging on sideLongTopic
	"idle-audit-trail-compliance-reader-consumer-group-shard-01",   // Empty, caught up on orders
	"orders-fulfilment-pipeline-consumer-group-region-emea-01",     // live on orders, nothing committed
	"settlement-reconciliation-service-eu-west-1-primary-consumer", // live on sideLongTopic, committed
}

// longSideStore is ut18a's cluster: sideLongTopic with 6 partitions, orders
// with ordersN, and four groups with 40-66-character names.
func longSideStore(ordersN int) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	var parts []model.PartitionStat
	var long, orders []model.TP
	for p := range 6 {
		parts = append(parts, model.PartitionStat{Topic: sideLongTopic, Partition: p})
		long = append(long, model.TP{Topic: sideLongTopic, Partition: p})
	}
	for p := range ordersN {
		parts = append(parts, model.PartitionStat{Topic: "orders", Partition: p})
		orders = append(orders, model.TP{Topic: "orders", Partition: p})
	}
	member := func(host string, tps []model.TP) []model.MemberStat {
		return []model.MemberStat{{ID: "rdkafka-" + host, ClientID: "rdkafka", Host: host, Assigned: tps}}
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 12 {
			highs := map[model.TP]int64{}
			for j, tp := range long {
				highs[tp] = int64(200 + 10*i + j)
			}
			for j, tp := range orders {
				highs[tp] = int64(90 + j)
			}
			groups := []model.GroupStat{
				{ID: longSideGroups[0], State: "Empty", Protocol: "consumer"},
				{ID: longSideGroups[1], State: "Empty", Protocol: "consumer"},
				{ID: longSideGroups[2], State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member("127.0.0.1:33990", orders)},
				{ID: longSideGroups[3], State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member("127.0.0.1:60496", long)},
			}
			reader, caught, live := map[model.TP]int64{}, map[model.TP]int64{}, map[model.TP]int64{}
			for j, tp := range long {
				reader[tp] = int64(2 + j)
				live[tp] = highs[tp] - int64(j%3) // lag 0, 1, 2: some lines say how long behind, some not
			}
			for _, tp := range orders {
				caught[tp] = highs[tp]
			}
			committed := []model.Committed{{Group: longSideGroups[0], Offsets: reader}, {Group: longSideGroups[1], Offsets: caught},
				{Group: longSideGroups[3], Offsets: live}}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s
}

// sideColumns splits the side view's rows (the lines of the Groups box
// above the rebalance log) into their columns' cells.
func sideColumns(s string) [][]string {
	var cols [][]string
	in := false
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "rebalance log") {
			break
		}
		if i := strings.Index(l, "╭─ 5 Groups"); i >= 0 {
			in = true
			continue
		}
		if i := strings.LastIndex(l, "││"); i >= 0 { // the grid: Groups is the right box of its row
			l = l[i+len("│"):]
		}
		inner, ok := strings.CutPrefix(l, "│")
		if !in || !ok {
			continue
		}
		cells := strings.Split(strings.TrimSuffix(inner, "│"), "│")
		for len(cols) < len(cells) {
			cols = append(cols, nil)
		}
		for i, c := range cells {
			cols[i] = append(cols[i], c)
		}
	}
	return cols
}

// Side by side with long topic names (ut18a F1, F9): every partition
// keeps its number, committed offset and whole lag (a narrow column cut
// them: six lines read `payments-settle…`, `lag…`), a topic is cut the
// same way on every line of a column, and a member's host and rate are
// whole; a gone group says so whole in a column no wider than its line
// (F1: a quarter of the width each, `not on the cluste…`). In the grid
// and zoomed, at 80x24, 120x40 and 200x50.
func TestSideViewLongTopicsKeepTheirTails(t *testing.T) {
	partLine := regexp.MustCompile(`/(\d+) (@\d+ lag \d+( \(\S+\))?|no commit yet)\s*$`)
	for _, gone := range []bool{false, true} {
		for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 50}} {
			for _, zoom := range []bool{false, true} {
				name := "groups-side-long-" + itoa(sz.w) + "x" + itoa(sz.h)
				if gone {
					name += "-gone"
				}
				if zoom {
					name += "-zoomed"
				}
				t.Run(name, func(t *testing.T) {
					a := New(&Common{Ctx: context.Background(), Store: longSideStore(12), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
					a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
					keys := []string{"5", "g", "space", "space", "space", "space", "enter"}
					if zoom {
						keys = append([]string{"5", "z"}, keys[1:]...)
					}
					press(a, keys[:len(keys)-1]...)
					if gone { // marked while on the cluster, gone by the time they are shown
						a.c.Store.(*model.Store).Update(func(st *model.State) {
							st.Groups = st.Groups[2:]
						})
					}
					press(a, "enter")
					s := screen(a)
					assertFits(t, s, sz.w, sz.h)
					golden(t, name, s)
					cols := sideColumns(s)
					if len(cols) != 4 {
						t.Fatalf("%d columns, want 4:\n%s", len(cols), s)
					}
					for i, col := range cols {
						abbrev := map[string]bool{}
						seen := map[string]bool{}
						for _, c := range col {
							c = strings.TrimRight(c, " ")
							if strings.HasSuffix(c, "…") && !strings.Contains(c, "more line") && !strings.HasPrefix(c, "  ") {
								continue // a group's name or a client id, cut in the middle, ends whole
							}
							if strings.Contains(c, "lag…") || strings.HasSuffix(c, "…") && !strings.Contains(c, "more line") {
								t.Errorf("column %d: a line cut at its end: %q\n%s", i, c, s)
							}
							if m := partLine.FindStringSubmatch(c); m != nil {
								seen[m[1]] = true
								if topic := strings.TrimSpace(c[:strings.LastIndex(c, "/"+m[1]+" ")]); topic != "" {
									abbrev[topic] = true
								}
							}
						}
						if len(abbrev) > 1 {
							t.Errorf("column %d: one topic cut %d ways: %v\n%s", i, len(abbrev), abbrev, s)
						}
						if gone && i < 2 {
							text := strings.Join(strings.Fields(strings.Join(col[1:], " ")), " ")
							if !strings.Contains(text, "not on the cluster (any more)") {
								t.Errorf("column %d: a gone group's message is not whole: %q\n%s", i, text, s)
							}
							if w := len([]rune(col[0])); w > len(goneNote) {
								t.Errorf("column %d: a gone group's column is %d cells, wider than its line (%d)\n%s", i, w, len(goneNote), s)
							}
						}
						if i == 3 && !strings.Contains(strings.Join(cols[3], "\n"), "more line") {
							for p := range 6 { // the live reader of sideLongTopic: every partition shown
								if !seen[itoa(p)] {
									t.Errorf("column 3: partition %d has no whole line (number, offset, lag)\n%s", p, s)
								}
							}
						}
					}
					for _, want := range []string{"127.0.0.1:60496", "127.0.0.1:33990"} {
						if !strings.Contains(s, want) {
							t.Errorf("a member's host %s is not whole:\n%s", want, s)
						}
					}
				})
			}
		}
	}
}

// One topic's cut is the same on every line of a column and does not
// move as a line's lag gains or loses its "(behind)" (ut18a F9: four
// abbreviations of one topic, the cut jumping with `(<1s)`).
func TestPartLinesOneStableCutPerTopic(t *testing.T) {
	var tps []model.TP
	for p := range 6 {
		tps = append(tps, model.TP{Topic: sideLongTopic, Partition: p})
	}
	abbrev := func(lines []string) map[string]bool {
		out := map[string]bool{}
		for _, l := range lines {
			if i := strings.LastIndex(l, "/"); i > 0 {
				out[l[:i]] = true
			}
		}
		return out
	}
	for w := 30; w <= 70; w++ {
		var first map[string]bool
		for _, behind := range []time.Duration{0, 500 * time.Millisecond, 3 * time.Minute} {
			parts := map[model.TP]partFig{}
			for i, tp := range tps {
				lag := int64(i * 7)
				parts[tp] = partFig{committed: int64(100 + i), lag: lag, lagText: count(lag)}
				if lag > 0 {
					parts[tp] = partFig{committed: int64(100 + i), lag: lag, lagText: count(lag), behind: behind}
				}
			}
			lines, _ := partLines(parts, tps, false, w, false, true)
			got := abbrev(lines)
			if len(got) != 1 {
				t.Fatalf("w %d: the topic cut %d ways:\n%s", w, len(got), strings.Join(lines, "\n"))
			}
			if first == nil {
				first = got
			} else if !maps.Equal(first, got) {
				t.Errorf("w %d: the cut moved with the lag text: %v, then %v", w, first, got)
			}
			for _, l := range lines {
				if len([]rune(l)) > w {
					t.Errorf("w %d: %q is wider than the column", w, l)
				}
			}
		}
	}
}

// In the 200x50 grid the Groups box (11 rows) is too small for four
// groups of 6 and 12 partitions: the side view takes the screen (ut18a
// F2: it stayed in the box, rows cut with no "more"). Left with a pane
// key, the grid box shows the group list and says how to get it back,
// not 8-cell columns (F3); the pane's key gives it the screen again.
func TestSideViewTakesTheScreenAndGivesTheBoxBack(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		a := New(&Common{Ctx: context.Background(), Store: longSideStore(40), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
		press(a, "5", "g", "space", "space", "space", "space", "enter")
		s := screen(a)
		if strings.Contains(s, "4 Partitions") || !strings.Contains(s, "rebalance log") {
			t.Fatalf("%dx%d: the side view does not have the screen:\n%s", sz.w, sz.h, s)
		}
		press(a, "4")
		s = screen(a)
		golden(t, "groups-side-left-"+itoa(sz.w)+"x"+itoa(sz.h), s)
		if !strings.Contains(s, "4 Partitions") || strings.Contains(s, "rebalance log") || strings.Contains(s, "more line") {
			t.Fatalf("%dx%d: after 4 the grid shows the side view squeezed:\n%s", sz.w, sz.h, s)
		}
		if !regexp.MustCompile(`│  group\s.*\smbrs\s`).MatchString(s) {
			t.Errorf("%dx%d: after 4 the Groups box does not show the group list:\n%s", sz.w, sz.h, s)
		}
		if !strings.Contains(s, "5: side") {
			t.Errorf("%dx%d: the Groups box does not say how to get the side view back:\n%s", sz.w, sz.h, s)
		}
		press(a, "5")
		if s = screen(a); strings.Contains(s, "4 Partitions") || !strings.Contains(s, "rebalance log") {
			t.Errorf("%dx%d: 5 does not give the side view the screen again:\n%s", sz.w, sz.h, s)
		}
		press(a, "esc")
		if s = screen(a); !strings.Contains(s, "4 Partitions") {
			t.Errorf("%dx%d: esc does not give the grid back:\n%s", sz.w, sz.h, s)
		}
	}
}
