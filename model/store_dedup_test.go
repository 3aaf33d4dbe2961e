package model

import (
	"fmt"
	"testing"
	"time"
)

// A record read twice (a topic read again from an earlier place, by the
// same session or another: the Log is shared; whatever brought it, told
// or not) is held and counted once, and a partition's rows stay in offset
// order (ut34a-11: 1120,1121,1122,1120,1121,1122); a record the log no
// longer holds (evicted) may come back, in order; a record of an earlier
// log (the partition's offsets started again) is another record.
func TestTheLogHoldsARecordOnce(t *testing.T) {
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	rec := func(part int, off int64) Record {
		return Record{Topic: "laundry-machine-logs", Partition: part, Offset: off, Time: now,
			Value: fmt.Appendf(nil, `{"machine_id":"m-%d","heat_c":%d,"program":"wash"}`, off%2, off)}
	}
	batch := func(part int, from, to int64) []Record {
		var out []Record
		for o := from; o < to; o++ {
			out = append(out, rec(part, o))
		}
		return out
	}
	restart := func(part int) Record {
		return Record{Topic: "laundry-machine-logs", Partition: part, Time: now, Restart: true, Note: "offsets start again"}
	}
	tests := []struct {
		name    string
		limit   int
		batches [][]Record
		want    string // offsets the log holds, in order
		count   uint64 // records folded into the view, over all keys
	}{
		{"w twice from the same place", 100, [][]Record{batch(0, 0, 5), batch(0, 0, 5)}, "[0 1 2 3 4]", 5},
		{"w again from an earlier place", 100, [][]Record{batch(0, 3, 6), batch(0, 0, 6)}, "[0 1 2 3 4 5]", 6},
		{"w again from an earlier place, in small batches", 100, [][]Record{batch(0, 3, 6), batch(0, 0, 2), batch(0, 2, 4), batch(0, 4, 7)}, "[0 1 2 3 4 5 6]", 7},
		{"the tail alone, a record at the newest held again", 100, [][]Record{batch(0, 1120, 1123), batch(0, 1120, 1123), batch(0, 1122, 1124)}, "[1120 1121 1122 1123]", 4},
		{"the same offset of another partition is another record", 100, [][]Record{batch(0, 0, 2), batch(1, 0, 2)}, "[0 1 0 1]", 4},
		{"read again from inside the held ones, on past them", 100, [][]Record{batch(0, 0, 3), batch(0, 1, 5)}, "[0 1 2 3 4]", 5},
		{"an evicted record may come back", 3, [][]Record{batch(0, 0, 4), batch(0, 0, 4)}, "[1 2 3]", 5},
		{"an earlier log's offsets are another record", 100, [][]Record{batch(0, 0, 2), {restart(0)}, batch(0, 0, 2)}, "[0 1 0 0 1]", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStore(DefaultViews(), Limits{LogRecords: tt.limit})
			for _, b := range tt.batches {
				s.FoldTail(now, nil, s.Decoder().Prepare(b)) // as the tail does; nothing tells the store a topic is read again
			}
			var offs []int64
			var count, read uint64
			s.Read(func(st *State) {
				read = st.Rate.Total()
				for i := range st.Log.Len() {
					offs = append(offs, st.Log.At(i).Offset)
				}
				for _, e := range st.Series["laundry-machine-logs"].Entries {
					count += e.Count
				}
			})
			if got := fmt.Sprint(offs); got != tt.want {
				t.Errorf("log holds %s, want %s", got, tt.want)
			}
			if count != tt.count || read != tt.count {
				t.Errorf("view counted %d records, read %d, want %d", count, read, tt.count)
			}
		})
	}
}
