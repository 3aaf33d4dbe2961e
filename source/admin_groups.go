package source

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

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
	if err := partitionsRefused(topic, res.Topics); err != nil {
		return 0, err
	}
	return len(rt.Partitions), nil
}

// partitionsRefused is the refusal of an OffsetDelete in one sentence
// per error: the topic and every partition refused with it, `delete
// offsets on orders (partitions 0 1 2 3 4 5): GROUP_SUBSCRIBED_TO_TOPIC:
// …`, not the first partition's alone (ut34b-12: it named /3 of 6, none
// of which was deleted); nil when none was refused.
func partitionsRefused(topic string, topics []kmsg.OffsetDeleteResponseTopic) error {
	byCode := map[int16][]int{}
	var codes []int16
	for _, t := range topics {
		for _, p := range t.Partitions {
			if p.ErrorCode == 0 {
				continue
			}
			if _, ok := byCode[p.ErrorCode]; !ok {
				codes = append(codes, p.ErrorCode)
			}
			byCode[p.ErrorCode] = append(byCode[p.ErrorCode], int(p.Partition))
		}
	}
	var errs []error
	for _, code := range codes {
		parts := byCode[code]
		slices.Sort(parts)
		nums := make([]string, len(parts))
		for i, p := range parts {
			nums[i] = strconv.Itoa(p)
		}
		errs = append(errs, fmt.Errorf("delete offsets on %s (%s %s): %w", topic, map[bool]string{true: "partition", false: "partitions"}[len(parts) == 1], strings.Join(nums, " "), codeErr(code, nil)))
	}
	return errors.Join(errs...)
}
