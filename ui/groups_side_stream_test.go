package ui

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut29 W1's cluster: a live group (one kcat member) reading six
// partitions of a 62-character topic, one of them not committed, whose
// lag comes and goes with bursts of 250 records, and three groups without
// members stopped minutes ago on three partitions of a 63-character topic
// (`/0 @36 lag 289 (7m)`), their names 66 characters that differ only in
// their batch number.
const (
	ut29Ledger    = "ledger-reconciliation-settlement-events-eu-west-primary-ut29"
	ut29Warehouse = "warehouse-inventory-adjustments-stream-from-regional-sites-ut29"
	ut29Live      = "ledger-settlement-live-consumer-group-for-eu-west-region-ut29"
)

// ut29Batch is the name of a regional group of ut29 W1's.
func ut29Batch(n int) string {
	return fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%d-ut29", n)
}

// ut29Cluster feeds polls to a store as ut29 W1's cluster would answer
// them, 12 s apart: poll k of a burst has the live group 108, 35 and 72
// records behind, caught up otherwise.
type ut29Cluster struct {
	store *model.Store
	k     int
	high  map[model.TP]int64
	gone  string // a group deleted: not in the polls' groups
}

func newUT29Cluster() *ut29Cluster {
	c := &ut29Cluster{store: model.NewStore(nil, model.DefaultLimits()), high: map[model.TP]int64{}}
	c.store.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 60, Window: 3, StopAfter: 2 * time.Minute})
	})
	for p := range 6 {
		c.high[model.TP{Topic: ut29Ledger, Partition: p}] = int64(400 + 1000*p)
	}
	for p := range 3 {
		c.high[model.TP{Topic: ut29Warehouse, Partition: p}] = int64(10 + 10*p)
	}
	for range 40 { // eight minutes: the regional groups' lag dates back 7m
		c.poll(false)
	}
	return c
}

// poll folds one poll, with or without a burst on the ledger topic.
func (c *ut29Cluster) poll(burst bool) {
	at := fixedNow.Add(time.Duration(c.k-60) * 12 * time.Second)
	c.k++
	var parts []model.PartitionStat
	var ledger []model.TP
	offs := map[model.TP]int64{}
	for p := range 6 {
		tp := model.TP{Topic: ut29Ledger, Partition: p}
		ledger = append(ledger, tp)
		c.high[tp] += 41
		parts = append(parts, model.PartitionStat{Topic: ut29Ledger, Partition: p, High: c.high[tp]})
		if p == 2 {
			continue // no commit yet
		}
		offs[tp] = c.high[tp]
		if burst {
			offs[tp] -= []int64{108, 35, 0, 72, 11, 5}[p]
		}
	}
	committed := []model.Committed{{Group: ut29Live, Offsets: offs}}
	for p := range 3 {
		tp := model.TP{Topic: ut29Warehouse, Partition: p}
		c.high[tp] += int64(1 + p)
		parts = append(parts, model.PartitionStat{Topic: ut29Warehouse, Partition: p, High: c.high[tp]})
	}
	groups := []model.GroupStat{{ID: ut29Live, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
		Detail: []model.MemberStat{{ID: "m1", ClientID: "rdkafka", Host: "127.0.0.1:51234", Assigned: ledger}}}}
	for _, n := range []int{10, 14, 18} {
		groups = append(groups, model.GroupStat{ID: ut29Batch(n), State: "Empty", Protocol: "consumer"})
		o := map[model.TP]int64{}
		for p := range 3 {
			o[model.TP{Topic: ut29Warehouse, Partition: p}] = int64(n*(2+p)) - 10
		}
		committed = append(committed, model.Committed{Group: ut29Batch(n), Offsets: o})
	}
	if c.gone != "" {
		groups = slices.DeleteFunc(groups, func(g model.GroupStat) bool { return g.ID == c.gone })
	}
	highs := map[model.TP]int64{}
	for tp, h := range c.high {
		highs[tp] = h
	}
	c.store.Update(func(st *model.State) {
		st.Lag.Observe(at, parts, highs, groups, committed)
		st.Partitions, st.Groups = parts, groups
	})
}

// ut29App is the console on c, the four groups marked side by side;
// with gone, one is deleted after it was marked.
func ut29App(c *ut29Cluster, w, h int, gone string) *App {
	a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	press(a, "5", "z", "space", "space", "space", "space")
	if gone != "" {
		c.gone = gone
		c.poll(false)
	}
	press(a, "enter")
	return a
}

// sideLayout is what must hold still side by side as polls come: each
// column's width and the line each partition's tail starts on.
func sideLayout(s string) (widths []int, parts []map[string]int) {
	for _, col := range sideColumns(s) {
		widths = append(widths, len([]rune(col[0])))
		at := map[string]int{}
		for y, c := range col {
			if m := partTailRe.FindStringSubmatch(c); m != nil {
				at[m[1]] = y
			}
		}
		parts = append(parts, at)
	}
	return widths, parts
}

var partTailRe = regexp.MustCompile(`^\s*\S*(/\d+) (@|no commit)`)

// Side by side, as a live group's lag comes and goes with bursts, the
// columns keep their widths and every partition its line, and no column
// says it hides lines while another has rows to spare: at 80x24 with four
// groups marked (ut29 W1: every column 18 cells with 3 blank at the box's
// side, a partition on one line between bursts and two in one, `… 3 more
// lines (↓)` beside columns with 8 blank rows, widths moving 18/19/19/21
// to 18/18/18/21 over a session), 100x30 and 200x50, with all four on the
// cluster and with one of them gone (s13-side's note: two live columns
// beside a gone group traded a cell as a lag line changed).
func TestSideViewHoldsThroughBursts(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {200, 50}} {
		for _, gone := range []bool{false, true} {
			name := fmt.Sprintf("groups-side-bursts-%dx%d", sz.w, sz.h)
			if gone {
				name += "-gone"
			}
			t.Run(name, func(t *testing.T) {
				c := newUT29Cluster()
				deleted := "" // marked, then deleted from another console
				if gone {
					deleted = ut29Batch(14)
				}
				a := ut29App(c, sz.w, sz.h, deleted)
				first := screen(a)
				assertFits(t, first, sz.w, sz.h)
				widths, parts := sideLayout(first)
				if len(widths) != 4 {
					t.Fatalf("%d columns, want 4:\n%s", len(widths), first)
				}
				for k, burst := range []bool{true, false, true, true, false, false, true, false, true, true, true, false} {
					c.poll(burst)
					a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
					s := screen(a)
					assertFits(t, s, sz.w, sz.h)
					w, p := sideLayout(s)
					if fmt.Sprint(w) != fmt.Sprint(widths) {
						t.Fatalf("poll %d (burst %v): columns %v cells, were %v:\n%s\nwas:\n%s", k, burst, w, widths, s, first)
					}
					// the live group's partitions (the first column) hold their
					// lines through the bursts; a stopped group's lines change
					// only as its age gains a digit, once (`>7m` to `>10m`: ut31
					// Y3, its age then said under its line where ` >10m` does not
					// fit on it)
					if fmt.Sprint(p[0]) != fmt.Sprint(parts[0]) {
						t.Fatalf("poll %d (burst %v): partitions on lines %v, were %v:\n%s\nwas:\n%s", k, burst, p, parts, s, first)
					}
					cols := sideColumns(s)
					for i, col := range cols {
						if !strings.Contains(col[len(col)-1], "more line") && !strings.Contains(col[len(col)-1], "line ↓") {
							continue
						}
						for j, other := range cols {
							if j != i && strings.TrimSpace(other[len(other)-1]) == "" {
								t.Errorf("poll %d: column %d hides lines while column %d has a blank row:\n%s", k, i, j, s)
							}
						}
					}
					if k == 10 {
						golden(t, name, s) // a screen in a burst
					}
				}
			})
		}
	}
}
