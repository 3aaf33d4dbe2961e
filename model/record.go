// Package model holds washboard's domain state: decoded records, bounded
// buffers, per-topic views and cluster statistics. It does no I/O and knows
// nothing of Bubble Tea, so every Bubble Tea program (one per SSH session)
// can render the same state while a single owner folds records into it.
package model

import "time"

// Header is one Kafka record header.
type Header struct {
	Key   string
	Value []byte
}

// Record is one Kafka record as the tail delivers it. The byte slices are
// owned by the record once it is handed to the model.
type Record struct {
	Topic     string
	Partition int
	Offset    int64
	Time      time.Time
	Key       []byte
	Value     []byte
	Headers   []Header
	// Aborted marks a record of an aborted transaction, shown only when
	// the tail is asked to show aborted records (read_committed hides them).
	Aborted bool
	// Note, when set, makes this no record at all but a word from the tail
	// about the partition at Offset ("restarted at the log start 0: ..."):
	// the Log shows it, no view decodes it.
	Note string
}

// Size is the record's payload size in bytes (key, value and headers).
func (r *Record) Size() int {
	n := len(r.Key) + len(r.Value)
	for _, h := range r.Headers {
		n += len(h.Key) + len(h.Value)
	}
	return n
}
