package model

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"time"
	"unicode/utf8"
)

// ExportRecord is one line of a Log export (NDJSON). Keys, header values
// and values are JSON strings when they are UTF-8; otherwise the string is
// null and the bytes are in the *_base64 field, so nothing is lost and jq
// reads every line.
type ExportRecord struct {
	Topic       string         `json:"topic"`
	Partition   int            `json:"partition"`
	Offset      int64          `json:"offset"`
	Timestamp   string         `json:"timestamp"`
	Key         *string        `json:"key"`
	KeyBase64   string         `json:"key_base64,omitempty"`
	Headers     []ExportHeader `json:"headers"`
	Value       *string        `json:"value"`
	ValueBase64 string         `json:"value_base64,omitempty"`
}

// ExportHeader is one header of an exported record.
type ExportHeader struct {
	Key         string  `json:"key"`
	Value       *string `json:"value"`
	ValueBase64 string  `json:"value_base64,omitempty"`
}

// NewExportRecord converts r for export.
func NewExportRecord(r *Record) ExportRecord {
	e := ExportRecord{Topic: r.Topic, Partition: r.Partition, Offset: r.Offset, Headers: []ExportHeader{}}
	if !r.Time.IsZero() {
		e.Timestamp = r.Time.UTC().Format(time.RFC3339Nano)
	}
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
