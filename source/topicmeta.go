package source

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// kafka-go speaks Metadata up to v8, which has no topic ids, and answers
// it from a cache it refreshes every MetadataTTL (10 s). The tailed
// topics' metadata is read afresh here instead, through kmsg (raw.go):
// their topic ids (v10+), so a topic deleted and recreated under the same
// name is told apart from the old one however quickly it was refilled,
// and their leaders as they are now.

// topicMetaVersion is the Metadata version asked for: v10 brought topic
// ids; v12 is the last before v13's top-level error.
const topicMetaVersion = 12

// topicMeta is one topic as a fresh Metadata answer has it.
type topicMeta struct {
	id      [16]byte    // zero before Metadata v10
	gone    bool        // UNKNOWN_TOPIC_OR_PARTITION: no such topic any more
	err     string      // another topic-level error, in words
	leaders map[int]int // partition -> leader broker (-1: none)
}

// readTopicMeta reads the named topics' Metadata, never creating one,
// from the broker route picks. An empty list reads nothing (an empty
// Metadata request would mean every topic).
func readTopicMeta(ctx context.Context, client *kafka.Client, vs *kversions, topics []string, route func(protocol.Cluster) (protocol.Broker, error)) (map[string]topicMeta, error) {
	if len(topics) == 0 {
		return nil, nil
	}
	req := kmsg.NewPtrMetadataRequest()
	req.AllowAutoTopicCreation = false
	for _, t := range topics {
		rt := kmsg.NewMetadataRequestTopic()
		rt.Topic = kmsg.StringPtr(t)
		req.Topics = append(req.Topics, rt)
	}
	m, err := kcall(ctx, client, vs, req, route, topicMetaVersion)
	if err != nil {
		return nil, err
	}
	resp, ok := m.(*kmsg.MetadataResponse)
	if !ok {
		return nil, fmt.Errorf("metadata: unexpected answer %T", m)
	}
	out := make(map[string]topicMeta, len(resp.Topics))
	for _, rt := range resp.Topics {
		if rt.Topic == nil {
			continue
		}
		tm := topicMeta{id: rt.TopicID}
		switch rt.ErrorCode {
		case 0:
			tm.leaders = make(map[int]int, len(rt.Partitions))
			for _, p := range rt.Partitions {
				tm.leaders[int(p.Partition)] = int(p.Leader)
			}
		case kerr.UnknownTopicOrPartition.Code:
			tm.gone = true
		default:
			tm.err = errWords(rt.ErrorCode)
		}
		out[*rt.Topic] = tm
	}
	return out, nil
}

// Above freshenAll tailed partitions, the tailed topics' metadata is read
// every freshenEvery instead of every poll: its answer grows with the
// partitions (a tenth of a megabyte per thousand), and the tail asks for
// itself whenever a fetch finds a leader moved or a topic gone.
const (
	freshenAll   = 2000
	freshenEvery = 5 * time.Second
)

// freshen reads the tailed topics' Metadata afresh, one request a poll
// (freshenAll), and returns the tailed partitions with their topic ids and
// their leaders as they are now (kafka-go's cache may be 10 s old: the
// tail would fetch from a leader that moved). Partitions of a topic the
// answer says is gone are left out: the tail then says it was deleted.
// When the request fails or is not due, the partitions are returned as
// they were (a zero TopicID: unknown, not changed).
func (p *Poller) freshen(ctx context.Context, tailed []model.PartitionStat, now time.Time) []model.PartitionStat {
	if len(tailed) > freshenAll && now.Sub(p.freshAt) < freshenEvery {
		return tailed
	}
	p.freshAt = now
	var topics []string
	seen := map[string]bool{}
	for _, ps := range tailed {
		if !seen[ps.Topic] {
			seen[ps.Topic] = true
			topics = append(topics, ps.Topic)
		}
	}
	if len(topics) == 0 {
		return tailed
	}
	p.count(1)
	meta, err := readTopicMeta(ctx, p.Client, &p.topicVersions, topics, toAnyBroker)
	if err != nil {
		if p.Log != nil {
			p.Log.Debug("tailed topics' metadata", "err", err)
		}
		return tailed
	}
	for t, tm := range meta {
		p.noteTopicID(t, tm.id) // recreated: its configs are read again (configs_replaced.go)
	}
	out := tailed[:0]
	for _, ps := range tailed {
		tm, ok := meta[ps.Topic]
		switch {
		case !ok || tm.err != "":
		case tm.gone:
			continue
		default:
			ps.TopicID = tm.id
			if l, ok := tm.leaders[ps.Partition]; ok && l >= 0 {
				ps.Leader = l
			}
		}
		out = append(out, ps)
	}
	return out
}
