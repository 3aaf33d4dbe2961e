package model

import (
	"slices"
	"testing"
	"time"
)

func TestRingKeepsNewest(t *testing.T) {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		r.Push(i)
	}
	if r.Len() != 3 || r.Dropped() != 2 {
		t.Fatalf("len %d dropped %d, want 3 and 2", r.Len(), r.Dropped())
	}
	if got := r.Slice(nil, 0, r.Len()); !slices.Equal(got, []int{3, 4, 5}) {
		t.Fatalf("slice %v", got)
	}
	if v, ok := r.Last(); !ok || v != 5 {
		t.Fatalf("last %v %v", v, ok)
	}
	r.Reset()
	if r.Len() != 0 {
		t.Fatal("reset left elements")
	}
}

func TestRateMeter(t *testing.T) {
	var m RateMeter
	t0 := time.Unix(1_000_000, 0)
	for s := 0; s < 10; s++ {
		m.Add(t0.Add(time.Duration(s)*time.Second), 100)
	}
	if got := m.Rate(t0.Add(10 * time.Second)); got != 100 {
		t.Fatalf("rate %v, want 100", got)
	}
	if got := m.Rate(t0.Add(60 * time.Second)); got != 0 {
		t.Fatalf("rate after silence %v, want 0", got)
	}
	if m.Total() != 1000 {
		t.Fatalf("total %d", m.Total())
	}
}

func TestLogKeepsItsByteBudget(t *testing.T) {
	s := NewStore(nil, Limits{LogRecords: 100, LogBytes: 10_000})
	big := make([]byte, 4_000)
	var batch []Record
	for i := range 10 {
		batch = append(batch, Record{Topic: "t", Offset: int64(i), Value: big})
	}
	s.Fold(batch, time.Unix(1, 0))
	s.Read(func(st *State) {
		if st.Log.Len() != 2 || st.logBytes != 8_000 {
			t.Fatalf("log holds %d records, %d bytes; want the newest 2 within 10,000 bytes", st.Log.Len(), st.logBytes)
		}
		if last, _ := st.Log.Last(); last.Offset != 9 || st.Log.Dropped() != 8 {
			t.Fatalf("newest offset %d, dropped %d", last.Offset, st.Log.Dropped())
		}
	})
	// One record larger than the whole budget is still shown.
	s.Fold([]Record{{Topic: "t", Offset: 10, Value: make([]byte, 50_000)}}, time.Unix(2, 0))
	s.Read(func(st *State) {
		if st.Log.Len() != 1 {
			t.Fatalf("log holds %d records, want the one huge record", st.Log.Len())
		}
	})
}
