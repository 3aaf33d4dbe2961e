package source

import "github.com/washboard/washboard/model"

// A topic deleted and recreated under the same name (or a whole cluster
// replaced: a broker restarted empty, its topics made again with Kafka's
// defaults) has new configs, which the ten-minute schedule would show
// only minutes later (ut21a X-2: retention.ms 90m still shown for a topic
// now at 7d). The poller re-reads a topic's configs at once when it sees
// the topic replaced:
//   - its topic id changed (the tailed topics' Metadata v10+, freshen);
//   - the cluster id changed (every topic);
//   - a partition's high watermark fell below the last poll's, or its
//     partition count fell: Kafka never does either to a live topic
//     (an unclean leader election can cut a high watermark back: then
//     the configs are read once more for nothing).

// replacedSeen is what the last poll saw, to tell a topic replaced.
type replacedSeen struct {
	cluster string
	highs   map[model.TP]int64 // the last poll's high watermarks (its map, not copied)
	parts   map[string]int     // partitions per topic
	ids     map[string][16]byte
}

// noteReplaced marks for a configs re-read (staleConfigs) the topics this
// poll finds replaced since the last one, and keeps what it saw. It runs
// in the poll, before readConfigs.
func (p *Poller) noteReplaced(cluster string, topics []model.TopicStat, highs map[model.TP]int64) {
	s := &p.replaced
	if s.cluster != "" && cluster != "" && cluster != s.cluster {
		for _, t := range topics {
			p.staleConfigs.add(t.Name)
		}
	} else if s.highs != nil {
		for tp, h := range highs {
			if was, ok := s.highs[tp]; ok && h < was {
				p.staleConfigs.add(tp.Topic)
			}
		}
		for _, t := range topics {
			if was, ok := s.parts[t.Name]; ok && t.Partitions < was {
				p.staleConfigs.add(t.Name)
			}
		}
	}
	if cluster != "" {
		s.cluster = cluster
	}
	s.highs = highs
	parts := make(map[string]int, len(topics))
	for _, t := range topics {
		parts[t.Name] = t.Partitions
	}
	s.parts = parts
}

// noteTopicID marks the topic's configs for a re-read when its topic id
// changed since it was last seen (freshen: the tailed topics). A zero id
// (Metadata before v10) says nothing.
func (p *Poller) noteTopicID(topic string, id [16]byte) {
	if id == [16]byte{} {
		return
	}
	s := &p.replaced
	if s.ids == nil {
		s.ids = map[string][16]byte{}
	}
	if was, ok := s.ids[topic]; ok && was != id {
		p.staleConfigs.add(topic)
	}
	s.ids[topic] = id
}
