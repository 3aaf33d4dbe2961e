package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut43b-1/4/8's cluster: only the tester's topics, names of many lengths,
// made one after another (one every 40 s) while the console watches.
var streamTopicNames = []string{"orders", "payments.v2", "customer-events-eu-west-1", "fx", "inventory",
	"shipping-notifications", "settlement.payments.reconciliation-events.eu-west-1.v3", "audit"}

// streamTopics runs polls polls, one a trend bucket apart, of a cluster
// whose topics appear one every 4 polls, each producing at its own
// rate, in an app of w x h (8 focused, zoomed where asked), and calls
// each with every frame's screen.
func streamTopics(t *testing.T, w, h, polls int, zoom bool, each func(poll int, got string)) {
	t.Helper()
	now := fixedNow
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	rates := model.NewTopicRates()
	var topics []model.TopicStat
	for poll := range polls {
		now = fixedNow.Add(time.Duration(poll) * model.TrendBucket)
		if poll%4 == 0 && poll/4 < len(streamTopicNames) {
			topics = append(topics, model.TopicStat{Name: streamTopicNames[poll/4], Partitions: 3, Replication: 3})
		}
		var parts []model.PartitionStat
		for i := range topics {
			topics[i].Produced += int64(10 * (i + 1))
			parts = append(parts, model.PartitionStat{Topic: topics[i].Name, Leader: 1, High: topics[i].Produced, Replicas: []int{1}, ISR: []int{1}})
		}
		rates.Observe(now, topics)
		ts := append([]model.TopicStat(nil), topics...)
		model.SumTopics(ts, parts)
		for i := range ts {
			ts[i].Rate = float64(i + 1)
		}
		s.Update(func(st *model.State) {
			st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: now, AnsweredAt: now}
			st.Partitions, st.TopicStats, st.Topics = parts, ts, nil
			st.Configs = map[string]model.TopicConfig{}
			for _, t := range ts {
				st.Topics = append(st.Topics, t.Name)
				st.Configs[t.Name] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: "604800000"}}}
			}
			st.Cluster = model.ClusterInfo{ID: "own", Kafka: "at least v3.9", Controller: 1,
				Brokers: []model.BrokerStat{{ID: 1, Host: "k1", Port: 9092}, {ID: 2, Host: "k2", Port: 9092}, {ID: 3, Host: "k3", Port: 9092}}}
			st.Lag = model.NewLags(model.LagConfig{})
			st.TopicRates = rates
		})
		if poll == 0 {
			press(a, "8")
			if zoom {
				press(a, "z")
			}
		}
		each(poll, screen(a))
	}
}

// topicsHeadAndRows is the Topics box's heading row and the rows under
// it, cut at the box's edges.
func topicsHeadAndRows(t *testing.T, got string) (head string, rows []string) {
	t.Helper()
	box := boxRows(t, got, "8 Topics")
	for i, l := range box {
		if strings.Contains(l, "topic▼") {
			for _, r := range box[i+1:] {
				if strings.TrimSpace(r) != "" {
					rows = append(rows, r)
				}
			}
			return l, rows
		}
	}
	return "", nil
}

// ut43b-1/4/8: at 80x24, once a 6th topic came, Topics cut names beside
// blank cells (`hlth` over `OK`: two blank cells on every row). Topics
// appear one by one; on no frame is a name cut while the last column's
// heading is wider than everything under it.
func TestTopicsStreamNoCutBesideBlankHeading(t *testing.T) {
	for _, tt := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {80, 24, false}, {100, 30, true}, {200, 50, false}} {
		cuts := 0
		streamTopics(t, tt.w, tt.h, 40, tt.zoom, func(poll int, got string) {
			head, rows := topicsHeadAndRows(t, got)
			if head == "" {
				return
			}
			heads := strings.Fields(head)
			last, widest := heads[len(heads)-1], 0
			cut := false
			for _, r := range rows {
				f := strings.Fields(r)
				widest = max(widest, len([]rune(f[len(f)-1])))
				cut = cut || strings.Contains(r, "…")
			}
			if !cut {
				return
			}
			cuts++
			if len([]rune(last)) > widest {
				t.Errorf("%dx%d zoom %v poll %d: a name cut while %q heads a column of %d cells at most:\n%s", tt.w, tt.h, tt.zoom, poll, last, widest, got)
			}
		})
		if tt.w == 80 && tt.zoom && cuts == 0 {
			t.Errorf("80x24 zoomed: no frame cut a name: the stream tests nothing")
		}
	}
}

// ut43b-8: at 200x50 a young trend drew its few buckets at the right of
// a 60-cell column, the 40 cells before them blank with nothing saying
// why. The heading over them says they fill as polls come, and to what
// span; it says the span drawn, as before, once the history fills the
// column.
func TestTopicsStreamYoungTrendSaysItFills(t *testing.T) {
	streamTopics(t, 200, 50, 70, false, func(poll int, got string) {
		head, _ := topicsHeadAndRows(t, got)
		if poll < 1 || head == "" {
			return
		}
		drawn := shortDur(model.TrendBucket * time.Duration(min(poll, model.TrendBuckets)))
		want := fmt.Sprintf("trend %s, fills to 10m as polls come", drawn)
		if poll >= model.TrendBuckets {
			want = "trend 10m "
		}
		if !strings.Contains(head, want) {
			t.Errorf("poll %d: heading without %q: %q", poll, want, head)
		}
	})
}
