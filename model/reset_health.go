package model

import (
	"fmt"
	"strings"
	"time"
)

// A reset moves committed offsets back (or forward) on purpose: judging
// the window across it would call the operator's own action an error.
// So a move back, or a reset washboard logged, restarts the partition's
// health window, and nothing is judged until a full window of polls
// exists since the partition was first seen or last restarted.

// resetNoteFor is how long after a reset its author stays in the reason.
const resetNoteFor = 5 * time.Minute

// restart starts the partition's health window again at now, after its
// committed offset moved back from one offset to another, or forward as
// a reset made outside this console (reset_outside.go).
func (p *PartLag) restart(now time.Time, from, to int64) {
	p.from = now.UnixNano()
	p.back.from, p.back.to, p.back.at = from, to, now.UnixNano()
}

// sinceRestart is the part of the window after the last restart, and at
// least its newest sample: a poll that started before a reset was logged
// and is folded after it samples a time before the restart (an empty
// window has no rate and no verdict).
func (p *PartLag) sinceRestart(win []Sample) []Sample {
	i := 0
	for i < len(win) && win[i].At < p.from {
		i++
	}
	return win[min(i, max(len(win)-1, 0)):]
}

// judgeOnlyFullWindows turns a verdict reached on fewer polls than the
// window into "new", except verdicts that need no trend: lag zero,
// offsets ahead of the log, and STOP (measured in time, not polls).
func (l *Lags) judgeOnlyFullWindows(v Verdict, n int) Verdict {
	if n >= l.cfg.Window || v.why == whyZero || v.why == whyStopped || v.why == whyNoData {
		return v
	}
	return Verdict{Health: HealthNew, why: whyNew, a: int64(n), b: int64(l.cfg.Window)}
}

// noteReset restarts the health window of every partition of the group
// in scope of a reset washboard made, and remembers who made it.
func (l *Lags) noteReset(at time.Time, who, group string) {
	g := l.Groups[group]
	if g == nil {
		return
	}
	for _, p := range g.Parts {
		p.from = max(p.from, at.UnixNano())
		p.resetBy, p.resetAt = who, at
	}
}

// withReset puts a recent reset or move back of the committed offset
// before the reason r: the latest thing that happened to the partition.
func (p *PartLag) withReset(r string) string {
	// a move back seen within a few seconds after a logged reset is that reset
	backIsReset := p.back.at == 0 || time.Duration(p.back.at-p.resetAt.UnixNano()) < 10*time.Second
	switch {
	case p.resetBy != "" && p.since(p.resetAt) && backIsReset:
		return "reset by " + p.resetBy + " at " + p.resetAt.Local().Format("15:04:05") + "; " + r
	case p.back.at != 0 && p.since(time.Unix(0, p.back.at)):
		how := "moved back from %s to %s at %s (a reset?)"
		if p.back.to > p.back.from {
			how = "moved from %s to %s at %s with no member in the group (a reset?)"
		}
		return "offset " + fmt.Sprintf(how, Thousands(p.back.from), Thousands(p.back.to), time.Unix(0, p.back.at).Local().Format("15:04:05")) + "; " + r
	}
	return r
}

// since reports whether at is within resetNoteFor of the newest sample.
func (p *PartLag) since(at time.Time) bool {
	if p.Hist.Len() == 0 {
		return false
	}
	newest := p.Hist.At(p.Hist.Len() - 1)
	return time.Duration(newest.At-at.UnixNano()) < resetNoteFor
}

// isResetSummary reports whether an action's words are a reset's summary.
func isResetSummary(what string) bool { return strings.HasPrefix(what, resetSummaryPrefix) }
