package source

import (
	"context"
	"fmt"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Pager reads records older than the Log holds, on demand (issue 15:
// paging back). It reads with Fetch like the tail: no group, no commit.
type Pager struct {
	Client *kafka.Client
	// MaxBytes bounds one page's payload (default 4 MiB).
	MaxBytes int64
	// Decode, when set, reads a page's schema encoded keys and values
	// (Registry.Decode), as the tail's BeforeFold does.
	Decode func(ctx context.Context, batch []model.Record)

	versions kversions // the Fetch versions the cluster speaks
}

// Older reads up to n records of one partition before offset before,
// oldest first, and the partition's log start offset (its oldest record
// held by the broker): a page that starts there is the first.
func (p *Pager) Older(ctx context.Context, topic string, partition int, before int64, n int) ([]model.Record, int64, error) {
	res, err := p.Client.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{
		topic: {kafka.FirstOffsetOf(partition)}}})
	if err != nil {
		return nil, 0, fmt.Errorf("log start of %s/%d: %w", topic, partition, err)
	}
	var low int64
	for _, po := range res.Topics[topic] {
		if po.Partition == partition {
			if po.Error != nil {
				return nil, 0, fmt.Errorf("log start of %s/%d: %w", topic, partition, po.Error)
			}
			low = po.FirstOffset
		}
	}
	maxBytes := p.MaxBytes
	if maxBytes <= 0 {
		maxBytes = 4 << 20
	}
	from := max(low, before-int64(n))
	k := model.TP{Topic: topic, Partition: partition}
	var out []model.Record
	var size int64
	for off := from; off < before && size < maxBytes; {
		batch, next, _, err := onePartition(ctx, p.Client, &p.versions, k, off, maxBytes)
		for _, r := range batch {
			if r.Offset < before {
				out = append(out, r)
				size += int64(r.MemSize())
			}
		}
		if err != nil {
			return out, low, fmt.Errorf("read %s/%d: %w", topic, partition, err)
		}
		if next <= off { // nothing more (a gap, or compacted away)
			break
		}
		off = next
	}
	if p.Decode != nil && len(out) > 0 {
		p.Decode(ctx, out)
	}
	return out, low, nil
}
