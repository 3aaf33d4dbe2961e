package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Side by side, the columns' rows come before the rebalance log's: the
// log takes the rows the columns leave, down to its newest entry (ut22a
// M2: at 80x24, two live and two gone groups marked, three partitions
// were hidden behind `… 3 more line` while the log kept 6 rows for 2
// entries). At 80x24 and 200x50, zoomed: while a column says it has more
// rows, the log shows its newest entry only, or, at its shared newest
// page, each group's newest (ut42b-11).
func TestSideViewColumnsBeforeTheLog(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		name := "groups-side-logroom-" + itoa(sz.w) + "x" + itoa(sz.h)
		a := New(&Common{Ctx: context.Background(), Store: roomSideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
		press(a, "5", "z", "space", "space", "space", "space")
		a.c.Store.(*model.Store).Update(func(st *model.State) {
			st.Groups = st.Groups[2:]
			for i := range 8 {
				st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i) * time.Second), Group: roomSideGroups[2+i%2],
					Kind: "joined", Detail: "rdkafka from 127.0.0.1:44350"})
			}
		})
		press(a, "enter")
		s := screen(a)
		assertFits(t, s, sz.w, sz.h)
		if strings.Contains(s, "more line") && !strings.Contains(s, "rebalance log · newest 1 of") && !strings.Contains(s, "rebalance log · each group's newest, 2 of") {
			t.Fatalf("%s: a column hides rows while the log shows more than its newest entry:\n%s", name, s)
		}
		if !strings.Contains(s, "rebalance log") {
			t.Fatalf("%s: no rebalance log:\n%s", name, s)
		}
		golden(t, name, s)
	}
}

// The side view's border does not carry the group list's position (ut22a
// M6: `10-18/18` above four columns at 200x50, the cursor on row 18).
func TestSideViewBorderHasNoListPosition(t *testing.T) {
	var g []model.GroupStat
	var committed []model.Committed
	for i := range 60 {
		id := "group-" + itoa(10+i)
		g = append(g, model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Members: 1})
		committed = append(committed, model.Committed{Group: id, Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: 90}})
	}
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		a := realApp(t, groupLagStore(g, committed), sz[0], sz[1])
		press(a, "5", "z", "G")
		if s := screen(a); !strings.Contains(s, "/60") {
			t.Fatalf("%dx%d: the list's border has no position to test against:\n%s", sz[0], sz[1], s)
		}
		press(a, "space", "up", "space", "enter")
		if s := screen(a); strings.Contains(s, "/60") {
			t.Errorf("%dx%d: the side view's border keeps the list's position:\n%s", sz[0], sz[1], s)
		}
		press(a, "esc")
		if s := screen(a); !strings.Contains(s, "/60") {
			t.Errorf("%dx%d: the list's position is gone after the side view:\n%s", sz[0], sz[1], s)
		}
	}
}

// A rebalance log entry is a sentence: it is never cut, even the newest
// alone while the columns above it have rows out of sight; it wraps
// onto as many lines as it takes, and the columns scroll (ut32b Zb9: at
// 80x24 a reset's entry ended `(read back: every …`).
func TestSideViewLogEntryNeverCut(t *testing.T) {
	for _, parts := range []int{6, 12, 24, 32} {
		for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
			rows := make([]model.ResetRow, parts)
			for i := range rows {
				rows[i] = model.ResetRow{TP: model.TP{Topic: sideLongTopic, Partition: i}, Current: 9000 + int64(i), New: 54000}
			}
			plan := model.ResetPlan{Group: roomSideGroups[2], Target: model.ResetTarget{Kind: model.ResetLatest}, Rows: rows}
			a := New(&Common{Ctx: context.Background(), Store: roomSideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			a.c.Store.(*model.Store).Update(func(st *model.State) {
				st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: roomSideGroups[2], Kind: "action",
					Detail: "by the local console: " + resetChanges(plan, outcomeParts) + readBackHolds})
			})
			press(a, "5", "z", "space", "space", "space", "space", "enter")
			s := screen(a)
			assertFits(t, s, sz.w, sz.h)
			flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
			if !strings.Contains(flat, "(read back: every partition holds)") {
				t.Errorf("%dx%d, %d partitions: the reset's entry is cut:\n%s", sz.w, sz.h, parts, s)
			}
		}
	}
}
