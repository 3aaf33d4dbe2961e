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
