package source

import (
	"cmp"
	"slices"

	"github.com/segmentio/kafka-go"
)

// The demo's members name the assignor the Groups pane shows (the
// protocol they send), so what they do must be what that name means
// (ut40a-9). kafka-go's own "range" splits the partitions in the order
// the broker's metadata lists them and the members in the order the
// JoinGroup answer lists them, neither sorted: two members of six
// partitions were given [0,4,5] and [1,2,3] under the label `range`.
// rangeBalancer is Kafka's RangeAssignor: per topic, members sorted by
// id, partitions by number, each member a run of consecutive partitions,
// the first (partitions mod members) one more.
type rangeBalancer struct{}

// ProtocolName is the name the members send and the group reports.
func (rangeBalancer) ProtocolName() string { return "range" }

// UserData is none: the range assignor needs nothing from its members.
func (rangeBalancer) UserData() ([]byte, error) { return nil, nil }

// AssignGroups gives each member of every topic it subscribes to a run
// of that topic's partitions (member id -> topic -> partitions).
func (rangeBalancer) AssignGroups(members []kafka.GroupMember, partitions []kafka.Partition) kafka.GroupMemberAssignments {
	out := kafka.GroupMemberAssignments{}
	for _, m := range members {
		out[m.ID] = map[string][]int{}
	}
	byTopic := map[string][]string{}
	for _, m := range members {
		for _, t := range m.Topics {
			byTopic[t] = append(byTopic[t], m.ID)
		}
	}
	for topic, ids := range byTopic {
		slices.Sort(ids)
		var parts []int
		for _, p := range partitions {
			if p.Topic == topic {
				parts = append(parts, p.ID)
			}
		}
		slices.SortFunc(parts, cmp.Compare[int])
		each, extra := len(parts)/len(ids), len(parts)%len(ids)
		start := 0
		for i, id := range ids {
			n := each
			if i < extra {
				n++
			}
			out[id][topic] = parts[start : start+n : start+n]
			start += n
		}
	}
	return out
}
