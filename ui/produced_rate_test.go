package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut16a D1: a producer writing in bursts that land on one partition at a
// time (a kcat -P pipe) read 0.0/s between bursts in the header and
// Topics next to a trend with bars. Between bursts the header, the Topics
// row and Partitions' topic row say the same rate, the records of the
// last 30 s over 30 s, and it is not 0.
func TestProducedRateSameInHeaderTopicsAndPartitions(t *testing.T) {
	for _, size := range [][2]int{{200, 50}, {80, 24}} {
		s := model.NewStore(nil, model.DefaultLimits())
		t0 := fixedNow.Add(-time.Minute)
		highs := make([]int64, 4)
		for sec := range 41 { // a burst of 30 every third second, on the next partition in turn; the last at 39 s: 10 in the rate's 30 s
			if sec > 0 && sec%3 == 0 {
				highs[(sec/3)%4] += 30
			}
			parts := make([]model.PartitionStat, 4)
			hw := map[model.TP]int64{}
			for p := range parts {
				parts[p] = model.PartitionStat{Topic: "orders", Partition: p, Leader: 1, High: highs[p]}
				hw[model.TP{Topic: "orders", Partition: p}] = highs[p]
			}
			s.ApplyPoll(model.Poll{Start: t0.Add(time.Duration(sec) * time.Second), Partitions: parts, Topics: []string{"orders"}, Highs: hw,
				TopicStats: []model.TopicStat{{Name: "orders", Partitions: 4, Replication: 1}},
				Cluster:    model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{{ID: 1, Host: "127.0.0.1", Port: 9092}}}})
		}
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return t0.Add(41 * time.Second) }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		got := screen(a)
		header := strings.SplitN(got, "\n", 2)[0]
		if !strings.Contains(header, "10.0/s produced") {
			t.Errorf("%dx%d: header %q, want 10.0/s produced (30 records every 3 s)", size[0], size[1], header)
		}
		if !regexp.MustCompile(`│(● |  )orders +4 .* 10\.0/s`).MatchString(got) {
			t.Errorf("%dx%d: the Topics row does not say 10.0/s:\n%s", size[0], size[1], got)
		}
		press(a, "4")
		got = screen(a)
		if !regexp.MustCompile(`orders \(4\) .* 10\.0/s`).MatchString(got) {
			t.Errorf("%dx%d: Partitions' topic row does not say 10.0/s:\n%s", size[0], size[1], got)
		}
	}
}
