package model

import (
	"strings"
	"testing"
	"time"
)

func TestParseResetTarget(t *testing.T) {
	now := time.Date(2026, 11, 29, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want ResetTarget
		err  string
	}{
		{"earliest", ResetTarget{Kind: ResetEarliest}, ""},
		{"LATEST", ResetTarget{Kind: ResetLatest}, ""},
		{"-1h", ResetTarget{Kind: ResetTime, At: now.Add(-time.Hour)}, ""},
		{"90m", ResetTarget{Kind: ResetTime, At: now.Add(-90 * time.Minute)}, ""},
		{"-2d", ResetTarget{Kind: ResetTime, At: now.Add(-48 * time.Hour)}, ""},
		{"2026-11-29 14:00", ResetTarget{Kind: ResetTime, At: now.Add(-time.Hour)}, ""},
		{"2026-11-29T14:30:00+01:00", ResetTarget{Kind: ResetTime, At: now.Add(-90 * time.Minute)}, ""},
		{"2026-11-28", ResetTarget{Kind: ResetTime, At: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)}, ""},
		{"1234", ResetTarget{Kind: ResetExact, Offset: 1234}, ""},
		{"@7", ResetTarget{Kind: ResetExact, Offset: 7}, ""},
		{"+10", ResetTarget{Kind: ResetShift, Shift: 10}, ""},
		{"-10", ResetTarget{Kind: ResetShift, Shift: -10}, ""},
		{"", ResetTarget{}, "say where to"},
		{"yesterday", ResetTarget{}, "not a reset target"},
		{"2027-01-01", ResetTarget{}, "in the future"},
	}
	for _, tc := range tests {
		got, err := ParseResetTarget(tc.in, now)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: %v, want an error saying %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got.Kind != tc.want.Kind || got.Offset != tc.want.Offset || got.Shift != tc.want.Shift || !got.At.Equal(tc.want.At) {
			t.Errorf("%q: %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestNewOffsetStaysInTheLog(t *testing.T) {
	tests := []struct {
		name                       string
		target                     ResetTarget
		current, low, high, atTime int64
		want                       int64
		clamped                    bool
	}{
		{"earliest", ResetTarget{Kind: ResetEarliest}, 50, 10, 100, -1, 10, false},
		{"latest", ResetTarget{Kind: ResetLatest}, 50, 10, 100, -1, 100, false},
		{"time found", ResetTarget{Kind: ResetTime}, 50, 10, 100, 42, 42, false},
		// a time after every record lands on the log end, said as a clamp
		// as an offset past it is (ut40b-6: the preview said nothing)
		{"time after every record is the end", ResetTarget{Kind: ResetTime}, 50, 10, 100, -1, 100, true},
		{"time on an empty log is its end, no clamp", ResetTarget{Kind: ResetTime}, 10, 10, 10, -1, 10, false},
		{"exact below the log start", ResetTarget{Kind: ResetExact, Offset: 3}, 50, 10, 100, -1, 10, true},
		{"exact past the end", ResetTarget{Kind: ResetExact, Offset: 300}, 50, 10, 100, -1, 100, true},
		{"shift back", ResetTarget{Kind: ResetShift, Shift: -5}, 50, 10, 100, -1, 45, false},
		{"shift without a commit starts at the log start", ResetTarget{Kind: ResetShift, Shift: 5}, -1, 10, 100, -1, 15, false},
	}
	for _, tc := range tests {
		got, clamped := NewOffset(tc.target, tc.current, tc.low, tc.high, tc.atTime)
		if got != tc.want || clamped != tc.clamped {
			t.Errorf("%s: %d (clamped %v), want %d (clamped %v)", tc.name, got, clamped, tc.want, tc.clamped)
		}
	}
}

func TestParseTopicSpec(t *testing.T) {
	s, err := ParseTopicSpec(" orders ", "6", "", "retention.ms=60000, cleanup.policy=compact")
	if err != nil || s.Name != "orders" || s.Partitions != 6 || s.Replicas != -1 || s.Configs["cleanup.policy"] != "compact" || s.Configs["retention.ms"] != "60000" {
		t.Fatalf("%+v, %v", s, err)
	}
	for _, bad := range [][4]string{{"", "1", "1", ""}, {"t", "zero", "", ""}, {"t", "0", "", ""}, {"t", "", "-1", ""}, {"t", "", "", "retention.ms"}} {
		if _, err := ParseTopicSpec(bad[0], bad[1], bad[2], bad[3]); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}

// The reset's one-line summary writes offsets grouped, as its preview and
// the side view do: `6,480→9,720`, not `6480→9720` (ut22b N5).
func TestResetSummaryGroupsOffsets(t *testing.T) {
	p := ResetPlan{Group: "g", Rows: []ResetRow{
		{TP: TP{Topic: "orders", Partition: 1}, Current: 6480, New: 9720},
		{TP: TP{Topic: "orders", Partition: 2}, Current: -1, New: 12},
	}}
	if got := p.Summary(10); !strings.HasSuffix(got, " orders/1 6,480→9,720 orders/2 -→12") {
		t.Errorf("got %q, want the offsets grouped", got)
	}
}

// A time ago is looked up at the second the preview says, so the line
// and the offsets agree with the same time typed (ut32a Za3: `-5m` at
// 11:54:29.8 said `11:49:29` and looked up 11:49:29.8, past a burst
// written at 11:49:29.541); a typed fraction is said as it is used.
func TestResetTimeIsTheTimeItSays(t *testing.T) {
	now := time.Date(2026, 11, 30, 11, 54, 29, 800_000_000, time.UTC)
	second := time.Date(2026, 11, 30, 11, 49, 29, 0, time.UTC)
	for _, tc := range []struct {
		in, says string
		at       time.Time
	}{
		{"-5m", "time 2026-11-30 11:49:29 UTC", second},
		{"2026-11-30 11:49:29", "time 2026-11-30 11:49:29 UTC", second},
		{"2026-11-30T11:49:29.541Z", "time 2026-11-30 11:49:29.541 UTC", second.Add(541 * time.Millisecond)},
	} {
		got, err := ParseResetTarget(tc.in, now)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if got.String() != tc.says {
			t.Errorf("%q says %q, want %q", tc.in, got.String(), tc.says)
		}
		if !got.At.Equal(tc.at) {
			t.Errorf("%q looks up %v, not the time it says", tc.in, got.At)
		}
	}
}
