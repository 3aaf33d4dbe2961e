package model

import (
	"testing"
	"time"
)

// A topic charted by a series view and watched by a status view feeds
// both, through the tail's path (Prepare then FoldTail) and Fold alike, and
// a tombstone removes its key from both (ut24a P16: the status view
// waited for records for minutes while the series view showed the keys).
func TestTwoViewsOnOneTopicBothFold(t *testing.T) {
	const topic = "fulfilment"
	views := []TopicView{
		{Topic: topic, Kind: SeriesView, Title: "Shipments", Key: "shipment_id",
			Fields: []Field{{Path: "weight_kg", Label: "weight"}}},
		{Topic: topic, Kind: StatusView, Title: "Shipment states", Key: "shipment_id", Status: "status"},
	}
	now := time.Now()
	recs := func() []Record {
		return []Record{
			{Topic: topic, Partition: 0, Offset: 0, Key: []byte("s-1"), Time: now,
				Value: []byte(`{"shipment_id":"s-1","status":"PACKED","weight_kg":1.5}`)},
			{Topic: topic, Partition: 0, Offset: 1, Key: []byte("s-2"), Time: now,
				Value: []byte(`{"shipment_id":"s-2","status":"SHIPPED","weight_kg":2.5}`)},
			{Topic: topic, Partition: 0, Offset: 2, Key: []byte("s-2"), Time: now}, // tombstone
		}
	}
	fold := map[string]func(*Store, []Record){
		"tail (Prepare, FoldTail)": func(s *Store, r []Record) { s.FoldTail(now, nil, s.Decoder().Prepare(r)) },
		"Fold":                     func(s *Store, r []Record) { s.Fold(r, now) },
	}
	for name, f := range fold {
		t.Run(name, func(t *testing.T) {
			s := NewStore(views, Limits{})
			f(s, recs())
			s.Read(func(st *State) {
				se, su := st.Series[topic], st.Status[topic]
				if se == nil || su == nil {
					t.Fatalf("series view %v, status view %v: want both", se != nil, su != nil)
				}
				if len(se.Entries) != 1 || se.Deleted != 1 || se.Errors != 0 {
					t.Errorf("series: %d keys, %d deleted, %d errors; want 1, 1, 0", len(se.Entries), se.Deleted, se.Errors)
				}
				if len(su.Entries) != 1 || su.Deleted != 1 || su.Errors != 0 {
					t.Errorf("status: %d keys, %d deleted, %d errors; want 1, 1, 0", len(su.Entries), su.Deleted, su.Errors)
				}
				if e, ok := su.Entries["s-1"]; !ok || e.Status != "PACKED" {
					t.Errorf("status of s-1: %+v, want PACKED", su.Entries["s-1"])
				}
			})
		})
	}
}
