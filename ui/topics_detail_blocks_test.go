package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// wideTopicStore is one topic, orders, of n partitions over 3 brokers.
func wideTopicStore(n int) *model.Store {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var parts []model.PartitionStat
	for i := range n {
		parts = append(parts, model.PartitionStat{Topic: "orders", Partition: i, Leader: i % 3, High: int64(1000 + i), Replicas: []int{0, 1, 2}, ISR: []int{0, 1, 2}})
	}
	topics := []model.TopicStat{{Name: "orders", Partitions: n, Replication: 3}}
	model.SumTopics(topics, parts)
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Partitions, st.TopicStats, st.Topics = parts, topics, []string{"orders"}
		st.Cluster = model.ClusterInfo{ID: "c1", Controller: 0, Brokers: []model.BrokerStat{{ID: 0}, {ID: 1}, {ID: 2}}}
		st.Lag = model.NewLags(model.LagConfig{})
	})
	return s
}

// ut32b Zb11: a 30-partition topic's detail at 200x50 used 40 of 198
// cells and scrolled 23 lines: its partitions go on in blocks side by
// side, as few as let the box hold them; a box too narrow for two blocks
// (80x24) scrolls as before, and a detail that fits is one block.
func TestTopicDetailPartitionsSideBySide(t *testing.T) {
	partRow := regexp.MustCompile(`(?:^|\s|│)(\d+)\s+[0-2]\s+0,1,2`)
	for _, tt := range []struct {
		n, w, h    int
		wantBlocks int
	}{
		{30, 200, 50, 4}, // the grid's 20-row box: 8 rows a block
		{30, 80, 24, 1},
		{3, 200, 50, 1},
	} {
		name := fmt.Sprintf("%d partitions at %dx%d", tt.n, tt.w, tt.h)
		a := realApp(t, wideTopicStore(tt.n), tt.w, tt.h)
		do(a, "8", "enter")
		got := screen(a)
		assertFits(t, got, tt.w, tt.h)
		seen, blocks := map[string]bool{}, 0
		for _, l := range strings.Split(got, "\n") {
			blocks = max(blocks, strings.Count(l, "part leader"))
			for _, m := range partRow.FindAllStringSubmatch(l, -1) {
				seen[m[1]] = true
			}
		}
		if blocks != tt.wantBlocks {
			t.Errorf("%s: %d blocks, want %d:\n%s", name, blocks, tt.wantBlocks, got)
		}
		if tt.wantBlocks > 1 && (len(seen) != tt.n || strings.Contains(got, "more lines below")) {
			t.Errorf("%s: %d of %d partitions on screen:\n%s", name, len(seen), tt.n, got)
		}
	}
}
