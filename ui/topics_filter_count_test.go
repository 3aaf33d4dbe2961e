package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// TestTopicsFilterCountsOfAll: under a filter Topics counts `N of M
// topics`, as Groups and Partitions do, never `0 topics`, which read as a
// cluster without topics (ut34b-15).
func TestTopicsFilterCountsOfAll(t *testing.T) {
	for _, tt := range []struct{ filter, want string }{
		{"fraud", "0 of 5 topics"},
		{"eu-west", "1 of 5 topics"},
		{"", "5 topics"},
	} {
		a := testApp(t, 120, 30)
		writer(a.c).Update(func(st *model.State) {
			for i, n := range []string{"audit", "orders", "payments.eu-west.v2", "payments.us-east.v2", "profiles"} {
				st.TopicStats = append(st.TopicStats, model.TopicStat{Name: n, Partitions: 1, Replication: 1, Records: int64(i)})
				st.Partitions = append(st.Partitions, model.PartitionStat{Topic: n, Partition: 0, High: int64(i)})
				st.Topics = append(st.Topics, n)
			}
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "8", "z")
		if tt.filter != "" {
			do(a, "/")
			typeText(a, tt.filter)
			do(a, "enter")
		}
		border := ""
		for _, l := range strings.Split(screen(a), "\n") {
			if strings.Contains(l, "8 Topics") {
				border = l
			}
		}
		if !strings.Contains(border, tt.want) {
			t.Errorf("filter %q: border %q, want %q", tt.filter, border, tt.want)
		}
		if strings.Contains(border, fmt.Sprintf("─ %s", "0 topics")) {
			t.Errorf("filter %q: border says 0 topics: %q", tt.filter, border)
		}
	}
}

// TestResetChangesSayNoneForNoCommit: a partition the group had not
// committed on reads `none→274`, not `-→274`, which read as a shift
// (ut34b-20).
func TestResetChangesSayNoneForNoCommit(t *testing.T) {
	p := model.ResetPlan{Group: "g", Rows: []model.ResetRow{
		{TP: model.TP{Topic: "orders", Partition: 0}, Current: -1, New: 274},
		{TP: model.TP{Topic: "orders", Partition: 1}, Current: 105, New: 199},
	}}
	got := resetChanges(p, 10)
	if !strings.Contains(got, "orders/0 none→274 /1 105→199") {
		t.Errorf("resetChanges = %q", got)
	}
}
