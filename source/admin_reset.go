package source

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// An offset reset in two steps, so the UI can show a preview between
// them: PlanReset reads (committed offsets, watermarks, the offset at a
// time) and ApplyReset writes, then reads back.

// leaders maps each partition of the topics to its leader (Metadata,
// without auto-creation).
func (a *Admin) leaders(ctx context.Context, topics []string) (map[model.TP]int32, error) {
	req := kmsg.NewPtrMetadataRequest()
	for _, t := range topics {
		rt := kmsg.NewMetadataRequestTopic()
		rt.Topic = kmsg.StringPtr(t)
		req.Topics = append(req.Topics, rt)
	}
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return nil, err
	}
	out := map[model.TP]int32{}
	for _, t := range m.(*kmsg.MetadataResponse).Topics {
		name := ""
		if t.Topic != nil {
			name = *t.Topic
		}
		if err := codeErr(t.ErrorCode, nil); err != nil {
			return nil, fmt.Errorf("topic %s: %w", name, err)
		}
		for _, p := range t.Partitions {
			out[model.TP{Topic: name, Partition: int(p.Partition)}] = p.Leader
		}
	}
	return out, nil
}

// listOffsets asks each partition's leader for the offset at ts
// (kafka.FirstOffset, kafka.LastOffset or a time in Unix milliseconds).
func (a *Admin) listOffsets(ctx context.Context, lead map[model.TP]int32, ts int64) (map[model.TP]int64, error) {
	byLeader := map[int32]*kmsg.ListOffsetsRequest{}
	for tp, l := range lead {
		req := byLeader[l]
		if req == nil {
			req = kmsg.NewPtrListOffsetsRequest()
			req.ReplicaID = -1
			byLeader[l] = req
		}
		i := sort.Search(len(req.Topics), func(i int) bool { return req.Topics[i].Topic >= tp.Topic })
		if i == len(req.Topics) || req.Topics[i].Topic != tp.Topic {
			rt := kmsg.NewListOffsetsRequestTopic()
			rt.Topic = tp.Topic
			req.Topics = append(req.Topics[:i], append([]kmsg.ListOffsetsRequestTopic{rt}, req.Topics[i:]...)...)
		}
		rp := kmsg.NewListOffsetsRequestTopicPartition()
		rp.Partition, rp.Timestamp, rp.CurrentLeaderEpoch = int32(tp.Partition), ts, -1
		req.Topics[i].Partitions = append(req.Topics[i].Partitions, rp)
	}
	out := map[model.TP]int64{}
	for l, req := range byLeader {
		m, err := a.call(ctx, req, "", l)
		if err != nil {
			return nil, err
		}
		for _, t := range m.(*kmsg.ListOffsetsResponse).Topics {
			for _, p := range t.Partitions {
				if err := codeErr(p.ErrorCode, nil); err != nil {
					return nil, fmt.Errorf("list offsets %s/%d: %w", t.Topic, p.Partition, err)
				}
				out[model.TP{Topic: t.Topic, Partition: int(p.Partition)}] = p.Offset
			}
		}
	}
	return out, nil
}

// PlanReset works out a reset without writing anything: for every
// partition in scope (those the group committed on; for a topic or a
// partition, every partition there) the current offset, the watermarks
// and the new offset. On every topic, the partitions of those topics
// without a commit go to plan.NotCommitted, left alone. A shift moves
// committed offsets only: partitions in
// scope without a commit go to plan.Skipped, and a plan with nothing
// committed to shift is an error. It refuses a group with members in words.
func (a *Admin) PlanReset(ctx context.Context, group, typ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	plan := model.ResetPlan{Group: group, Scope: scope, Target: target}
	if typ == "share" {
		return plan, errors.New("share groups keep start offsets, not commits: reset them with kafka-share-groups.sh (AlterShareGroupOffsets)")
	}
	if err := a.refuseActive(ctx, group, typ, "resets a group's offsets"); err != nil {
		return plan, err
	}
	cur, err := a.Committed(ctx, group)
	if err != nil {
		return plan, fmt.Errorf("read committed offsets: %w", err)
	}
	topics := map[string]bool{}
	if scope.Topic != "" {
		topics[scope.Topic] = true
	}
	for tp := range cur {
		if scope.Includes(tp) {
			topics[tp.Topic] = true
		}
	}
	if len(topics) == 0 {
		return plan, fmt.Errorf("%s has no committed offsets: name a topic to reset it on", group)
	}
	names := make([]string, 0, len(topics))
	for t := range topics {
		names = append(names, t)
	}
	sort.Strings(names)
	all, err := a.leaders(ctx, names)
	if err != nil {
		return plan, err
	}
	lead := map[model.TP]int32{}
	notCommitted := map[model.TP]int32{} // on every topic: said, left alone
	inScope := 0
	for tp, l := range all {
		_, committed := cur[tp]
		if !scope.Includes(tp) {
			continue
		}
		if !committed && scope.Topic == "" {
			notCommitted[tp] = l
			continue
		}
		inScope++
		if !committed && target.Kind == model.ResetShift {
			plan.Skipped = append(plan.Skipped, tp)
			continue
		}
		lead[tp] = l
	}
	sort.Slice(plan.Skipped, func(i, j int) bool { return model.CompareTP(plan.Skipped[i], plan.Skipped[j]) < 0 })
	if inScope == 0 {
		return plan, fmt.Errorf("%s has no partition %d", scope.Topic, scope.Partition)
	}
	if len(lead) == 0 {
		return plan, fmt.Errorf("%s has no committed offset on %s: a shift moves committed offsets; use earliest, latest, a time or an offset", group, scope)
	}
	asked := lead // the watermarks of the partitions not committed too: an empty log has nothing to lag
	if len(notCommitted) > 0 {
		asked = make(map[model.TP]int32, len(lead)+len(notCommitted))
		maps.Copy(asked, lead)
		maps.Copy(asked, notCommitted)
	}
	lows, err := a.listOffsets(ctx, asked, kafka.FirstOffset)
	if err != nil {
		return plan, err
	}
	highs, err := a.listOffsets(ctx, asked, kafka.LastOffset)
	if err != nil {
		return plan, err
	}
	for tp := range notCommitted {
		if highs[tp] > lows[tp] {
			plan.NotCommitted = append(plan.NotCommitted, tp)
		}
	}
	sort.Slice(plan.NotCommitted, func(i, j int) bool { return model.CompareTP(plan.NotCommitted[i], plan.NotCommitted[j]) < 0 })
	var atTime map[model.TP]int64
	if target.Kind == model.ResetTime {
		if atTime, err = a.listOffsets(ctx, lead, target.At.UnixMilli()); err != nil {
			return plan, err
		}
	}
	for tp := range lead {
		c, ok := cur[tp]
		if !ok {
			c = -1
		}
		t, ok := atTime[tp]
		if !ok {
			t = -1
		}
		row := model.ResetRow{TP: tp, Current: c, Low: lows[tp], High: highs[tp]}
		row.New, row.Clamped = model.NewOffset(target, c, row.Low, row.High, t)
		plan.Rows = append(plan.Rows, row)
	}
	sort.Slice(plan.Rows, func(i, j int) bool { return model.CompareTP(plan.Rows[i].TP, plan.Rows[j].TP) < 0 })
	return plan, nil
}

// ApplyReset commits the plan's offsets as an admin client would
// (generation -1, no member: Kafka takes that only from an empty group,
// so it checks for members again first), then reads the offsets back and
// reports any partition where the group's offset is not what was written:
// a consumer that joined in between would overwrite a reset silently.
func (a *Admin) ApplyReset(ctx context.Context, plan model.ResetPlan, typ string) error {
	if err := a.refuseActive(ctx, plan.Group, typ, "resets a group's offsets"); err != nil {
		return err
	}
	req := kmsg.NewPtrOffsetCommitRequest()
	req.Group, req.Generation = plan.Group, -1
	at := plan.At
	if at.IsZero() {
		at = time.Now()
	}
	mark := model.ResetMark(plan.Target, at) // other consoles read a reset by it, and when (model/reset_mark.go)
	byTopic := map[string]int{}
	for _, r := range plan.Rows {
		i := topicSlot(&req.Topics, byTopic, r.Topic, func() kmsg.OffsetCommitRequestTopic {
			rt := kmsg.NewOffsetCommitRequestTopic()
			rt.Topic = r.Topic
			return rt
		})
		rp := kmsg.NewOffsetCommitRequestTopicPartition()
		rp.Partition, rp.Offset, rp.LeaderEpoch = int32(r.Partition), r.New, -1
		rp.Metadata = &mark
		req.Topics[i].Partitions = append(req.Topics[i].Partitions, rp)
	}
	m, err := a.call(ctx, req, plan.Group, 0)
	if err != nil {
		return fmt.Errorf("commit offsets: %w", err)
	}
	for _, t := range m.(*kmsg.OffsetCommitResponse).Topics {
		for _, p := range t.Partitions {
			if err := codeErr(p.ErrorCode, nil); err != nil {
				return fmt.Errorf("commit %s/%d: %w", t.Topic, p.Partition, err)
			}
		}
	}
	back, err := a.Committed(ctx, plan.Group)
	if err != nil {
		return fmt.Errorf("offsets written, but reading them back failed: %w", err)
	}
	var wrong []string
	for _, r := range plan.Rows {
		if got, ok := back[r.TP]; !ok || got != r.New {
			wrong = append(wrong, fmt.Sprintf("%s/%d is %d, not %d", r.Topic, r.Partition, got, r.New))
		}
	}
	if len(wrong) > 0 {
		return fmt.Errorf("the reset did not hold (read back: %s): did a consumer join and commit?", strings.Join(wrong, ", "))
	}
	return nil
}

// topicSlot is the index of a topic's entry in a request's topic list,
// appending the one mk makes when the topic has none yet; at remembers
// the indexes.
func topicSlot[T any](list *[]T, at map[string]int, topic string, mk func() T) int {
	if i, ok := at[topic]; ok {
		return i
	}
	*list = append(*list, mk())
	at[topic] = len(*list) - 1
	return len(*list) - 1
}
