package serde

import (
	"bytes"
	"testing"
	"time"
)

// FuzzWire feeds arbitrary bytes to the wire-format parser and to the
// decoders behind it: no panic, no unbounded work, and a header or index
// path written by the Append functions reads back the same.
func FuzzWire(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 1, 0, 2, 'h', 'i'})
	f.Add([]byte{0, 0, 0, 0, 2, 4, 2, 0, 8, 42})
	f.Add([]byte{0, 0, 0, 0, 2, 0xfe, 0xff, 0xff, 0xff, 0x0f})
	f.Add([]byte{0, 0, 0, 0, 3, '{', '}'})
	f.Add([]byte(`{"a":1}`))
	avroS, err := Compile(Source{ID: 1, Text: readingAvsc})
	if err != nil {
		f.Fatal(err)
	}
	protoS, err := Compile(Source{ID: 2, Type: Protobuf, Text: rideProto,
		Refs: []Ref{{Name: "common/place.proto", Source: Source{Type: Protobuf, Text: commonProto}}}})
	if err != nil {
		f.Fatal(err)
	}
	jsonS, err := Compile(Source{ID: 3, Type: JSON, Text: `{"type":"object"}`})
	if err != nil {
		f.Fatal(err)
	}
	c := NewCache(0, 0)
	now := time.Now()
	c.Put(1, avroS, nil, now)
	c.Put(2, protoS, nil, now)
	c.Put(3, jsonS, nil, now)
	f.Fuzz(func(t *testing.T, b []byte) {
		id, payload, ok := ParseHeader(b)
		if ok {
			if h := AppendHeader(nil, id); !bytes.Equal(h, b[:HeaderLen]) {
				t.Fatalf("header %x reads back as %x", b[:HeaderLen], h)
			}
			if path, rest, err := ParseIndex(payload, nil); err == nil {
				again := AppendIndex(nil, path)
				p2, _, err := ParseIndex(again, nil)
				if err != nil || len(p2) != len(path) || len(rest) > len(payload) {
					t.Fatalf("index %v reads back as %v (%v)", path, p2, err)
				}
			}
		}
		r := Read(c, b)
		if ok != (r != nil) {
			t.Fatalf("wire %v but read %+v", ok, r)
		}
		if r != nil && (r.JSON == nil) == (r.Err == "") {
			t.Fatalf("read has both or neither of JSON and Err: %+v", r)
		}
	})
}
