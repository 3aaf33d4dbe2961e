package serde

import (
	"context"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/dynamicpb"
)

const kitchenProto = `syntax = "proto3";
package k;
import "google/protobuf/timestamp.proto";
enum Color { RED = 0; GREEN = 1; BLUE = 2; }
message Inner { string s = 1; repeated int32 xs = 2; }
message Kitchen {
  int32 i32 = 1; int64 i64 = 2; uint32 u32 = 3; uint64 u64 = 4;
  sint32 s32 = 5; sint64 s64 = 6; fixed32 f32 = 7; fixed64 f64 = 8;
  sfixed32 sf32 = 9; sfixed64 sf64 = 10; float fl = 11; double db = 12;
  bool b = 13; string str = 14; bytes by = 15; Color color = 16;
  Inner inner = 17; repeated Inner inners = 18; repeated double packed = 19;
  map<string, int64> counts = 20; map<int32, Inner> byNum = 21;
  oneof pick { string name = 22; int32 number = 23; }
  optional int32 maybe = 24;
  google.protobuf.Timestamp at = 25;
  repeated string words = 26;
}`

// washboard's wire-to-JSON walker agrees with protojson: what it writes,
// protojson reads back as the same message.
func TestProtoJSONAgreesWithProtojson(t *testing.T) {
	fd, err := compileProto(context.Background(), Source{Type: Protobuf, Text: kitchenProto})
	if err != nil {
		t.Fatal(err)
	}
	md := fd.Messages().ByName("Kitchen")
	ps := newPlans(fd)
	tests := []string{
		`{}`,
		`{"i32":-5,"i64":"-9007199254740993","u32":4000000000,"u64":"18446744073709551615","s32":-7,"s64":"-8",
		  "f32":9,"f64":"10","sf32":-11,"sf64":"-12","fl":1.5,"db":-2.25,"b":true,"str":"héllo \"q\"\n","by":"AP8=",
		  "color":"BLUE","inner":{"s":"x","xs":[1,-2,3]},"inners":[{"s":"a"},{}],"packed":[1.5,2,-3],
		  "counts":{"a":"1","b":"-2"},"byNum":{"7":{"s":"seven"},"-1":{}},"name":"n","maybe":0,
		  "at":"2026-11-29T13:12:52.761Z","words":["x","","y"]}`,
		`{"number":0,"color":"GREEN","db":"NaN","fl":"-Infinity"}`,
	}
	for _, in := range tests {
		want := dynamicpb.NewMessage(md)
		if err := protojson.Unmarshal([]byte(in), want); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		wire, err := proto.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		js, err := decodeProtoJSON(ps, md, wire)
		if err != nil {
			t.Fatalf("%s: decode: %v", in, err)
		}
		// The one-pass path (plans) and the general path agree.
		if general, err := decodeProtoJSON(nil, md, wire); err != nil || string(general) != string(js) {
			t.Errorf("one-pass %s\n general %s (%v)", js, general, err)
		}
		got := dynamicpb.NewMessage(md)
		if err := protojson.Unmarshal(js, got); err != nil {
			t.Fatalf("protojson cannot read %s: %v", js, err)
		}
		if !proto.Equal(want, got) {
			t.Errorf("round trip differs:\n in  %s\n out %s", in, js)
		}
		if strings.Contains(in, "2026") && !strings.Contains(string(js), `"at":"2026-11-29T13:12:52.761Z"`) {
			t.Errorf("timestamp not RFC 3339: %s", js)
		}
	}
	// Fields out of declaration order, a singular field twice, a list
	// split by another field: the general path reads them, last wins.
	for _, wire := range [][]byte{
		{0x10, 0x07, 0x08, 0x05},                                   // i64=7 then i32=5
		{0x08, 0x01, 0x08, 0x02},                                   // i32=1 then i32=2
		{0xd2, 0x01, 0x01, 'a', 0x08, 0x03, 0xd2, 0x01, 0x01, 'b'}, // words split by i32
	} {
		js, err := decodeProtoJSON(ps, md, wire)
		general, gerr := decodeProtoJSON(nil, md, wire)
		if err != nil || gerr != nil || string(js) != string(general) {
			t.Errorf("%x: %s (%v) vs general %s (%v)", wire, js, err, general, gerr)
		}
		want := dynamicpb.NewMessage(md)
		got := dynamicpb.NewMessage(md)
		if err := proto.Unmarshal(wire, want); err != nil {
			t.Fatal(err)
		}
		if err := protojson.Unmarshal(js, got); err != nil || !proto.Equal(want, got) {
			t.Errorf("%x read as %s (%v)", wire, js, err)
		}
	}
	// Bytes that do not match say where, on both paths.
	for _, p := range []plans{ps, nil} {
		if _, err := decodeProtoJSON(p, md, []byte{0x0a, 0x05, 'a'}); err == nil {
			t.Error("a cut payload decoded")
		}
		if _, err := decodeProtoJSON(p, md, []byte{0x0a, 0x01, 1}); err == nil || !strings.Contains(err.Error(), "i32") {
			t.Errorf("wrong wire type: %v", err)
		}
	}
}
