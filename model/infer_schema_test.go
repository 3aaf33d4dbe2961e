package model

import (
	"fmt"
	"testing"
	"time"
)

// v on a topic whose records are read through the schema registry infers
// the view the same records written as JSON would get: from their decoded
// JSON, as the views then read them, never the not-JSON fallback (ut24a P10: Avro and Protobuf topics were offered
// status=@partition).
func TestInferViewFromDecodedRecords(t *testing.T) {
	tests := []struct {
		name, kind string
		value      func(i int) string
		want       string // what the same records as JSON get
	}{
		{"avro", "AVRO", func(i int) string {
			return fmt.Sprintf(`{"card":"c-%d","score":0.%d,"verdict":"%s","note":null}`, i%5, i%9, []string{"APPROVE", "DECLINE", "REVIEW"}[i%3])
		}, "series key=@key fields=score status=card"},
		{"protobuf", "PROTOBUF", func(i int) string {
			return fmt.Sprintf(`{"sensor":"s-%d","temp_c":%d.5,"seq":%d,"state":"%s"}`, i%4, 60+i%30, i, []string{"OK", "HOT"}[i%2])
		}, "series key=@key fields=temp_c status=state"}, // state, named so, before the sensor id seen first (ut40a-18)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Now()
			var recs []Record
			for i := range 40 {
				recs = append(recs, Record{Topic: "t", Partition: i % 2, Offset: int64(i), Time: now,
					Key:         []byte(fmt.Sprintf("holder-%d", i%7)),
					Value:       []byte{0, 0, 0, 0, 1, 0x02, 0x9a, byte(i)}, // wire-format bytes, not JSON
					ValueSchema: &SchemaRead{ID: 1, Type: tt.kind, JSON: []byte(tt.value(i))}})
			}
			s := NewStore(nil, Limits{})
			s.Fold(recs, now)
			v, err := InferView("t", s.RecentValues("t", 500))
			if err != nil {
				t.Fatal(err)
			}
			plain := make([]Record, len(recs))
			for i, r := range recs {
				plain[i] = Record{Topic: r.Topic, Partition: r.Partition, Offset: r.Offset, Key: r.Key, Value: r.ValueSchema.JSON}
			}
			asJSON, err := InferView("t", plain)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ViewSpec(v), ViewSpec(asJSON); got != want || got != tt.want {
				t.Errorf("proposed %q, want %q (as for the same JSON records, %q)", got, tt.want, want)
			}
		})
	}
}
