package source

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol/fetch"

	"github.com/washboard/washboard/model"
)

// RawRead reads every partition of topic from its log start to its high
// watermark with the tail's own Fetch and record copy, one broker after
// another, and neither decodes nor folds: the baseline `washboard bench
// --catchup` compares the whole pipeline with. It returns the records and
// payload bytes read.
func RawRead(ctx context.Context, client *kafka.Client, topic string, maxBytes int64) (records, bytes int64, err error) {
	meta, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return 0, 0, fmt.Errorf("raw read: %w", err)
	}
	if len(meta.Topics) != 1 || meta.Topics[0].Error != nil {
		return 0, 0, fmt.Errorf("raw read: topic %s not found", topic)
	}
	req := &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{}}
	byLeader := map[int][]int{}
	for _, p := range meta.Topics[0].Partitions {
		req.Topics[topic] = append(req.Topics[topic], kafka.FirstOffsetOf(p.ID), kafka.LastOffsetOf(p.ID))
		byLeader[p.Leader.ID] = append(byLeader[p.Leader.ID], p.ID)
	}
	offs, err := client.ListOffsets(ctx, req)
	if err != nil {
		return 0, 0, fmt.Errorf("raw read: %w", err)
	}
	pos, end := map[int]int64{}, map[int]int64{}
	for _, po := range offs.Topics[topic] {
		if po.Error != nil {
			return 0, 0, fmt.Errorf("raw read %s/%d: %w", topic, po.Partition, po.Error)
		}
		pos[po.Partition], end[po.Partition] = po.FirstOffset, po.LastOffset
	}
	t := &Tail{cfg: TailConfig{Client: client}}
	for _, parts := range byLeader {
		for {
			f := &pinnedFetch{ReplicaID: -1, MaxWaitTime: 100, MinBytes: 1, MaxBytes: int32(maxBytes), IsolationLevel: 1, SessionEpoch: sessionNone}
			rt := fetch.RequestTopic{Topic: topic}
			for _, p := range parts {
				if pos[p] < end[p] {
					rt.Partitions = append(rt.Partitions, fetch.RequestPartition{Partition: int32(p), CurrentLeaderEpoch: -1,
						FetchOffset: pos[p], LogStartOffset: -1, PartitionMaxBytes: int32(maxBytes)})
				}
			}
			if len(rt.Partitions) == 0 {
				break
			}
			f.Topics = []fetch.RequestTopic{rt}
			m, err := t.roundTrip(ctx, f)
			if err != nil {
				return records, bytes, fmt.Errorf("raw read: %w", err)
			}
			resp := m.(*fetch.Response)
			for _, rt := range resp.Topics {
				for _, rp := range rt.Partitions {
					if rp.ErrorCode != 0 {
						return records, bytes, fmt.Errorf("raw read %s/%d: %w", topic, rp.Partition, kafka.Error(rp.ErrorCode))
					}
					p := int(rp.Partition)
					read, err := readBatches(model.TP{Topic: topic, Partition: p}, rp.RecordSet, pos[p], rp.AbortedTransactions, false)
					if err != nil {
						return records, bytes, fmt.Errorf("raw read %s/%d: %w", topic, p, err)
					}
					records, bytes, pos[p] = records+int64(len(read.recs)), bytes+read.bytes, read.next
				}
			}
		}
	}
	return records, bytes, nil
}
