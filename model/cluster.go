package model

import "time"

// PartitionStat is one partition as the poller last saw it.
type PartitionStat struct {
	Topic     string
	Partition int
	Leader    int
	Low, High int64 // watermarks
}

// Conn is the state of washboard's link to the cluster.
type Conn struct {
	Cluster  string // what the header names: addresses, or "embedded demo"
	Embedded bool
	State    string // "connecting", "connected", "error"
	Err      string // the last error in words, empty when healthy
	PolledAt time.Time
}

// GroupStat is one consumer group as the poller last saw it.
type GroupStat struct {
	ID       string
	State    string
	Protocol string
	Members  int
}

// Outgoing is a record the user asked to produce.
type Outgoing struct {
	Topic     string
	Key       []byte
	Value     []byte
	Headers   []Header
	Partition int // -1: let the partitioner choose
}

// Delivery is the broker's report for a produced record.
type Delivery struct {
	Topic     string
	Partition int
	Offset    int64
	Time      time.Time
}
