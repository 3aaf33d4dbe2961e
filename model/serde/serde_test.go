package serde

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hamba/avro/v2"
	"github.com/tidwall/gjson"
	"github.com/twmb/franz-go/pkg/sr"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/dynamicpb"
)

const readingAvsc = `{"type":"record","name":"Reading","namespace":"demo","fields":[
 {"name":"sensor","type":"string"},
 {"name":"temp","type":"double"},
 {"name":"count","type":"long"},
 {"name":"state","type":{"type":"enum","name":"State","symbols":["OK","HOT"]}},
 {"name":"note","type":["null","string"],"default":null},
 {"name":"tags","type":{"type":"array","items":"string"}},
 {"name":"raw","type":"bytes"}]}`

type reading struct {
	Sensor string   `avro:"sensor"`
	Temp   float64  `avro:"temp"`
	Count  int64    `avro:"count"`
	State  string   `avro:"state"`
	Note   *string  `avro:"note"`
	Tags   []string `avro:"tags"`
	Raw    []byte   `avro:"raw"`
}

// franz-go's serde and hamba's encoder write the bytes: washboard's
// decoder is checked against an independent writer.
func TestAvroDecodeFromIndependentEncoder(t *testing.T) {
	s, err := Compile(Source{ID: 7, Subject: "readings-value", Version: 2, Text: readingAvsc})
	if err != nil {
		t.Fatal(err)
	}
	hs := avro.MustParse(readingAvsc)
	var serde sr.Serde
	serde.Register(7, reading{}, sr.EncodeFn(func(v any) ([]byte, error) { return avro.Marshal(hs, v) }))
	note := "héllo"
	tests := []struct {
		name string
		in   reading
		want map[string]string // gjson path -> raw JSON
	}{
		{"all fields", reading{Sensor: "s-1", Temp: 21.5, Count: -3, State: "HOT", Note: &note, Tags: []string{"a", "b"}, Raw: []byte{0, 0xff}},
			map[string]string{"sensor": `"s-1"`, "temp": "21.5", "count": "-3", "state": `"HOT"`, "note": `"héllo"`, "tags": `["a","b"]`, "raw": `"AP8="`}},
		{"null union and empty array", reading{Sensor: "", Temp: 0, State: "OK"},
			map[string]string{"sensor": `""`, "note": "null", "tags": "[]", "raw": `""`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := serde.Encode(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			c := NewCache(0, 0)
			c.Put(7, s, nil, time.Now())
			got := Read(c, b)
			if got == nil || got.Err != "" {
				t.Fatalf("read: %+v", got)
			}
			if got.ID != 7 || got.Subject != "readings-value" || got.Version != 2 || got.Type != Avro {
				t.Errorf("names %+v", got)
			}
			if !gjson.ValidBytes(got.JSON) {
				t.Fatalf("not JSON: %s", got.JSON)
			}
			for p, want := range tc.want {
				if r := gjson.GetBytes(got.JSON, p).Raw; r != want {
					t.Errorf("%s = %s, want %s (in %s)", p, r, want, got.JSON)
				}
			}
			// Round trip: what washboard writes for the produce pane
			// decodes back to the same JSON.
			again, err := Encode(s, "", got.JSON)
			if err != nil {
				t.Fatal(err)
			}
			if back := Read(c, again); string(back.JSON) != string(got.JSON) {
				t.Errorf("round trip %s != %s", back.JSON, got.JSON)
			}
		})
	}
}

func TestAvroBadInput(t *testing.T) {
	s, err := Compile(Source{ID: 1, Text: readingAvsc})
	if err != nil {
		t.Fatal(err)
	}
	good, _ := avro.Marshal(avro.MustParse(readingAvsc), reading{Sensor: "x", State: "OK"})
	tests := []struct {
		name, payload, want string
	}{
		{"cut short", string(good[:3]), "bytes end before"},
		{"trailing", string(good) + "zz", "left after"},
		{"bad enum", string(append(append([]byte{2, 'x'}, make([]byte, 8)...), 0, 9)), "field state: enum State has no symbol"},
		{"huge array", "\x02x" + string(make([]byte, 8)) + "\x00\x00\x00\xfe\xff\xff\xff\xff\xff\xff\xff\x7f", "field tags:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Decode(s, []byte(tc.payload))
			if got.JSON != nil || !strings.Contains(got.Err, tc.want) {
				t.Errorf("got %q %s, want error containing %q", got.Err, got.JSON, tc.want)
			}
		})
	}
}

func TestAvroEncodeNamesField(t *testing.T) {
	s, err := Compile(Source{ID: 1, Text: readingAvsc})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{`{"sensor":"a","temp":"hot","count":1,"state":"OK","tags":[],"raw":""}`, `field temp: want a number, got "hot"`},
		{`{"sensor":"a","temp":1,"count":1.5,"state":"OK","tags":[],"raw":""}`, "field count: want a whole number"},
		{`{"sensor":"a","temp":1,"count":1,"state":"WARM","tags":[],"raw":""}`, "field state: want one of [OK HOT]"},
		{`{"temp":1,"count":1,"state":"OK","tags":[],"raw":""}`, "field sensor: missing"},
		{`{"sensor":"a","temp":1,"count":1,"state":"OK","tags":[1],"raw":"","x":1}`, "field tags[0]: want a string"},
		{`{"sensor":"a","temp":1,"count":1,"state":"OK","tags":[],"raw":"","x":1}`, "field x: not in record Reading"},
		{`{"sensor":`, "not valid JSON"},
	}
	for _, tc := range tests {
		_, err := Encode(s, "", []byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.in, err, tc.want)
		}
	}
}

const commonProto = `syntax = "proto3";
package common;
message Place { string city = 1; }`

const rideProto = `syntax = "proto3";
package demo;
import "common/place.proto";
message Ping { int32 n = 1; }
message Ride {
  string rider = 1;
  double speed = 2;
  common.Place where = 3;
  message Leg { int64 meters = 1; }
  repeated Leg legs = 4;
}`

func TestProtobufIndexPathAndReferences(t *testing.T) {
	src := Source{ID: 9, Subject: "rides-value", Version: 1, Type: "PROTOBUF", Text: rideProto,
		Refs: []Ref{{Name: "common/place.proto", Subject: "place", Version: 1, Source: Source{Type: "PROTOBUF", Text: commonProto}}}}
	s, err := Compile(src)
	if err != nil {
		t.Fatal(err)
	}
	// An independent descriptor (compiled separately) writes the payload.
	fd, err := compileProto(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	ride := dynamicpb.NewMessage(fd.Messages().ByName("Ride"))
	ride.Set(ride.Descriptor().Fields().ByName("rider"), protoString("ana"))
	ride.Set(ride.Descriptor().Fields().ByName("speed"), protoFloat(12.5))
	body, err := proto.Marshal(ride)
	if err != nil {
		t.Fatal(err)
	}
	leg := dynamicpb.NewMessage(fd.Messages().ByName("Ride").Messages().ByName("Leg"))
	leg.Set(leg.Descriptor().Fields().ByName("meters"), protoInt(42))
	legBody, _ := proto.Marshal(leg)

	var h sr.ConfluentHeader
	c := NewCache(0, 0)
	c.Put(9, s, nil, time.Now())
	tests := []struct {
		name    string
		index   []int
		body    []byte
		message string
		want    map[string]string
		err     string
	}{
		{"second message", []int{1}, body, "demo.Ride", map[string]string{"rider": `"ana"`, "speed": "12.5", "where": "null"}, ""},
		{"nested message", []int{1, 0}, legBody, "demo.Ride.Leg", map[string]string{"meters": "42"}, ""},
		{"first message shortcut", []int{0}, nil, "demo.Ping", map[string]string{"n": "0"}, ""},
		{"index out of range", []int{5}, body, "", nil, "out of range: the schema declares 2 messages"},
		{"nested out of range", []int{1, 3}, body, "", nil, "demo.Ride declares 1 messages"},
		{"bytes do not match", []int{0}, []byte{0xff, 0xff}, "", nil, "bytes do not match demo.Ping"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := h.AppendEncode(nil, 9, tc.index)
			got := Read(c, append(b, tc.body...))
			if tc.err != "" {
				if got.JSON != nil || !strings.Contains(got.Err, tc.err) {
					t.Fatalf("got %q, want %q", got.Err, tc.err)
				}
				return
			}
			if got.Err != "" || got.Message != tc.message {
				t.Fatalf("got %+v", got)
			}
			for p, want := range tc.want {
				if r := gjson.GetBytes(got.JSON, p).Raw; r != want {
					t.Errorf("%s = %s, want %s (in %s)", p, r, want, got.JSON)
				}
			}
			again, err := Encode(s, tc.message, got.JSON)
			if err != nil {
				t.Fatal(err)
			}
			if back := Read(c, again); string(back.JSON) != string(got.JSON) {
				t.Errorf("round trip %s != %s", back.JSON, got.JSON)
			}
		})
	}
	if _, err := Encode(s, "demo.Ride", []byte(`{"speed":"fast"}`)); err == nil || !strings.Contains(err.Error(), "speed") {
		t.Errorf("encode error %v does not name the field", err)
	}
}

func TestCompileRefusals(t *testing.T) {
	tests := []struct {
		name string
		src  Source
		want string
	}{
		{"50 MB schema", Source{Text: `{"type":"string","doc":"` + strings.Repeat("x", 50<<20) + `"}`}, "more than the 4.0 MiB"},
		{"bad avro", Source{Text: `{"type":"recod"}`}, "AVRO schema:"},
		{"bad proto", Source{Type: "PROTOBUF", Text: `message {`}, "PROTOBUF schema:"},
		{"missing import", Source{Type: "PROTOBUF", Text: `syntax="proto3"; import "x.proto";`}, "x.proto"},
		{"bad json schema", Source{Type: "JSON", Text: `{`}, "not valid JSON"},
		{"unknown type", Source{Type: "XML", Text: `<a/>`}, "none of AVRO"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestReadWithoutSchema(t *testing.T) {
	c := NewCache(0, 0)
	if Read(c, []byte(`{"a":1}`)) != nil {
		t.Error("JSON read as wire format")
	}
	if Read(c, nil) != nil || Read(c, []byte{0, 0, 0}) != nil {
		t.Error("short payload read as wire format")
	}
	got := Read(c, []byte{0, 0, 0, 0, 42, 1})
	if got == nil || got.ID != 42 || !strings.Contains(got.Err, "42") {
		t.Errorf("unknown id: %+v", got)
	}
	c.Put(42, nil, errSchemaNotFound(42), time.Now())
	if got := Read(c, []byte{0, 0, 0, 0, 42, 1}); got.Err != "schema id 42 not found" {
		t.Errorf("not found: %+v", got)
	}
}

func errSchemaNotFound(id int) error { return &testErr{"schema id " + itoa(id) + " not found"} }

type testErr struct{ s string }

func (e *testErr) Error() string { return e.s }

func TestCacheBounded(t *testing.T) {
	c := NewCache(3, 0)
	now := time.Now()
	for id := 1; id <= 5; id++ {
		c.Put(id, &Schema{ID: id, size: 10}, nil, now)
	}
	if c.Len() != 3 {
		t.Fatalf("len %d, want 3", c.Len())
	}
	if _, _, known := c.Get(1); known {
		t.Error("oldest not evicted")
	}
	c = NewCache(0, 25)
	for id := 1; id <= 5; id++ {
		c.Put(id, &Schema{ID: id, size: 10}, nil, now)
	}
	if c.Len() != 2 {
		t.Fatalf("by bytes: len %d, want 2", c.Len())
	}
	c = NewCache(0, 0)
	c.Put(5, &Schema{ID: 5, size: 10}, nil, now)
	c.Put(9, nil, &testErr{"down"}, now)
	if c.Stale(9, now.Add(time.Second)) || !c.Stale(9, now.Add(RetryAfter)) || c.Stale(5, now.Add(time.Hour)) || !c.Stale(77, now) {
		t.Error("stale rules")
	}
}

func TestJSONSchemaEncodeValidates(t *testing.T) {
	s, err := Compile(Source{ID: 3, Type: JSON, Text: `{"type":"object","properties":{"temp":{"type":"number"},"site":{"$ref":"site.json"}},"required":["temp"]}`,
		Refs: []Ref{{Name: "site.json", Source: Source{Type: JSON, Text: `{"type":"string","enum":["north","south"]}`}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{`{"temp":1,"site":"north"}`, ""},
		{`{"temp":"hot"}`, "field temp: got string, want number"},
		{`{"temp":1,"site":"east"}`, "field site:"},
		{`{}`, "missing property 'temp'"},
		{`{`, "not valid JSON"},
	}
	for _, tc := range tests {
		b, err := Encode(s, "", []byte(tc.in))
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.in, err)
			} else if got := Decode(s, b[HeaderLen:]); string(got.JSON) != tc.in {
				t.Errorf("%s decoded as %+v", tc.in, got)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := Compile(Source{Type: JSON, Text: `{"$ref":"file:///etc/passwd"}`}); err == nil || !strings.Contains(err.Error(), "not among the schema's references") {
		t.Errorf("a file reference was followed: %v", err)
	}
}
