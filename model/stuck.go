package model

import "time"

// A committed offset that stands still is stuck only while there is
// something to read: a group caught up on an idle topic for five minutes,
// then given two records, read `STOP no progress for 7m (offset 0, lag 2)`
// two minutes after they landed (ut29 W4). So STALL and STOP count from
// the later of the offset's last move and the last poll that read lag 0,
// and a stall that began with lag this washboard saw appear is known
// whole: it is never the STALL? of an offset stuck since before
// washboard watched (StallSoFar).

// stuckSince is when p's offset began to stand still with lag to read,
// and whether this washboard saw that moment (not only its first poll).
func (p *PartLag) stuckSince() (at time.Time, seen bool) {
	if p.caughtUp.After(p.moved) {
		return p.caughtUp, true
	}
	return p.moved, p.movedSeen
}
