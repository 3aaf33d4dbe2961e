package model

import (
	"cmp"
	"time"
)

// PartitionStat is one partition as the poller last saw it.
type PartitionStat struct {
	Topic     string
	Partition int
	Leader    int
	Low, High int64   // watermarks
	Rate      float64 // produce rate, records/s from high-watermark deltas (model/lag.go)
	RateWait  bool    // Rate is not measured yet, as its topic's (TopicStat.RateWait)
	// Replicas and ISR are broker ids: every replica, and the in-sync ones.
	Replicas, ISR []int
	Internal      bool   // the topic is internal (__consumer_offsets, …)
	Err           string // Metadata's or ListOffsets' error for the partition, in words

	// TopicID is the topic's id (Metadata v10+, Kafka 2.8+), set on the
	// partitions the tail reads: a topic deleted and recreated under the
	// same name has a new one. Zero when unknown.
	TopicID [16]byte
}

// Offline reports whether the partition has no leader: nothing can be
// read from or written to it.
func (p *PartitionStat) Offline() bool { return p.Leader < 0 }

// UnderReplicated reports whether fewer replicas are in sync than exist.
func (p *PartitionStat) UnderReplicated() bool { return len(p.ISR) < len(p.Replicas) }

// LinkState is how washboard's link to the cluster stands.
type LinkState uint8

// The link's states, in the order a session meets them.
const (
	LinkConnecting LinkState = iota // no poll has answered yet
	LinkConnected                   // the last poll answered
	LinkError                       // the last poll failed; Link.Err says why
)

// String is the state in words, as the header says it.
func (s LinkState) String() string {
	switch s {
	case LinkConnected:
		return "connected"
	case LinkError:
		return "error"
	}
	return "connecting"
}

// Link is the state of washboard's link to the cluster (not to be confused
// with source.Conn, which says how to reach it).
type Link struct {
	Cluster      string // what the header names: addresses, or "embedded demo"
	Embedded     bool
	State        LinkState
	Err          string        // the last error in words, empty when healthy
	PolledAt     time.Time     // when the last poll started, answered or not
	AnsweredAt   time.Time     // when the last poll that answered started; zero before one did
	PollTook     time.Duration // how long the last poll took (issue 4)
	PollRequests int           // wire requests the last poll sent
}

// GroupStat is one consumer group as the poller last saw it.
type GroupStat struct {
	ID       string
	State    string
	Protocol string
	// Type is the group's kind as ListGroups v5 names it: "classic"
	// (JoinGroup/SyncGroup), "consumer" (KIP-848, ConsumerGroupHeartbeat)
	// or "share" (KIP-932 queues). Empty from brokers before Kafka 3.8: classic.
	Type    string
	Members int
	// Epoch and AssignmentEpoch are a KIP-848 or share group's group epoch
	// and target-assignment epoch (ConsumerGroupDescribe); 0 for classic groups.
	Epoch, AssignmentEpoch int32
	// Assignor is the partition assignor the members agreed on ("range").
	Assignor string
	// Coordinator is the broker id of the group's coordinator (the broker
	// whose ListGroups named it).
	Coordinator int
	// Detail is each member with its assignment; Err a describe failure.
	Detail []MemberStat
	Err    string
}

// TP names one partition of one topic.
type TP struct {
	Topic     string
	Partition int
}

// CompareTP orders partitions as every list shows them: topics in natural
// order (orders-2 before orders-10), then by partition number.
func CompareTP(a, b TP) int {
	if c := NaturalCompare(a.Topic, b.Topic); c != 0 {
		return c
	}
	return cmp.Compare(a.Partition, b.Partition)
}

// MemberStat is one member of a consumer group and what it was assigned.
type MemberStat struct {
	ID, ClientID, Host string
	Assigned           []TP // sorted; empty for an idle member
	// MemberEpoch is a KIP-848 or share member's epoch; Target the
	// partitions the coordinator means it to own (KIP-848), which differ
	// from Assigned while a reconciliation is under way. Zero and nil for
	// classic members.
	MemberEpoch int32
	Target      []TP
}

// IsClassic reports whether the group uses the classic protocol (the
// only kind DescribeGroups describes).
func (g *GroupStat) IsClassic() bool { return g.Type == "" || g.Type == "classic" }

// Committed is one group's committed offsets as OffsetFetch returned them.
type Committed struct {
	Group   string
	Offsets map[TP]int64
	// Marked are the partitions whose commit carries the mark washboard
	// writes with a reset (ResetMark), with the time the mark carries
	// (zero where it cannot be read); nil where none does.
	Marked map[TP]time.Time
	Err    string // the fetch failed; the group's health says ERR
}

// Outgoing is a record the user asked to produce.
type Outgoing struct {
	Topic     string
	Key       []byte
	Value     []byte
	Headers   []Header
	Partition int // -1: let the partitioner choose
}

// Delivery is the broker's report for a produced record. Time is the
// record's own timestamp, to the millisecond Kafka keeps (what a consumer
// reads back, kcat's %T): the time it was written with, or the broker's
// append time on a topic that stamps records so (ut34a-7: the line said
// the report's arrival, a millisecond after the record's timestamp).
type Delivery struct {
	Topic     string
	Partition int
	Offset    int64
	Time      time.Time
}
