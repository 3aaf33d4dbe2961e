package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// Q14's kind in Topics: a health word a broker restart brings for a
// poll (`WARN 2 under-replicated`) gives its cells back to the names at
// the next poll without it, not a minute later.
func TestTopicsWordColumnsGiveTheirCellsBack(t *testing.T) {
	names := []string{
		"card-authorisation-decisions-streamed-by-the-fraud-engine-ut25a",
		"fulfilment-shipment-status-changes-from-regional-warehouses-eu-v7",
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		s := model.NewStore(nil, model.DefaultLimits())
		poll := func(i int, urp int) {
			var parts []model.PartitionStat
			var topics []model.TopicStat
			for j, n := range names {
				parts = append(parts, model.PartitionStat{Topic: n, Leader: 1, High: 100, Replicas: []int{1}, ISR: []int{1}})
				ts := model.TopicStat{Name: n, Partitions: 1, Replication: 1}
				if j == 0 {
					ts.UnderReplicated = urp
				}
				topics = append(topics, ts)
			}
			model.SumTopics(topics, parts)
			s.Update(func(st *model.State) {
				at := fixedNow.Add(time.Duration(i) * time.Second)
				st.Link = model.Link{State: model.LinkConnected, PolledAt: at, AnsweredAt: at}
				st.Partitions, st.TopicStats, st.Topics = parts, topics, names
			})
		}
		poll(0, 0)
		a := realApp(t, s, size.w, size.h)
		press(a, "8", "z")
		list := func() (out []string) {
			for _, l := range strings.Split(screen(a), "\n") {
				for _, p := range []string{"card-", "fulfilment-", "topic"} {
					if i := strings.Index(l, p); i >= 0 && strings.Contains(l, "│") {
						out = append(out, strings.Fields(l[i:])[0])
					}
				}
			}
			return out
		}
		before := list()
		poll(1, 2)
		a.Update(changedMsg{version: s.Version()})
		if got := screen(a); !strings.Contains(got, "WARN 2 under-replicated") {
			t.Fatalf("%dx%d: the under-replicated topic not said whole:\n%s", size.w, size.h, got)
		}
		poll(2, 0)
		a.Update(changedMsg{version: s.Version()})
		if after := list(); strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Errorf("%dx%d: the poll after the warning does not give the names their cells back:\nbefore: %q\nafter:  %q\n%s",
				size.w, size.h, before, after, screen(a))
		}
	}
}
