package source

import (
	"context"
	"fmt"
	"sort"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// Populate shapes a test cluster: Groups consumer groups that committed
// offsets, as an operator's cluster has. It is for `washboard broker` and
// benchmarks, never for the console, which does not write.
type Populate struct {
	Conn Conn
	// Groups is how many groups to create ("group-00000", …); each commits
	// offset 0 on every partition of PerGroup topics, taken round-robin
	// from Topics (topic name to partition count).
	Groups   int
	PerGroup int
	Topics   map[string]int32
}

// Run commits the groups' offsets, one OffsetCommit per group outside any
// generation (allowed while a group has no members).
func (p Populate) Run(ctx context.Context) error {
	if p.Groups <= 0 || len(p.Topics) == 0 {
		return nil
	}
	names := make([]string, 0, len(p.Topics))
	for t := range p.Topics {
		names = append(names, t)
	}
	sort.Slice(names, func(i, j int) bool { return model.NaturalLess(names[i], names[j]) })
	c, err := p.Conn.Client()
	if err != nil {
		return err
	}
	per := min(max(p.PerGroup, 1), len(names))
	for g := range p.Groups {
		req := &kafka.OffsetCommitRequest{GroupID: fmt.Sprintf("group-%05d", g), GenerationID: -1, Topics: map[string][]kafka.OffsetCommit{}}
		for k := range per {
			t := names[(g+k)%len(names)]
			for pt := range p.Topics[t] {
				req.Topics[t] = append(req.Topics[t], kafka.OffsetCommit{Partition: int(pt), Offset: 0})
			}
		}
		res, err := c.OffsetCommit(ctx, req)
		if err != nil {
			return fmt.Errorf("commit for %s: %w", req.GroupID, err)
		}
		for t, parts := range res.Topics {
			for _, pt := range parts {
				if pt.Error != nil {
					return fmt.Errorf("commit for %s on %s/%d: %w", req.GroupID, t, pt.Partition, pt.Error)
				}
			}
		}
	}
	return nil
}
