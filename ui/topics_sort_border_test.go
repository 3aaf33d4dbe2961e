package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A list sorted by a column the box does not show says the order in its
// border, or shows the column (ut28a U9: `s` to offsets zoomed, then back to the 80x24 grid:
// `│  topic                  rate   health│` under a border `10 topics ·
// 8-8/10`, no ▼ anywhere and no `sort offsets`).
func TestTopicsSortedByAHiddenColumnSaysSoInTheBorder(t *testing.T) {
	a := testApp(t, 80, 24)
	writer(a.c).Update(func(st *model.State) { // ten topics: the border needs its count and position
		for i := range 10 {
			name := fmt.Sprintf("warehouse-inventory-adjustments-stream-%02d", i)
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 1, Replication: 1, Records: int64(1000 * i)})
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: name, Partition: 0, High: int64(1000 * i)})
			st.Topics = append(st.Topics, name)
		}
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "8", "z", "s", "z", "G")
	got := screen(a)
	var border, heading string
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "8 Topics") {
			border = l
		}
		if heading == "" && strings.Contains(l, "topic") && strings.Contains(l, "health") {
			heading = l
		}
	}
	// the box may show the column (its headings short before the trend
	// grows, ut39-6) or not: the order is said either way
	if !strings.Contains(heading, "▼") && !strings.Contains(border, "sort offsets") {
		t.Errorf("sorted by offsets, not shown, and the border does not say so:\n%s", got)
	}
}
