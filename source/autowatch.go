package source

import (
	"cmp"
	"slices"
	"time"

	"github.com/washboard/washboard/model"
)

// autoWatched picks the topics the tail reads on a cluster that has none
// of the watched topics (a cluster that is not the seed demo's, without
// --topic): the AutoWatch busiest non-internal topics, by produce rate,
// then records, so the Log shows what is there. The choice is kept
// between picks so readers do not come and go with every change of rate;
// it is made again when a topic is created or deleted (a topic recreated
// with records shows) and every autoRepick; it is dropped as soon as a
// watched topic exists.
func (p *Poller) autoWatched(topics []model.TopicStat, now time.Time) []string {
	if p.AutoWatch <= 0 || p.Watch.All {
		p.auto, p.autoTopics = nil, nil
		return nil
	}
	exists := make(map[string]bool, len(topics))
	names := make([]string, 0, len(topics))
	for _, t := range topics {
		if t.Err == "" {
			exists[t.Name] = true
			names = append(names, t.Name)
		}
	}
	slices.Sort(names)
	changed := !slices.Equal(names, p.autoTopics)
	p.autoTopics = names
	for _, t := range p.Watch.Topics {
		if exists[t] {
			p.auto = nil
			return nil
		}
	}
	kept := p.auto[:0:0]
	for _, t := range p.auto {
		if exists[t] {
			kept = append(kept, t)
		}
	}
	if len(kept) == len(p.auto) && len(kept) > 0 && !changed && now.Sub(p.autoAt) < autoRepick {
		return p.auto
	}
	p.autoAt = now
	cands := make([]model.TopicStat, 0, len(topics))
	for _, t := range topics {
		if !t.Internal && t.Err == "" && t.Partitions > 0 {
			cands = append(cands, t)
		}
	}
	slices.SortFunc(cands, func(a, b model.TopicStat) int {
		return cmp.Or(cmp.Compare(b.Rate, a.Rate), cmp.Compare(b.Records, a.Records), model.NaturalCompare(a.Name, b.Name))
	})
	p.auto = nil
	for _, t := range cands[:min(len(cands), p.AutoWatch)] {
		p.auto = append(p.auto, t.Name)
	}
	return p.auto
}

// autoRepick is how often the auto-watched topics are picked again while
// the cluster's topics stay the same: the busiest of an hour ago may be
// idle now.
const autoRepick = time.Minute

// tailed is the partitions the tail reads: the watched topics', or the
// auto-watched ones'.
func (p *Poller) tailed(parts []model.PartitionStat, auto []string) []model.PartitionStat {
	if len(auto) == 0 {
		return p.watched(parts)
	}
	out := make([]model.PartitionStat, 0, len(parts))
	for _, ps := range parts {
		if slices.Contains(auto, ps.Topic) {
			out = append(out, ps)
		}
	}
	return out
}
