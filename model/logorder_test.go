package model

import (
	"strings"
	"testing"
	"time"
)

// During a catch-up each fetch returns one partition's run of records: the
// log merges a batch's runs by timestamp, so its newest row is the newest
// record, while each partition keeps its offset order.
func TestFoldMergesPartitionsByTime(t *testing.T) {
	t0 := time.Date(2026, 11, 29, 11, 44, 0, 0, time.UTC)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	batch := []Record{
		{Topic: "orders", Partition: 8, Offset: 15, Time: at(30)},
		{Topic: "orders", Partition: 8, Offset: 16, Time: at(40)},
		{Topic: "payments", Partition: 0, Offset: 0, Time: at(29)},
		{Topic: "payments", Partition: 0, Offset: 1, Time: at(35)},
		{Topic: "payments", Partition: 0, Offset: 2, Time: at(33)}, // a producer's clock went back: offsets win
		{Topic: "orders", Partition: 9, Offset: 3},                 // no timestamp: where it arrived in its run
	}
	s := NewStore(nil, DefaultLimits())
	s.Fold(batch, at(60))
	var got []string
	s.Read(func(st *State) {
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			got = append(got, r.Topic+"/"+itoa(r.Partition)+"@"+itoa(int(r.Offset)))
		}
	})
	want := []string{"payments/0@0", "orders/8@15", "payments/0@1", "payments/0@2", "orders/8@16", "orders/9@3"}
	if len(got) != len(want) {
		t.Fatalf("log %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("log %v, want %v", got, want)
		}
	}
}

func itoa(n int) string { return Thousands(n) }

// Records with the same timestamp (a producer writing a burst) keep the
// order they arrived in across partitions.
func TestFoldKeepsArrivalOrderOnEqualTimes(t *testing.T) {
	at := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	batch := []Record{
		{Topic: "orders", Partition: 0, Offset: 0, Time: at},
		{Topic: "payments", Partition: 0, Offset: 0, Time: at},
		{Topic: "orders", Partition: 0, Offset: 1, Time: at},
		{Topic: "audit", Partition: 0, Offset: 0, Time: at.Add(-time.Second)}, // older: first
		{Topic: "payments", Partition: 0, Offset: 1, Time: at},
	}
	s := NewStore(nil, DefaultLimits())
	s.Fold(batch, at)
	var got []string
	s.Read(func(st *State) {
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			got = append(got, r.Topic+"@"+itoa(int(r.Offset)))
		}
	})
	want := "audit@0 orders@0 payments@0 orders@1 payments@1"
	if strings.Join(got, " ") != want {
		t.Fatalf("log %v, want %s", got, want)
	}
}
