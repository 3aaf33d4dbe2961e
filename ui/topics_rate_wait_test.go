package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut40b-24: the first frame of a fresh console on 8 topics read 1.0/s,
// 0.0/s and 7.0/s under `rate 30s`, with `8.0/s produced` in the header,
// for topics written at 0.6/s, 0.6/s and 4.0/s: rates over the second
// between its first two polls. Until a rate is measured over
// model.RateLeast, Topics, Partitions and the header say `…/s`.
func TestFirstFramesSayNoRateUntilMeasured(t *testing.T) {
	names := []string{"acme.payments.settlement-events.eu-west-1.v2", "audit"}
	poll := func(s *model.Store, sec int) {
		var parts []model.PartitionStat
		var stats []model.TopicStat
		hw := map[model.TP]int64{}
		for i, n := range names {
			high := int64(1000 + sec*(i+1))
			parts = append(parts, model.PartitionStat{Topic: n, Partition: 0, Leader: 1, High: high, Replicas: []int{1}, ISR: []int{1}})
			hw[model.TP{Topic: n, Partition: 0}] = high
			stats = append(stats, model.TopicStat{Name: n, Partitions: 1, Replication: 1})
		}
		s.ApplyPoll(model.Poll{Start: fixedNow.Add(time.Duration(sec) * time.Second), Partitions: parts, Topics: names, Highs: hw, TopicStats: stats})
	}
	for _, tt := range []struct {
		secs []int
		wait bool
	}{
		{[]int{0}, true},
		{[]int{0, 1}, true},
		{[]int{0, 1, 2, 5, 9}, true},
		{[]int{0, 1, 2, 5, 10}, false},
	} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		for _, sec := range tt.secs {
			poll(s, sec)
		}
		s.Update(func(st *model.State) { st.Link.State = model.LinkConnected })
		a := realApp(t, s, 200, 50)
		a.Update(changedMsg{version: s.Version()})
		press(a, "8")
		got := screen(a)
		header := strings.SplitN(got, "\n", 2)[0]
		for _, n := range names {
			row := topicRowOf(got, n)
			if waits := strings.Contains(row, "…/s"); waits != tt.wait || tt.wait && strings.Contains(row, ".0/s") {
				t.Errorf("after polls at %v s: %s reads %q, want …/s %v", tt.secs, n, row, tt.wait)
			}
		}
		if waits := strings.Contains(header, "…/s produced"); waits != tt.wait {
			t.Errorf("after polls at %v s: header %q, want …/s %v", tt.secs, header, tt.wait)
		}
		if tt.wait && strings.Contains(got, "0/s") {
			t.Errorf("after polls at %v s: a rate said before it is measured:\n%s", tt.secs, got)
		}
	}
}
