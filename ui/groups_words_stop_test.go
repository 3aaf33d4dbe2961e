package ui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut42a-13: Groups zoomed at 80x24, the two demo groups Stable on the
// range assignor, then both stopped (`x`): `assign` went, `type`
// (classic on both rows) came and every column from `state` on moved.
// `type` was held from the polls before the second group came (no group,
// then one: nothing to tell apart), so it showed `classic` on every row
// and came and went with the names' need. Since s30 the word columns
// are judged on the box alone (groups_words.go): once both groups are
// listed, the columns do not move as the groups rebalance and stop.
func TestGroupsWordColumnsStayWhenEveryGroupStops(t *testing.T) {
	tp := model.TP{Topic: "laundry-machine-logs", Partition: 0}
	names := []string{"washboard-demo-1", "washboard-demo-2"}
	for _, size := range []struct {
		w, h int
		keys []string
	}{
		{80, 24, []string{"5", "z"}},
		{80, 24, []string{"5"}},
		{200, 50, []string{"5"}},
	} {
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int) {
			pollWordGroups(s, i, tp, 4000+int64(i), names, func(j int) string {
				switch {
				case i == 0 || i < 3 && j == 1: // no group at the first poll, then one: `n`, `n` again
					return ""
				case i >= 80: // both stopped (`x`), a minute and more after they came
					return "Empty"
				case i == 10 && j == 0: // a member joins: one poll of rebalance, the assignor apart
					return "CompletingRebalance"
				}
				return "Stable"
			}, func(j int) int64 { return 900 - int64(j*50) })
		}
		poll(0)
		a := lagAppOn(t, s, size.w, size.h, &allDemos{recordingDemos{enabled: true}})
		press(a, size.keys...)
		var first string
		eachGroupsHeading(t, fmt.Sprintf("%dx%d %v", size.w, size.h, size.keys), a, s, 160, poll, func(i int, h string) {
			if i < 3 { // the second group comes: the names' cut is judged again
				return
			}
			if first == "" {
				first = h
			}
			if h != first {
				t.Fatalf("%dx%d %v poll %d: the columns moved as the groups stopped:\nbefore: %q\nafter:  %q\n%s",
					size.w, size.h, size.keys, i, first, h, screen(a))
			}
		})
	}
}

// lagAppOn is realApp with demos.
func lagAppOn(t *testing.T, s *model.Store, w, h int, demos Demos) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow.Add(30 * time.Second) },
		Cluster: Cluster{Name: "kafka:9092"}, Demos: demos}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}
