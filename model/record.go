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
	// KeySchema and ValueSchema are set when the key or value is in a
	// schema registry's wire format and a registry or local schema is
	// configured; nil otherwise.
	KeySchema   *SchemaRead
	ValueSchema *SchemaRead
	// Aborted marks a record of an aborted transaction: the tail keeps
	// them, the Log shows them only when asked (read_committed semantics
	// otherwise), and no view, stat or count takes them.
	Aborted bool
	// Note, when set, makes this no record at all but a word from the tail
	// about the partition at Offset ("restarted at the log start 0: ..."),
	// or about the whole topic when Partition is WholeTopic: the Log shows
	// it, no view decodes it.
	Note string
	// Restart marks a note that says the partition's offsets start again
	// (wiped, recreated, a cluster replaced empty), or, on a WholeTopic
	// note, every partition's: what the Log held of it before is of its
	// earlier log (State.Earlier).
	Restart bool
	// Life is how many restarts of its partition the Log had filed when
	// the record was filed (State.pushLog): a record with a Life below its
	// partition's current one is of an earlier log, its offsets reused.
	Life uint32
}

// WireSize is the record's size on the wire in bytes: key, value and
// header keys and values, as the producer sent them. The detail view shows
// it; decoded JSON and error text are not part of it.
func (r *Record) WireSize() int {
	n := len(r.Key) + len(r.Value)
	for _, h := range r.Headers {
		n += len(h.Key) + len(h.Value)
	}
	return n
}

// MemSize is the bytes the record holds in memory: its WireSize plus what
// a schema read keeps beside it (decoded JSON, error text, subject). The
// Log's byte budget and every byte-bounded buffer count this.
func (r *Record) MemSize() int {
	return r.WireSize() + r.KeySchema.Size() + r.ValueSchema.Size()
}

// SchemaRead is how a key or value in a schema registry's wire format
// (magic byte 0, a 4-byte big-endian schema id, for Protobuf a message
// index path, then the encoded payload) was read. The raw bytes stay in
// the record; JSON is what the Log, the detail view, filters, views and
// the export use in their place.
type SchemaRead struct {
	ID      int    // schema id from the wire header
	Subject string // a subject the registry files the id under; empty when unknown
	Version int    // that subject's version of the schema; 0 when unknown
	Type    string // "AVRO", "PROTOBUF" or "JSON"
	Message string // Protobuf: the full name of the message the index path names
	JSON    []byte // the payload as JSON; nil when it could not be read
	Err     string // why it could not be read, in words; empty when JSON is set
}

// Size is the bytes the read keeps beyond the record's own.
func (s *SchemaRead) Size() int {
	if s == nil {
		return 0
	}
	return len(s.JSON) + len(s.Err) + len(s.Subject) + len(s.Message)
}

// KeyData is the key as the panes read it: the decoded JSON of a schema
// encoded key, the raw bytes otherwise (nil for a null key).
func (r *Record) KeyData() []byte {
	if r.KeySchema != nil && r.KeySchema.JSON != nil {
		return r.KeySchema.JSON
	}
	return r.Key
}

// ValueData is the value as the panes read it: the decoded JSON of a
// schema encoded value, the raw bytes otherwise (nil for a tombstone).
func (r *Record) ValueData() []byte {
	if r.ValueSchema != nil && r.ValueSchema.JSON != nil {
		return r.ValueSchema.JSON
	}
	return r.Value
}

// WholeTopic is the Partition of a note about a whole topic (deleted,
// recreated): the Log names the topic alone.
const WholeTopic = -1
