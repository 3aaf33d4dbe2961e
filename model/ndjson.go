package model

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"unicode/utf8"
)

// ExportRecord is one line of a Log export (NDJSON). Keys, header values
// and values are JSON strings when they are UTF-8; otherwise the string is
// null and the bytes are in the *_base64 field, so nothing is lost and jq
// reads every line. A null key, value or header value is null with no
// *_base64 field; an empty one is "". A record without a timestamp (-1)
// has "timestamp": null. A schema encoded key or value also has
// key_schema / value_schema: the schema's names and the decoded JSON (or
// the error), beside the raw bytes. A record of an aborted transaction
// (exported while the Log shows them) has "aborted": true; committed
// records have no such field.
type ExportRecord struct {
	Topic       string         `json:"topic"`
	Partition   int            `json:"partition"`
	Offset      int64          `json:"offset"`
	Timestamp   *string        `json:"timestamp"`
	Key         *string        `json:"key"`
	KeyBase64   string         `json:"key_base64,omitempty"`
	Headers     []ExportHeader `json:"headers"`
	Value       *string        `json:"value"`
	ValueBase64 string         `json:"value_base64,omitempty"`
	KeySchema   *ExportSchema  `json:"key_schema,omitempty"`
	ValueSchema *ExportSchema  `json:"value_schema,omitempty"`
	Aborted     bool           `json:"aborted,omitempty"`
	// Life is Record.Life: how many times washboard had seen the
	// partition's offsets start again when it read the record (absent
	// for 0); two lines of one topic/partition@offset with different
	// lives are different records.
	Life uint32 `json:"life,omitempty"`
}

// ExportSchema is how a schema encoded key or value was read.
type ExportSchema struct {
	ID      int             `json:"id"`
	Subject string          `json:"subject,omitempty"`
	Version int             `json:"version,omitempty"`
	Type    string          `json:"type,omitempty"`
	Message string          `json:"message,omitempty"`
	JSON    json.RawMessage `json:"decoded,omitempty"`
	Error   string          `json:"error,omitempty"`
}

func exportSchema(s *SchemaRead) *ExportSchema {
	if s == nil {
		return nil
	}
	return &ExportSchema{ID: s.ID, Subject: s.Subject, Version: s.Version, Type: s.Type, Message: s.Message, JSON: s.JSON, Error: s.Err}
}

// ExportHeader is one header of an exported record.
type ExportHeader struct {
	Key         string  `json:"key"`
	Value       *string `json:"value"`
	ValueBase64 string  `json:"value_base64,omitempty"`
}

// ExportTimeLayout is the export's timestamp: RFC 3339 in UTC with
// always three fractional digits (Kafka timestamps are milliseconds), so
// every line's timestamp has the same length.
const ExportTimeLayout = "2006-01-02T15:04:05.000Z07:00"

// NewExportRecord converts r for export.
func NewExportRecord(r *Record) ExportRecord {
	e := ExportRecord{Topic: r.Topic, Partition: r.Partition, Offset: r.Offset, Headers: []ExportHeader{}, Aborted: r.Aborted, Life: r.Life}
	if !r.Time.IsZero() {
		ts := r.Time.UTC().Format(ExportTimeLayout)
		e.Timestamp = &ts
	}
	e.KeySchema, e.ValueSchema = exportSchema(r.KeySchema), exportSchema(r.ValueSchema)
	e.Key, e.KeyBase64 = exportBytes(r.Key)
	e.Value, e.ValueBase64 = exportBytes(r.Value)
	for _, h := range r.Headers {
		eh := ExportHeader{Key: h.Key}
		eh.Value, eh.ValueBase64 = exportBytes(h.Value)
		e.Headers = append(e.Headers, eh)
	}
	return e
}

func exportBytes(b []byte) (*string, string) {
	switch {
	case b == nil:
		return nil, ""
	case utf8.Valid(b):
		s := string(b)
		return &s, ""
	}
	return nil, base64.StdEncoding.EncodeToString(b)
}

// WriteNDJSON writes one JSON object per record, one per line.
func WriteNDJSON(w io.Writer, recs []Record) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range recs {
		if err := enc.Encode(NewExportRecord(&recs[i])); err != nil {
			return err
		}
	}
	return nil
}
