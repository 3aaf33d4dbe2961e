package model

import (
	"testing"
	"time"
)

// A tombstone removes its key from series and status views and is not
// counted unreadable; an empty value is not a tombstone.
func TestTombstoneRemovesKey(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name      string
		topic     string
		value     []byte
		wantKeys  int
		wantErrs  uint64
		wantGone  uint64
		keySchema *SchemaRead
	}{
		{"series tombstone", LaundryTopic, nil, 0, 0, 1, nil},
		{"status tombstone", RiderTopic, nil, 0, 0, 1, nil},
		{"empty value is unreadable, not a tombstone", LaundryTopic, []byte{}, 1, 1, 0, nil},
		{"schema encoded string key", RiderTopic, nil, 0, 0, 1, &SchemaRead{JSON: []byte(`"k1"`)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := NewStore(DefaultViews(), Limits{})
			first := Record{Topic: tc.topic, Key: []byte("k1"), Time: now,
				Value: []byte(`{"machine_id":"k1","load_kg":1,"name":"k1","location":"north"}`)}
			if tc.topic == RiderTopic {
				first.Key = []byte("location-update")
			}
			dead := Record{Topic: tc.topic, Key: []byte("k1"), Value: tc.value, Time: now, KeySchema: tc.keySchema}
			if tc.keySchema != nil {
				dead.Key = []byte{0, 0, 0, 0, 1, 2, 'k', '1'}
			}
			s.Fold([]Record{first, dead}, now)
			s.Read(func(st *State) {
				var keys int
				var errs, gone uint64
				if tb := st.Series[tc.topic]; tb != nil {
					keys, errs, gone = len(tb.Entries), tb.Errors, tb.Deleted
				} else {
					tb := st.Status[tc.topic]
					keys, errs, gone = len(tb.Entries), tb.Errors, tb.Deleted
				}
				if keys != tc.wantKeys || errs != tc.wantErrs || gone != tc.wantGone {
					t.Errorf("keys %d errors %d deleted %d, want %d %d %d", keys, errs, gone, tc.wantKeys, tc.wantErrs, tc.wantGone)
				}
				if st.Log.Len() != 2 {
					t.Errorf("log keeps %d records, want both", st.Log.Len())
				}
			})
		})
	}
}
