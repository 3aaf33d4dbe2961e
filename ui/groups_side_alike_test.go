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

// alikeTopic is ut26's 64-character topic.
const alikeTopic = "fulfilment-shipment-status-changes-from-regional-warehouses-ut26"

// alikeStore is n groups of one shape (ut26 S4): 66-character names that
// differ only in two digits, Empty, committed on two partitions of
// alikeTopic with lags of as many digits, and lag history.
func alikeStore(n int) (*model.Store, []string) {
	s := model.NewStore(nil, model.DefaultLimits())
	tps := []model.TP{{Topic: alikeTopic, Partition: 0}, {Topic: alikeTopic, Partition: 1}}
	var ids []string
	for i := range n {
		ids = append(ids, fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%d-ut26", 10+2*i))
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		parts := []model.PartitionStat{{Topic: alikeTopic, Partition: 0}, {Topic: alikeTopic, Partition: 1}}
		for k := range 12 {
			high := int64(400 + 10*k)
			highs := map[model.TP]int64{tps[0]: high, tps[1]: high}
			var groups []model.GroupStat
			var committed []model.Committed
			for i, id := range ids {
				groups = append(groups, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
				committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{tps[0]: 100 + 20*int64(i), tps[1]: 300 + 20*int64(i)}})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(k-11)*time.Second), parts, highs, groups, committed)
			st.Partitions, st.Groups = parts, groups
		}
	})
	return s, ids
}

// shapeOf is a cell with its figures as '#' and its sparkline as one
// glyph: what two groups of one shape show alike.
var sideDigits = regexp.MustCompile(`[0-9]`)

func shapeOf(cell string) string {
	cell = sideDigits.ReplaceAllString(cell, "#")
	return strings.Map(func(r rune) rune {
		if r >= '▁' && r <= '█' {
			return '▄'
		}
		return r
	}, cell)
}

// Side by side, groups of one shape get columns of one width and read
// line for line alike, their names and figures aside, where the box does
// not divide evenly among them: the odd cells stay blank at the box's
// side (ut26 S4: 25/25/26 cells at 80x24, the third wrapping its name and
// topic at other places, its sparkline a cell longer).
func TestSideViewGroupsOfOneShapeReadAlike(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {100, 30}, {120, 40}, {200, 50}} {
		for n := 2; n <= 5; n++ {
			t.Run(fmt.Sprintf("%dx%d-%d", sz.w, sz.h, n), func(t *testing.T) {
				store, _ := alikeStore(n)
				a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				keys := []string{"5", "z"}
				for range n {
					keys = append(keys, "space")
				}
				press(a, append(keys, "enter")...)
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				cols := sideColumns(s)
				if len(cols) != n {
					t.Fatalf("%d columns, want %d:\n%s", len(cols), n, s)
				}
				w0 := len([]rune(cols[0][0]))
				for i := 1; i < n; i++ {
					if w := len([]rune(cols[i][0])); w != w0 && (i < n-1 || w < w0) {
						t.Errorf("column %d is %d cells, column 0 %d:\n%s", i, w, w0, s)
					}
				}
				for y, cell := range cols[n-1] { // the last column's cells past the others' width are the box's blank side
					if r := []rune(cell); len(r) > w0 && strings.TrimSpace(string(r[w0:])) != "" {
						t.Errorf("line %d: the last column is wider than the others, %q:\n%s", y, cell, s)
					}
				}
				for y := range cols[0] {
					for i := 1; i < n; i++ {
						// the last column's cell runs to the box's side: its blank odd cells aside
						a, b := strings.TrimRight(shapeOf(cols[0][y]), " "), strings.TrimRight(shapeOf(cols[i][y]), " ")
						if a != b {
							t.Errorf("line %d: column %d reads %q, column 0 %q:\n%s", y, i, cols[i][y], cols[0][y], s)
						}
					}
				}
			})
		}
	}
}
