package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut42a-23: at 200x50, washboard-demo-2 stopped beside the live
// washboard-demo-1, frames 1.5 s apart, nothing typed: the divider moved
// 5 cells between two frames with nothing cut or wrapped in either. The
// rebalance log's entry for the stop (and an outcome's line under the
// columns) changed the rows the columns have, and the held widths were
// keyed by those rows, so they were judged afresh on content that had
// changed since they were held. Widths are held while the box keeps its
// width; fewer rows re-judge them only where the held ones would then
// hide more lines.
func TestSideViewHoldsWhileAGroupStops(t *testing.T) {
	for _, sz := range [][2]int{{200, 50}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			store := ut42Store()
			now := fixedNow
			a := New(&Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return now }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(a, "5", "g", "space", "space", "enter")
			first := screen(a)
			want := sideWidths(sideColumns(first))
			for frame := 1; frame <= 24; frame++ {
				now = now.Add(1500 * time.Millisecond)
				store.Update(func(st *model.State) { stopPoll(st, now, frame) })
				s := screen(a)
				assertFits(t, s, sz[0], sz[1])
				if got := sideWidths(sideColumns(s)); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("frame %d: the columns moved from %v to %v:\n%s\n%s", frame, want, got, first, s)
				}
			}
		})
	}
}

// stopPoll folds one poll of ut42Store's cluster at now: records keep
// coming, washboard-demo-1 keeps reading them, and from the third frame
// washboard-demo-2 has stopped (Empty, its commit where it was), so its
// ages tick and the log gains the stop's entry.
func stopPoll(st *model.State, now time.Time, frame int) {
	highs := map[model.TP]int64{}
	one, two := map[model.TP]int64{}, map[model.TP]int64{}
	for k := range st.Partitions {
		p := &st.Partitions[k]
		p.High += 5
		tp := model.TP{Topic: p.Topic, Partition: p.Partition}
		highs[tp] = p.High
		if p.Topic == "laundry-machine-logs" {
			one[tp] = p.High - int64(20+frame%3*7+p.Partition)
		} else if p.Partition == 0 {
			two[tp] = int64(85 + 45*11)
		}
	}
	if frame >= 3 {
		st.Groups[1] = model.GroupStat{ID: "washboard-demo-2", State: "Empty", Protocol: "consumer"}
	}
	committed := []model.Committed{{Group: "washboard-demo-1", Offsets: one}, {Group: "washboard-demo-2", Offsets: two}}
	st.Lag.Observe(now, st.Partitions, highs, st.Groups, committed)
}
