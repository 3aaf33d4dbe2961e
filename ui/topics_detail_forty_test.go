package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// In the 80x24 views grid (Topics in a 38-cell box), a 40-partition
// topic on three brokers, one record a partition, shows its partitions
// table with whole headings on every page (ut28a U12, re-checked in
// ut29: `r…` for the rate beside an isr repeating the replicas).
func TestTopicDetailFortyPartitionsHeadingsWhole(t *testing.T) {
	const long = "merchant-payout-instructions-partitioned-by-merchant-id-ut28a"
	a := foreignApp(t, 80, 24)
	writer(a.c).Update(func(st *model.State) {
		for i := range 40 {
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: long, Partition: i, Leader: i%3 + 1, High: 3,
				Replicas: []int{i%3 + 1, (i+1)%3 + 1, (i+2)%3 + 1}, ISR: []int{i%3 + 1, (i+1)%3 + 1, (i+2)%3 + 1}, Rate: 12.5})
		}
		st.Cluster.Brokers[2].Gone = false // three brokers up: the isr repeats the replicas on every partition
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: long, Partitions: 40, Replication: 3})
		model.SumTopics(st.TopicStats, st.Partitions)
		st.Topics = []string{model.LaundryTopic, long, "orders", "payments"} // the views' layout
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "8", "/", "type:payout", "enter", "enter")
	for page := range 4 {
		s := screen(a)
		var box []string
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "part ") && strings.Contains(l, "leader") {
				box = append(box, l)
			}
		}
		if len(box) == 0 {
			if page == 0 {
				t.Fatalf("no partitions heading on the first page:\n%s", s)
			}
		}
		for _, h := range box {
			if strings.Contains(h, "…") || !strings.Contains(h, "rate") {
				t.Fatalf("page %d: a heading is cut or the rate is gone: %q\n%s", page, h, s)
			}
		}
		if page == 3 {
			golden(t, "topic-detail-forty-80x24", s)
		}
		do(a, "pgdown")
	}
}
