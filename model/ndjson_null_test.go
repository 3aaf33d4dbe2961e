package model

import (
	"bytes"
	"strings"
	"testing"
)

// The export tells null from empty for keys, values and header values,
// says when a record has no timestamp, and carries a schema read beside
// the raw bytes.
func TestNDJSONNullEmptyAndSchema(t *testing.T) {
	tests := []struct {
		name string
		rec  Record
		want []string
	}{
		{"null key, value and header", Record{Headers: []Header{{Key: "h"}}},
			[]string{`"key":null`, `"value":null`, `"headers":[{"key":"h","value":null}]`, `"timestamp":null`}},
		{"empty key, value and header", Record{Key: []byte{}, Value: []byte{}, Headers: []Header{{Key: "h", Value: []byte{}}}},
			[]string{`"key":""`, `"value":""`, `{"key":"h","value":""}`}},
		{"schema read", Record{Value: []byte{0, 0, 0, 0, 7, 2}, ValueSchema: &SchemaRead{ID: 7, Subject: "s-value", Version: 3, Type: "AVRO", JSON: []byte(`{"a":1}`)}},
			[]string{`"value":"\u0000\u0000\u0000\u0000\u0007\u0002"`, `"value_schema":{"id":7,"subject":"s-value","version":3,"type":"AVRO","decoded":{"a":1}}`}},
		{"schema error", Record{Value: []byte{0, 0, 0, 0, 9}, ValueSchema: &SchemaRead{ID: 9, Err: "schema id 9 not found"}},
			[]string{`"value_schema":{"id":9,"error":"schema id 9 not found"}`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteNDJSON(&buf, []Record{tc.rec}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("export %s lacks %s", buf.String(), w)
				}
			}
		})
	}
}

func TestBytesOneLineTellsNullFromEmpty(t *testing.T) {
	tests := []struct {
		raw, decoded []byte
		f            ValueFormat
		want         string
	}{
		{nil, nil, FormatAuto, "null"},
		{[]byte{}, nil, FormatHex, `"" (empty)`},
		{[]byte{0xff, 0x00}, nil, FormatAuto, `\xff\x00`},
		{[]byte{0xff, 0x00}, nil, FormatHex, "ff 00"},
		{[]byte("hi"), nil, FormatBase64, "aGk="},
		{[]byte{0, 0, 0, 0, 1}, []byte(`{"a": 1}`), FormatAuto, `{"a":1}`},
		{[]byte{0, 0, 0, 0, 1}, []byte(`{"a":1}`), FormatText, `\x00\x00\x00\x00\x01`},
	}
	for _, tc := range tests {
		if got := BytesOneLine(tc.raw, tc.decoded, tc.f, 40); got != tc.want {
			t.Errorf("%q as %s: %q, want %q", tc.raw, tc.f, got, tc.want)
		}
	}
}
