package source

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// onePartition reads partition tp from offset with one Fetch to its
// leader (read_committed, no wait, at most maxBytes), the way the tail
// does but outside its loops: the pager's pages and the bench's raw read.
// It returns the records at or after offset, the offset to read next and
// the high watermark; a batch that cannot be read is an error.
func onePartition(ctx context.Context, client *kafka.Client, vs *kversions, tp model.TP, offset, maxBytes int64) (recs []model.Record, next, high int64, err error) {
	req := kmsg.NewPtrFetchRequest()
	req.ReplicaID, req.MinBytes, req.MaxBytes, req.IsolationLevel, req.SessionEpoch = -1, 1, int32(maxBytes), 1, sessionNone
	rt := kmsg.NewFetchRequestTopic()
	rt.Topic = tp.Topic
	rp := kmsg.NewFetchRequestTopicPartition()
	rp.Partition, rp.FetchOffset, rp.PartitionMaxBytes = int32(tp.Partition), offset, int32(maxBytes)
	rt.Partitions = []kmsg.FetchRequestTopicPartition{rp}
	req.Topics = []kmsg.FetchRequestTopic{rt}
	m, err := kcall(ctx, client, vs, req, toLeader(tp.Topic, int32(tp.Partition)), fetchVersionMax)
	if err != nil {
		return nil, offset, -1, err
	}
	resp, _ := m.(*kmsg.FetchResponse)
	if resp == nil || len(resp.Topics) != 1 || len(resp.Topics[0].Partitions) != 1 {
		return nil, offset, -1, fmt.Errorf("fetch %s/%d: the answer does not hold the partition", tp.Topic, tp.Partition)
	}
	if resp.ErrorCode != 0 {
		return nil, offset, -1, kafka.Error(resp.ErrorCode)
	}
	p := resp.Topics[0].Partitions[0]
	if p.ErrorCode != 0 {
		return nil, offset, p.HighWatermark, kafka.Error(p.ErrorCode)
	}
	out, next, err := readCommitted(tp, p.RecordBatches, offset, p.AbortedTransactions)
	return out.recs, next, p.HighWatermark, err
}

// toLeader routes to the leader of one partition in the transport's view
// of the cluster.
func toLeader(topic string, partition int32) func(protocol.Cluster) (protocol.Broker, error) {
	return func(c protocol.Cluster) (protocol.Broker, error) {
		if pt, ok := c.Topics[topic].Partitions[partition]; ok {
			return brokerOf(c, pt.Leader)
		}
		return protocol.Broker{}, fmt.Errorf("no leader known for %s/%d", topic, partition)
	}
}
