package ui

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

// sideGroupFeed is one group of sideCluster: its topic and partitions, live
// (a member, kcat's rdkafka, reading them) or stopped.
type sideGroupFeed struct {
	id, topic string
	n         int
	live      bool
}

// sideCluster feeds polls to a store, 12 s apart: every partition gains 8
// records a poll, a live group commits at the high watermark (or up to
// 108 behind in a burst), a stopped group stopped committing 3 minutes
// before its first screen. ut31 Y3's and ut32b Zb10's clusters are two
// sets of its groups (ut31SideGroups, zb10Groups).
type sideCluster struct {
	store  *model.Store
	k      int
	high   map[model.TP]int64
	stop   map[string]map[model.TP]int64 // the stopped groups' commits
	groups []sideGroupFeed
}

func newSideCluster(groups []sideGroupFeed) *sideCluster {
	c := &sideCluster{store: model.NewStore(nil, model.DefaultLimits()), high: map[model.TP]int64{}, stop: map[string]map[model.TP]int64{}, groups: groups}
	c.store.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: time.Millisecond, PollRequests: 4}
		st.Lag = model.NewLags(model.LagConfig{History: 60, Window: 3, StopAfter: 2 * time.Minute})
	})
	for _, g := range c.groups {
		for p := range g.n {
			c.high[model.TP{Topic: g.topic, Partition: p}] = int64(9 + 2*p)
		}
	}
	for k := range 20 { // four minutes: the stopped groups committed 3 minutes ago
		if k == 5 {
			for _, g := range c.groups {
				if g.live {
					continue
				}
				c.stop[g.id] = map[model.TP]int64{}
				for p := range g.n {
					tp := model.TP{Topic: g.topic, Partition: p}
					c.stop[g.id][tp] = c.high[tp]
				}
			}
		}
		c.poll(false)
	}
	return c
}

// poll folds one poll, with or without a burst the live groups are behind.
func (c *sideCluster) poll(burst bool) {
	at := fixedNow.Add(time.Duration(c.k-40) * 12 * time.Second)
	c.k++
	var parts []model.PartitionStat
	for tp := range c.high {
		c.high[tp] += 8
		parts = append(parts, model.PartitionStat{Topic: tp.Topic, Partition: tp.Partition, High: c.high[tp]})
	}
	slices.SortFunc(parts, func(x, y model.PartitionStat) int { // as a poll lists them, not in a map's order
		return cmp.Or(strings.Compare(x.Topic, y.Topic), cmp.Compare(x.Partition, y.Partition))
	})
	var stats []model.GroupStat
	var committed []model.Committed
	for i, g := range c.groups {
		if !g.live {
			stats = append(stats, model.GroupStat{ID: g.id, State: "Empty", Protocol: "consumer"})
			if c.stop[g.id] != nil {
				committed = append(committed, model.Committed{Group: g.id, Offsets: c.stop[g.id]})
			}
			continue
		}
		offs := map[model.TP]int64{}
		var reads []model.TP
		for p := range g.n {
			tp := model.TP{Topic: g.topic, Partition: p}
			reads = append(reads, tp)
			offs[tp] = c.high[tp]
			if burst {
				offs[tp] -= int64([]int{108, 35, 0, 72, 11, 5}[p%6])
			}
		}
		stats = append(stats, model.GroupStat{ID: g.id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m" + itoa(i), ClientID: "rdkafka", Host: "127.0.0.1:4" + itoa(1000+i), Assigned: reads}}})
		committed = append(committed, model.Committed{Group: g.id, Offsets: offs})
	}
	highs := map[model.TP]int64{}
	for tp, h := range c.high {
		highs[tp] = h
	}
	c.store.Update(func(st *model.State) {
		st.Lag.Observe(at, parts, highs, stats, committed)
		st.Partitions, st.Groups = parts, stats
	})
}
