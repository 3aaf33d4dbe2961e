package model

import (
	"fmt"
	"strings"
	"time"
)

// Health is a Burrow-style verdict on a consumer, worst last.
type Health uint8

const (
	HealthNew   Health = iota // not judged yet: fewer polls than a full window since it was first seen or reset
	HealthOK                  // lag zero in the window, or the consumer keeps up
	HealthWarn                // lag rose on every poll of the window, or at every read (health_reads.go)
	HealthStall               // committed offset did not move over the window while lag is non-zero
	HealthStop                // no progress for longer than StopAfter while lag is non-zero
	HealthErr                 // offsets went backwards, or they could not be read
	// HealthStallSoFar is a STALL that may already be a STOP: the
	// committed offset has not moved since this washboard first polled
	// it, and it has watched for less than StopAfter, so it cannot tell
	// how long the offset stood before (ut19b J8: a console started 3
	// minutes later said STALL where the first said STOP). Shown
	// "STALL?"; it ranks between STALL and STOP.
	HealthStallSoFar
)

// Severity orders verdicts for a group's or topic's word, the worst of
// its partitions': a partition not judged yet ("new") outranks one that
// is OK, so a group whose partitions are mostly unjudged is not called OK
// on the one whose lag happened to be zero (ut15b C4: an Empty group with
// rising lag read OK, its partition rows new).
func (h Health) Severity() int {
	switch h {
	case HealthOK:
		return 0
	case HealthNew:
		return 1
	case HealthStallSoFar:
		return int(HealthStall) + 2
	case HealthStop, HealthErr:
		return int(h) + 2
	}
	return int(h) + 1
}

func (h Health) String() string {
	return [...]string{"NEW", "OK", "WARN", "STALL", "STOP", "ERR", "STALL?"}[h]
}

// Sample is one poll's view of a group's partition: the committed offset
// and the lag behind the high watermark. At is Unix nanoseconds: a sample
// without pointers keeps tens of thousands of histories cheap for the GC.
type Sample struct {
	At          int64
	Offset, Lag int64
}

// Verdict is a health word with the facts behind it. The reason is worded
// only when asked for: a poll judges tens of thousands of partitions and
// a person reads a handful of reasons.
type Verdict struct {
	Health Health
	why    uint8
	a, b   int64
	d      time.Duration
	stop   int64 // StopAfter, for a STALL? reason (nanoseconds)
	// up bounds d from above where the stall's start was not seen: the
	// age of the record the offset waits on (boundByRecord); 0 unknown.
	up time.Duration
}

const (
	whyNoData uint8 = iota
	whyRewind
	whyZero
	whyStopped
	whyFewPolls
	whyStalled
	whyRising
	whyMoving
	whyNew
	whyStalledSoFar
	whyRisingAtReads
	whyMembersLeft
	whyTrendAtReads
)

// Reason is the verdict in words.
func (v Verdict) Reason() string {
	switch v.why {
	case whyNoData:
		return "no committed offset seen yet"
	case whyRewind:
		return fmt.Sprintf("committed offset went back from %s to %s", Thousands(v.a), Thousands(v.b))
	case whyZero:
		// The window's length in time, not the config's name for it
		// (ut35-19: "within the window" is a word no screen shows).
		// Whether every poll saw it caught up or some did: a group at 0
		// for 13 minutes read `lag was zero within the last 29s`, weaker
		// than what was seen (ut43b-11).
		if v.a == v.b {
			return "caught up: lag 0 at every poll of the last " + Elapsed(v.d)
		}
		return fmt.Sprintf("lag 0 at %d of %d polls of the last %s", v.a, v.b, Elapsed(v.d))
	case whyStopped:
		return fmt.Sprintf("no progress for %s (offset %s, lag %s)", span(v.d, v.up), Thousands(v.a), Thousands(v.b))
	case whyFewPolls:
		return "too few polls to judge a trend"
	case whyStalled:
		sp, sep := span(v.d, v.up), " "
		if strings.HasPrefix(sp, "over ") {
			sep = ", " // "for over 2m, at most 3m, while"
		}
		return fmt.Sprintf("offset stuck at %s for %s%swhile lag is %s", Thousands(v.a), sp, sep, Thousands(v.b))
	case whyStalledSoFar:
		written := ""
		if v.up > 0 {
			written = " (the record there was written " + Elapsed(v.up) + " ago)"
		}
		return fmt.Sprintf("offset stuck at %s since washboard started watching %s ago%s, while lag is %s: STOP if it still stands after %s (a console watching longer may say STOP already)",
			Thousands(v.a), Elapsed(v.d), written, Thousands(v.b), Elapsed(time.Duration(v.stop)))
	case whyNew:
		return fmt.Sprintf("judged after %d polls: %d of %d polls so far", v.b, v.a, v.b)
	case whyRising:
		return fmt.Sprintf(roseAtPolls+", from %s to %s", Thousands(v.a), Thousands(v.b))
	case whyMembersLeft:
		return fmt.Sprintf("no members for %s: offset still at %s while lag is %s", Elapsed(v.d), Thousands(v.a), Thousands(v.b))
	case whyTrendAtReads:
		return fmt.Sprintf(roseAcrossReads+", from %s to %s", Thousands(v.a), Thousands(v.b))
	case whyRisingAtReads:
		return fmt.Sprintf(roseAtReads+", from %s to %s", Thousands(v.a), Thousands(v.b))
	}
	return fmt.Sprintf("consuming; lag %s", Thousands(v.b))
}

// minSamples is how many polls the trend rules (WARN, STALL) need: with
// fewer, a single slow poll would look like a trend.
const minSamples = 3

// Evaluate applies Burrow's sliding-window rules (linkedin/Burrow
// core/internal/evaluator) to the window of samples, oldest first. moved
// is when the committed offset last changed. Burrow judges commits; we see
// polls, so "no commits for a long time" becomes "no progress for
// stopAfter".
func Evaluate(win []Sample, moved, now time.Time, stopAfter time.Duration) Verdict {
	if len(win) == 0 {
		return Verdict{Health: HealthOK, why: whyNoData}
	}
	for i := 1; i < len(win); i++ {
		if win[i].Offset < win[i-1].Offset {
			return Verdict{Health: HealthErr, why: whyRewind, a: win[i-1].Offset, b: win[i].Offset}
		}
	}
	last := win[len(win)-1]
	zeros := 0
	for _, s := range win {
		if s.Lag == 0 {
			zeros++
		}
	}
	if zeros > 0 {
		return Verdict{Health: HealthOK, why: whyZero, a: int64(zeros), b: int64(len(win)), d: time.Duration(now.UnixNano() - win[0].At)}
	}
	if stopAfter > 0 && !moved.IsZero() && now.Sub(moved) > stopAfter {
		return Verdict{Health: HealthStop, why: whyStopped, a: last.Offset, b: last.Lag, d: now.Sub(moved)}
	}
	if len(win) < minSamples {
		return Verdict{Health: HealthOK, why: whyFewPolls}
	}
	first := win[0]
	if first.Offset == last.Offset {
		d := time.Duration(last.At - first.At)
		if !moved.IsZero() && now.Sub(moved) > d {
			d = now.Sub(moved) // stuck since it last moved, not just over the window
		}
		return Verdict{Health: HealthStall, why: whyStalled, a: last.Offset, b: last.Lag, d: d}
	}
	if rising(win) {
		return Verdict{Health: HealthWarn, why: whyRising, a: first.Lag, b: last.Lag}
	}
	return Verdict{Health: HealthOK, why: whyMoving, b: last.Lag}
}

// rising reports whether lag never fell across the window and ended higher.
func rising(win []Sample) bool {
	for i := 1; i < len(win); i++ {
		if win[i].Lag < win[i-1].Lag {
			return false
		}
	}
	return win[len(win)-1].Lag > win[0].Lag
}

// StallSoFar turns a STALL into STALL? where the rule depends on how long
// this washboard has watched: the committed offset has not moved since it
// was first polled (movedSeen false: moved is the first poll, not a
// change), less than stopAfter ago. Another console that has watched
// longer can see the same offset standing past stopAfter and say STOP;
// once this one has watched stopAfter, the verdicts agree. A STALL after
// a change this washboard saw is the same for every console that saw it.
func StallSoFar(v Verdict, movedSeen bool, moved, now time.Time, stopAfter time.Duration) Verdict {
	if v.Health != HealthStall || movedSeen || stopAfter <= 0 || now.Sub(moved) > stopAfter {
		return v
	}
	v.Health, v.why, v.d, v.stop = HealthStallSoFar, whyStalledSoFar, now.Sub(moved), int64(stopAfter)
	return v
}
