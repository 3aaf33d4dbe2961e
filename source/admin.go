package source

import (
	"context"
	"errors"
	"fmt"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// Admin does the operator's explicit writes: offset resets, group and
// offset deletion, topic changes. Each method is one action the UI asked
// for after a typed confirmation; none runs on its own, and the read-only
// check happens before (model.ReadOnly.Check, in the UI's one action
// runner). Requests are kmsg types over kafka-go's transport (kmsgreq.go),
// so they use the connection's TLS and SASL.
type Admin struct {
	Client *kafka.Client
	// OnTopicChange, when set, is told the topic after every topic action
	// that reached the broker (create, add partitions, edit a config,
	// delete), so the poller re-reads its configs now rather than on its
	// ten-minute schedule. Called on the action's goroutine.
	OnTopicChange func(topic string)
	versions      kversions
}

// topicChanged tells OnTopicChange, if set.
func (a *Admin) topicChanged(topic string) {
	if a.OnTopicChange != nil {
		a.OnTopicChange(topic)
	}
}

// NewAdmin makes an Admin over the shared client.
func NewAdmin(c *kafka.Client) *Admin { return &Admin{Client: c} }

// anyBroker routes a request to any broker: admin requests reach the
// controller through it (KIP-590).
const anyBroker = -1

// call sends req to group's coordinator (group set), else to broker (or
// any broker).
func (a *Admin) call(ctx context.Context, req kmsg.Request, group string, broker int32) (kmsg.Response, error) {
	route := toAnyBroker
	switch {
	case group != "":
		coord, err := a.coordinator(ctx, group)
		if err != nil {
			return nil, err
		}
		route = toBroker(coord)
	case broker != anyBroker:
		route = toBroker(broker)
	}
	var upTo int16
	switch req.(type) {
	case *kmsg.OffsetFetchRequest, *kmsg.OffsetCommitRequest:
		upTo = 9 // v10 names topics by id only
	}
	return kcall(ctx, a.Client, &a.versions, req, route, upTo)
}

// coordinator finds a group's coordinator (FindCoordinator).
func (a *Admin) coordinator(ctx context.Context, group string) (int32, error) {
	req := kmsg.NewPtrFindCoordinatorRequest()
	req.CoordinatorKey = group
	// v4 and later ask for several keys at once in another field.
	m, err := kcall(ctx, a.Client, &a.versions, req, toAnyBroker, 3)
	if err != nil {
		return 0, err
	}
	res := m.(*kmsg.FindCoordinatorResponse)
	if err := codeErr(res.ErrorCode, res.ErrorMessage); err != nil {
		return 0, fmt.Errorf("find the coordinator of %s: %w", group, err)
	}
	return res.NodeID, nil
}

// codeErr is a Kafka error code in words with the broker's message, or nil.
func codeErr(code int16, msg *string) error {
	if code == 0 {
		return nil
	}
	return errors.New(errText(code, msg))
}

// Members is how many members a group has now, asked of its coordinator
// the way its kind needs (typ is GroupStat.Type).
func (a *Admin) Members(ctx context.Context, group, typ string) (int, string, error) {
	subs, state, err := a.describeMembers(ctx, group, typ)
	return len(subs), state, err
}

// describeMembers is each member's subscribed topics (nil where its kind
// does not say: a share group's, or a classic member whose metadata is
// not the consumer protocol's) and the group's state, asked of its
// coordinator the way its kind needs (typ is GroupStat.Type).
func (a *Admin) describeMembers(ctx context.Context, group, typ string) ([][]string, string, error) {
	switch typ {
	case "consumer":
		req := kmsg.NewPtrConsumerGroupDescribeRequest()
		req.Groups = []string{group}
		m, err := a.call(ctx, req, group, 0)
		if err != nil {
			return nil, "", err
		}
		for _, g := range m.(*kmsg.ConsumerGroupDescribeResponse).Groups {
			if err := codeErr(g.ErrorCode, g.ErrorMessage); err != nil && g.ErrorCode != kerr.GroupIDNotFound.Code {
				return nil, "", err
			}
			subs := make([][]string, len(g.Members))
			for i, mb := range g.Members {
				subs[i] = mb.SubscribedTopics
			}
			return subs, g.State, nil
		}
	case "share":
		req := kmsg.NewPtrShareGroupDescribeRequest()
		req.GroupIDs = []string{group}
		m, err := a.call(ctx, req, group, 0)
		if err != nil {
			return nil, "", err
		}
		for _, g := range m.(*kmsg.ShareGroupDescribeResponse).Groups {
			if err := codeErr(g.ErrorCode, g.ErrorMessage); err != nil && g.ErrorCode != kerr.GroupIDNotFound.Code {
				return nil, "", err
			}
			return make([][]string, len(g.Members)), g.GroupState, nil
		}
	default:
		req := kmsg.NewPtrDescribeGroupsRequest()
		req.Groups = []string{group}
		m, err := a.call(ctx, req, group, 0)
		if err != nil {
			return nil, "", err
		}
		for _, g := range m.(*kmsg.DescribeGroupsResponse).Groups {
			if err := codeErr(g.ErrorCode, nil); err != nil {
				return nil, "", err
			}
			subs := make([][]string, len(g.Members))
			for i, mb := range g.Members {
				var meta kmsg.ConsumerMemberMetadata
				if g.ProtocolType == "consumer" && meta.ReadFrom(mb.ProtocolMetadata) == nil {
					subs[i] = meta.Topics
				}
			}
			return subs, g.State, nil
		}
	}
	return nil, "", fmt.Errorf("group %s: the coordinator did not describe it", group)
}

// ErrActiveMembers refuses a change Kafka only takes from an empty group.
var ErrActiveMembers = errors.New("group has active members")

// refuseActive returns an error in words when the group has members.
func (a *Admin) refuseActive(ctx context.Context, group, typ, what string) error {
	n, state, err := a.Members(ctx, group, typ)
	if err != nil {
		return fmt.Errorf("describe %s: %w", group, err)
	}
	if n > 0 {
		return fmt.Errorf("%w: %s is %s with %s; Kafka %s only while it has no members: %s",
			ErrActiveMembers, group, state, model.Plural(n, "member"), what, model.StopConsumersFirst)
	}
	return nil
}

// CheckEmpty returns an error in words (wrapping ErrActiveMembers) when
// the group has members, saying what Kafka would refuse ("deletes a
// group", read as "Kafka deletes a group only while it has no members"):
// the preview asks it so the refusal comes before the confirmation.
func (a *Admin) CheckEmpty(ctx context.Context, group, typ, what string) error {
	return a.refuseActive(ctx, group, typ, what)
}

// Committed is a group's committed offsets now (OffsetFetch, all topics).
func (a *Admin) Committed(ctx context.Context, group string) (map[model.TP]int64, error) {
	// v8 and later ask per group (Groups); earlier versions use Group.
	req := kmsg.NewPtrOffsetFetchRequest()
	req.Group = group
	rg := kmsg.NewOffsetFetchRequestGroup()
	rg.Group = group
	req.Groups = append(req.Groups, rg)
	m, err := a.call(ctx, req, group, 0)
	if err != nil {
		return nil, err
	}
	res := m.(*kmsg.OffsetFetchResponse)
	if err := codeErr(res.ErrorCode, nil); err != nil {
		return nil, err
	}
	out := map[model.TP]int64{}
	for _, t := range res.Topics {
		for _, p := range t.Partitions {
			if p.ErrorCode == 0 && p.Offset >= 0 {
				out[model.TP{Topic: t.Topic, Partition: int(p.Partition)}] = p.Offset
			}
		}
	}
	for _, g := range res.Groups {
		if err := codeErr(g.ErrorCode, nil); err != nil {
			return nil, err
		}
		for _, t := range g.Topics {
			for _, p := range t.Partitions {
				if p.ErrorCode == 0 && p.Offset >= 0 {
					out[model.TP{Topic: t.Topic, Partition: int(p.Partition)}] = p.Offset
				}
			}
		}
	}
	return out, nil
}
