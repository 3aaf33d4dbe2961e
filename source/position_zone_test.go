package source

import (
	"strings"
	"testing"
	"time"
)

// A start time typed for --start or w is local time (the clock's zone),
// and the words that confirm where reading starts name that zone.
func TestStartTimeIsConfirmedWithItsZone(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	now := time.Date(2026, 11, 29, 16, 0, 0, 0, cet)
	pos, err := ParsePosition("2026-11-29T08:00", now)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 29, 7, 0, 0, 0, time.UTC); !pos.Time.Equal(want) {
		t.Fatalf("08:00 read as %s, want local %s", pos.Time.UTC(), want)
	}
	for _, s := range []string{startWords("orders", pos, nil), startWords("orders", pos, []PartitionStart{{Partition: 0, Note: "x"}})} {
		if !strings.Contains(s, "from 2026-11-29 08:00:00 CET") {
			t.Errorf("start confirmed without its zone: %q", s)
		}
	}
}

// A time ago starts at the second it is said in, as a reset's does
// (ut32a Za3's kind: `-5m` said 11:49:29 and looked up 11:49:29.8).
func TestPositionAgoIsTheSecondItSays(t *testing.T) {
	now := time.Date(2026, 11, 30, 11, 54, 29, 800_000_000, time.UTC)
	p, err := ParsePosition("-5m", now)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 30, 11, 49, 29, 0, time.UTC); !p.Time.Equal(want) {
		t.Fatalf("-5m at %v starts at %v, want %v", now, p.Time, want)
	}
}
