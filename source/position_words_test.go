package source

import (
	"testing"
	"time"
)

// A start's words are one sentence: "reading T into the Log from <where>",
// the time said once, then the notes with their partitions, the verb
// agreeing with them (ut42b-16: the time twice, `partition 2,3,4`, and
// `into the Log` after the parenthesis).
func TestStartWordsSayThePlaceOnce(t *testing.T) {
	at := time.Date(2026, 12, 1, 2, 46, 22, 0, time.UTC)
	pos := Position{Start: Start{Mode: StartTime}, Time: at}
	none := "no record since then: starts at the end"
	parts := func(notes ...string) []PartitionStart {
		out := make([]PartitionStart, len(notes))
		for i, n := range notes {
			out[i] = PartitionStart{Partition: i, Note: n}
		}
		return out
	}
	for _, c := range []struct {
		name   string
		starts []PartitionStart
		want   string
	}{
		{"no note", parts("", ""), "reading T into the Log from 2026-12-01 02:46:22 UTC"},
		{"one", parts("", none), "reading T into the Log from 2026-12-01 02:46:22 UTC (partition 1: no record since then: starts at the end)"},
		{"three", parts("", "", none, none, none), "reading T into the Log from 2026-12-01 02:46:22 UTC (partitions 2, 3, 4: no record since then: they start at the end)"},
		{"every", parts(none, none), "reading T into the Log from 2026-12-01 02:46:22 UTC (every partition: no record since then: starts at the end)"},
		{"many", parts("", none, none, none, none, none), "reading T into the Log from 2026-12-01 02:46:22 UTC (5 partitions: no record since then: they start at the end)"},
		{"oldest", parts("", "starts at the oldest record", "starts at the oldest record"), "reading T into the Log from 2026-12-01 02:46:22 UTC (partitions 1, 2: they start at the oldest record)"},
	} {
		if got := startWords("T", pos, c.starts); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
