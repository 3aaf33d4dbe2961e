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
