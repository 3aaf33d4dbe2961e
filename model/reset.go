package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ResetKind is where an offset reset moves a group.
type ResetKind uint8

const (
	ResetEarliest ResetKind = iota // the log start offset
	ResetLatest                    // the high watermark
	ResetTime                      // the first offset at or after a time
	ResetExact                     // a given offset
	ResetShift                     // the committed offset moved by +/-N
)

// ResetTarget is a parsed reset target.
type ResetTarget struct {
	Kind   ResetKind
	Offset int64     // ResetExact
	Shift  int64     // ResetShift: added to the committed offset
	At     time.Time // ResetTime
}

// String is the target as the preview and the event log say it.
func (t ResetTarget) String() string {
	switch t.Kind {
	case ResetEarliest:
		return "earliest"
	case ResetLatest:
		return "latest"
	case ResetTime:
		if t.At.Nanosecond() != 0 { // a typed RFC 3339 time with a fraction: said with it, as it is used
			return "time " + t.At.Format(DateTimeMilliZone)
		}
		return "time " + t.At.Format(DateTimeZone) // in the zone it was typed in: the clock's
	case ResetExact:
		return "offset " + strconv.FormatInt(t.Offset, 10)
	}
	return fmt.Sprintf("shift %+d", t.Shift)
}

// DateTimeZone is how a date that was typed is confirmed: local time with
// its zone named (2026-11-29 14:00:00 CET), so a reset or a start point
// reads in the time the user typed it in.
const DateTimeZone = "2006-01-02 15:04:05 MST"

// DateTimeMilliZone is DateTimeZone for a time typed with a fraction of a
// second: said with its milliseconds (and more where it has them), so the
// preview names the instant the reset looks up.
const DateTimeMilliZone = "2006-01-02 15:04:05.999999999 MST"

// ResetSyntax is the target syntax in a line, for the form's help: a date
// or time is read in now's zone (local time), which it names.
func ResetSyntax(now time.Time) string {
	return "earliest · latest · -1h, -30m, -2d (ago) · 2026-11-29 14:00 (local time, " + now.Format("MST") + ") · 1234 (offset) · +N/-N (shift)"
}

// ParseResetTarget reads a reset target: earliest, latest, a duration ago
// (-1h, 90m, -2d), a date or time (RFC 3339, or "2006-01-02[ 15:04[:05]]"
// in now's zone: local time, as every time washboard shows and as --start
// and the Topics pane's w read them), an exact offset (1234 or @1234) or a
// shift (+N, -N).
func ParseResetTarget(s string, now time.Time) (ResetTarget, error) {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	switch low {
	case "":
		// The form lists the forms (ResetSyntax) above the field: said
		// again here it was the same line twice (ut40a-26).
		return ResetTarget{}, errors.New("say where to: to is empty")
	case "earliest", "beginning", "start", "oldest":
		return ResetTarget{Kind: ResetEarliest}, nil
	case "latest", "end", "newest":
		return ResetTarget{Kind: ResetLatest}, nil
	}
	if n, err := strconv.ParseInt(strings.TrimPrefix(s, "@"), 10, 64); err == nil && !strings.HasPrefix(s, "+") && !strings.HasPrefix(s, "-") {
		if n < 0 {
			return ResetTarget{}, fmt.Errorf("offset %d: offsets are not negative", n)
		}
		return ResetTarget{Kind: ResetExact, Offset: n}, nil
	}
	if s[0] == '+' || s[0] == '-' {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return ResetTarget{Kind: ResetShift, Shift: n}, nil
		}
	}
	if d, ok := parseAgo(low); ok {
		// to the second the preview says: `-5m` at 11:54:29.8 is
		// 11:49:29, and a record written at 11:49:29.541 is in it, as it
		// is for the same time typed (ut32a Za3: the preview said 11:49:29
		// and looked up 11:49:29.8, skipping that second's burst)
		return ResetTarget{Kind: ResetTime, At: now.Add(-d).Truncate(time.Second)}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, now.Location()); err == nil {
			if t.After(now) {
				return ResetTarget{}, fmt.Errorf("%s is in the future: no record has that time yet (latest goes to the end)", s)
			}
			return ResetTarget{Kind: ResetTime, At: t}, nil
		}
	}
	return ResetTarget{}, fmt.Errorf("%q is not a reset target: use one of the forms listed above it", s)
}

// parseAgo reads "-1h", "1h30m", "-2d": a time before now. A leading minus
// is optional (a duration is always back in time).
func parseAgo(s string) (time.Duration, bool) {
	s = strings.TrimPrefix(s, "-")
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || n <= 0 {
			return 0, false
		}
		return time.Duration(n * float64(24*time.Hour)), true
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, false
	}
	return d, true
}

// ResetScope is which of a group's partitions a reset moves: all it
// committed on (Topic ""), one topic (Partition -1), or one partition.
type ResetScope struct {
	Topic     string
	Partition int
}

// String says the scope in words.
func (s ResetScope) String() string {
	switch {
	case s.Topic == "":
		return "every topic"
	case s.Partition < 0:
		return "topic " + s.Topic
	}
	return s.Topic + "/" + strconv.Itoa(s.Partition)
}

// Includes reports whether tp is in the scope.
func (s ResetScope) Includes(tp TP) bool {
	return s.Topic == "" || (tp.Topic == s.Topic && (s.Partition < 0 || tp.Partition == s.Partition))
}

// ResetRow is one partition of a reset preview. Current is -1 when the
// group has no committed offset there.
type ResetRow struct {
	TP
	Current, New, Low, High int64
	// Clamped says the target fell outside [Low, High] and was moved in:
	// for a time, one after the newest record (the log end).
	Clamped bool
}

// LagAfter is the lag the new offset leaves.
func (r ResetRow) LagAfter() int64 { return r.High - r.New }

// Moves reports whether the reset changes this partition: a committed
// offset moved, or a commit written where the group had none. A row
// already at its new offset is written again (harmless) but is no change
// to report (ut40b-6: `24→24` listed as reset).
func (r ResetRow) Moves() bool { return r.Current != r.New }

// ResetPlan is a reset before it is written: what the preview shows and
// the confirmation commits.
type ResetPlan struct {
	Group  string
	Scope  ResetScope
	Target ResetTarget
	Rows   []ResetRow
	// Skipped are partitions in scope the group has no commit on, left
	// alone because a shift moves committed offsets only.
	Skipped []TP
	// NotCommitted are the partitions of the topics a reset on every
	// topic covers that the group has no commit on and whose log is not
	// empty: it moves committed offsets only (as kafka-consumer-groups.sh
	// --all-topics does), so a restarted consumer starts there by its
	// auto.offset.reset, and the preview says so (ut36b-11: orders/1 went
	// unsaid under "on every topic to time …").
	NotCommitted []TP
	// At is when the reset is sent: its commits' mark carries it, and the
	// console that made it logs it, so every console names one time
	// (zero: when the commits are sent).
	At time.Time
}

// NewOffset is where target moves one partition, clamped into the log:
// low and high are the watermarks, current the committed offset (-1 none)
// and atTime the first offset at or after the target time (-1: no record
// that late, so the end).
func NewOffset(t ResetTarget, current, low, high, atTime int64) (off int64, clamped bool) {
	switch t.Kind {
	case ResetEarliest:
		off = low
	case ResetLatest:
		off = high
	case ResetTime:
		off = atTime
		if off < 0 { // no record at or after the time (ListOffsets' -1): the log end
			return high, high > low
		}
	case ResetExact:
		off = t.Offset
	case ResetShift:
		base := current
		if base < 0 {
			base = low // no commit: shift from the start, as Kafka's tool does
		}
		off = base + t.Shift
	}
	switch {
	case off < low:
		return low, true
	case off > high:
		return high, true
	}
	return off, false
}

// resetSummaryPrefix starts every reset summary: the event log tells a
// reset by it (reset_health.go).
const resetSummaryPrefix = "reset offsets of "

// Summary is the plan in one line for the event log ("orders/0 5→2, …",
// "orders/1 6,480→9,720").
func (p ResetPlan) Summary(limit int) string {
	var b strings.Builder
	fmt.Fprintf(&b, resetSummaryPrefix+"%s on %s to %s:", p.Group, p.Scope, p.Target)
	for i, r := range p.Rows {
		if i == limit {
			fmt.Fprintf(&b, " and %d more", len(p.Rows)-limit)
			break
		}
		cur := "-"
		if r.Current >= 0 {
			cur = Thousands(r.Current)
		}
		// offsets grouped as the preview, the side view and Partitions
		// write them (ut22b N5: 6,480 in the preview, 6480 here)
		fmt.Fprintf(&b, " %s/%d %s→%s", r.Topic, r.Partition, cur, Thousands(r.New))
	}
	return b.String()
}

// LogAction writes an operator action to the event log (the rebalance log)
// with who did it: the SSH user, or "the local console".
func (st *State) LogAction(at time.Time, who, subject, what string) {
	if st.Lag == nil {
		st.Lag = NewLags(LagConfig{})
	}
	st.Lag.Events.Push(Rebalance{At: at, Group: subject, Kind: "action", Detail: "by " + who + ": " + what})
	if isResetSummary(what) {
		st.Lag.noteReset(at, who, subject)
	}
}
