package source

import (
	"context"
	"fmt"

	"github.com/twmb/franz-go/pkg/kmsg"
)

// DeleteGroup deletes a group with no members (DeleteGroups).
func (a *Admin) DeleteGroup(ctx context.Context, group, typ string) error {
	if err := a.refuseActive(ctx, group, typ, "deletes a group"); err != nil {
		return err
	}
	req := kmsg.NewPtrDeleteGroupsRequest()
	req.Groups = []string{group}
	m, err := a.call(ctx, req, group, 0)
	if err != nil {
		return err
	}
	for _, g := range m.(*kmsg.DeleteGroupsResponse).Groups {
		if err := codeErr(g.ErrorCode, nil); err != nil {
			return fmt.Errorf("delete %s: %w", group, err)
		}
	}
	return nil
}

// DeleteOffsets deletes a group's committed offsets on one topic
// (OffsetDelete). Kafka refuses it for a topic the group's members are
// subscribed to; the error says so.
func (a *Admin) DeleteOffsets(ctx context.Context, group, topic string) (int, error) {
	cur, err := a.Committed(ctx, group)
	if err != nil {
		return 0, fmt.Errorf("read committed offsets: %w", err)
	}
	req := kmsg.NewPtrOffsetDeleteRequest()
	req.Group = group
	rt := kmsg.NewOffsetDeleteRequestTopic()
	rt.Topic = topic
	for tp := range cur {
		if tp.Topic == topic {
			rp := kmsg.NewOffsetDeleteRequestTopicPartition()
			rp.Partition = int32(tp.Partition)
			rt.Partitions = append(rt.Partitions, rp)
		}
	}
	if len(rt.Partitions) == 0 {
		return 0, fmt.Errorf("%s has no committed offsets on %s", group, topic)
	}
	req.Topics = append(req.Topics, rt)
	m, err := a.call(ctx, req, group, 0)
	if err != nil {
		return 0, err
	}
	res := m.(*kmsg.OffsetDeleteResponse)
	if err := codeErr(res.ErrorCode, nil); err != nil {
		return 0, fmt.Errorf("delete offsets of %s: %w", group, err)
	}
	for _, t := range res.Topics {
		for _, p := range t.Partitions {
			if err := codeErr(p.ErrorCode, nil); err != nil {
				return 0, fmt.Errorf("delete offsets %s/%d: %w", t.Topic, p.Partition, err)
			}
		}
	}
	return len(rt.Partitions), nil
}
