package source

import (
	"context"
	"fmt"
	"time"

	"github.com/segmentio/kafka-go"

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
	t := &Tail{cfg: TailConfig{Client: client, MaxWait: 100 * time.Millisecond, MinBytes: 1, MaxBytes: maxBytes, PartitionMaxBytes: maxBytes}}
	for id, parts := range byLeader {
		for {
			var plan []fetchPart
			for _, p := range parts {
				if pos[p] < end[p] {
					plan = append(plan, fetchPart{ps: &partState{tp: model.TP{Topic: topic, Partition: p}}, from: pos[p]})
				}
			}
			if len(plan) == 0 {
				break
			}
			resp, err := t.send(ctx, id, t.request(&session{off: true}, plan))
			if err != nil {
				return records, bytes, fmt.Errorf("raw read: %w", err)
			}
			for _, rt := range resp.Topics {
				for _, rp := range rt.Partitions {
					if rp.ErrorCode != 0 {
						return records, bytes, fmt.Errorf("raw read %s/%d: %w", topic, rp.Partition, kafka.Error(rp.ErrorCode))
					}
					p := int(rp.Partition)
					read, next, err := readCommitted(model.TP{Topic: topic, Partition: p}, rp.RecordBatches, pos[p], rp.AbortedTransactions)
					if err != nil {
						return records, bytes, fmt.Errorf("raw read %s/%d: %w", topic, p, err)
					}
					records, bytes, pos[p] = records+int64(len(read.recs)), bytes+read.bytes, next
				}
			}
		}
	}
	return records, bytes, nil
}
