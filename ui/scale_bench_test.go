package ui

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// scaleStore holds a poll of 10,000 partitions (500 topics x 20) and
// 2,000 groups, each reading every partition of one topic.
func scaleStore() *model.Store {
	var parts []model.PartitionStat
	highs := map[model.TP]int64{}
	for t := range 500 {
		for p := range 20 {
			tp := model.TP{Topic: fmt.Sprintf("topic-%04d", t), Partition: p}
			parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: p, High: 1000})
			highs[tp] = 1000
		}
	}
	var groups []model.GroupStat
	var committed []model.Committed
	for g := range 2000 {
		topic := fmt.Sprintf("topic-%04d", g%500)
		m := model.MemberStat{ID: "m", ClientID: "c", Host: "/h"}
		offs := map[model.TP]int64{}
		for p := range 20 {
			m.Assigned = append(m.Assigned, model.TP{Topic: topic, Partition: p})
			offs[model.TP{Topic: topic, Partition: p}] = int64(900 + g%100)
		}
		id := fmt.Sprintf("group-%05d", g)
		groups = append(groups, model.GroupStat{ID: id, State: "Stable", Members: 1, Detail: []model.MemberStat{m}})
		committed = append(committed, model.Committed{Group: id, Offsets: offs})
	}
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Lag = model.NewLags(model.DefaultLagConfig())
		for i := range 3 {
			st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, highs, groups, committed)
		}
		st.Partitions, st.Groups, st.Link = parts, groups, model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Configs = map[string]model.TopicConfig{}
		for t := range 500 {
			name := fmt.Sprintf("topic-%04d", t)
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 20, Replication: 3})
			st.Topics = append(st.Topics, name)
			st.Configs[name] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete", Source: "default", Default: true}}}
		}
		model.SumTopics(st.TopicStats, parts)
		st.TopicRates = model.NewTopicRates()
		st.TopicRates.Observe(fixedNow, st.TopicStats)
	})
	return s
}

// BenchmarkFrameAtScale is one redraw after a store change with 10,000
// partitions and 2,000 groups: the panes page, so a frame costs what is
// on screen plus one pass over the rows, not a rendering of everything.
func BenchmarkFrameAtScale(b *testing.B) {
	for _, keys := range [][]string{nil, {"4", "z"}, {"5", "z"}, {"5", "z", "enter"}, {"8", "z"}, {"8", "z", "enter"}} {
		b.Run(fmt.Sprint(keys), func(b *testing.B) {
			c := &Common{Ctx: context.Background(), Store: scaleStore(), Now: func() time.Time { return fixedNow }}
			a := New(c)
			a.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
			for _, k := range keys {
				a.Update(keyPress(k))
			}
			v := c.Store.Version()
			for b.Loop() {
				v++
				a.Update(changedMsg{version: v}) // a store change: the frame is drawn again
				_ = a.View()
			}
		})
	}
}
