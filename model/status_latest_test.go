package model

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The latest changes are newest first by when they happened, though the
// records of several partitions are folded in arrival order, and a key
// seen for the first time is a change too (new → status).
func TestLatestTransitionsAreNewestFirst(t *testing.T) {
	t0 := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	rec := func(part int, off int64, sec int, key, status string) Record {
		return Record{Topic: RiderTopic, Partition: part, Offset: off, Time: t0.Add(time.Duration(sec) * time.Second),
			Value: fmt.Appendf(nil, `{"name":%q,"location":%q}`, key, status)}
	}
	s := NewStore(DefaultViews(), DefaultLimits())
	// Partition 0's batch arrives first though partition 1's records are
	// interleaved in time with it.
	s.Fold([]Record{
		rec(0, 0, 1, "bin-1", "hall"), rec(0, 1, 3, "bin-1", "lift"), rec(0, 2, 5, "bin-3", "hall"),
	}, t0.Add(time.Minute))
	s.Fold([]Record{
		rec(1, 0, 2, "esc-3", "roof"), rec(1, 1, 4, "bin-4", "yard"), rec(1, 2, 6, "esc-3", "hall"),
	}, t0.Add(time.Minute))
	var got []string
	s.Read(func(st *State) {
		for _, tr := range st.Status[RiderTopic].Latest(10) {
			got = append(got, fmt.Sprintf("%s:%s>%s", tr.Key, tr.From, tr.To))
		}
	})
	want := "esc-3:roof>hall bin-3:>hall bin-4:>yard bin-1:hall>lift esc-3:>roof bin-1:>hall"
	if strings.Join(got, " ") != want {
		t.Fatalf("latest changes\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	s.Read(func(st *State) {
		if n := len(st.Status[RiderTopic].Latest(2)); n != 2 {
			t.Fatalf("Latest(2) gave %d", n)
		}
	})
}
