package model

import "time"

// The record at a committed offset older than the watermark history.
// behind (behind.go) reads a record's age off the history of the high
// watermark, which starts at washboard's first poll: a group stuck on a
// record written before that reads only a floor (`>4m` where a console
// watching longer says `7m`, ut31 X12). The record is on the cluster: the
// poller reads its timestamp with a Fetch (source/behind_read.go) for the
// pairs BehindFloors lists, and hands the answers to SetRecordTimes.

// TPOffset is one offset of one partition.
type TPOffset struct {
	TP
	Offset int64
}

// recordTime is a record's timestamp (Unix nanoseconds) and the poll that
// last needed it.
type recordTime struct {
	at   int64
	seen uint64
}

// SetRecordTimes gives the timestamps of the records at some committed
// offsets (the first record a consumer there reads: past a transaction
// marker or an offset compaction removed, the next one), read from the
// cluster, for the next Observe. They are kept while a group stays on
// that offset, so each is read once.
func (l *Lags) SetRecordTimes(times map[TPOffset]time.Time) {
	if len(times) == 0 {
		return
	}
	if l.recTimes == nil {
		l.recTimes = make(map[TPOffset]recordTime, len(times))
	}
	for k, at := range times {
		l.recTimes[k] = recordTime{at: at.UnixNano(), seen: l.polls}
	}
}

// BehindFloors is the partitions and committed offsets whose behind the
// last poll could only bound from below (`>`): a group lags there, the
// committed offset is within the log, and its record is older than the
// watermark history, with no timestamp read for it yet. A pair several
// groups share is listed once per group. The slice is the Lags' own:
// copy it under the store's lock.
func (l *Lags) BehindFloors() []TPOffset {
	if l == nil {
		return nil
	}
	return l.floors
}

// exactBehind replaces p's floor by the age of the record at off where its
// timestamp was read, or lists the pair for reading. The age is never
// below the floor: the watermark was past the record at the history's
// first point, so a producer's clock ahead of the broker's does not make
// it younger than that.
func (l *Lags) exactBehind(now time.Time, p *PartLag, off int64) {
	p.recordAt = 0
	if !p.BehindAtLeast || p.Lag <= 0 || p.Edge != EdgeNone {
		return
	}
	k := TPOffset{p.TP, off}
	rt, ok := l.recTimes[k]
	if !ok {
		l.floors = append(l.floors, k)
		return
	}
	rt.seen = l.polls
	l.recTimes[k] = rt
	p.Behind = max(p.Behind, time.Duration(now.UnixNano()-rt.at))
	p.BehindAtLeast, p.recordAt = false, rt.at
}

// forgetRecordTimes drops the timestamps no group needed this poll.
func (l *Lags) forgetRecordTimes() {
	for k, rt := range l.recTimes {
		if rt.seen != l.polls {
			delete(l.recTimes, k)
		}
	}
}

// boundByRecord bounds a stall washboard did not see begin by the record
// a consumer at the offset reads next. The offset has stood since the
// first poll (the verdict's d, a lower bound); it began to stand no
// earlier than that record was written (an upper bound: the group may
// have committed the offset after the record came, a consumer that died
// while lagging, or before, one that stopped while caught up). So:
//   - a STALL? whose record is younger than StopAfter cannot be a STOP on
//     any console: it is a STALL;
//   - a STALL? or STOP says both bounds (`no progress for 6m to 9m`).
func boundByRecord(v Verdict, recordAt int64, now time.Time, stopAfter time.Duration) Verdict {
	if recordAt == 0 {
		return v
	}
	up := max(time.Duration(now.UnixNano()-recordAt), v.d)
	switch v.why {
	case whyStalledSoFar:
		if up <= stopAfter {
			v.Health, v.why = HealthStall, whyStalled
		}
	case whyStalled, whyStopped:
	default:
		return v
	}
	v.up = up
	return v
}

// span is d, or "over d, at most up" where the record's age bounds it
// from above and reads otherwise: one length and its bound, not "2m to
// 3m", which read as two lengths (ut38b-3).
func span(d, up time.Duration) string {
	if lo, hi := Elapsed(d), Elapsed(up); up > d && hi != lo {
		return "over " + lo + ", at most " + hi
	}
	return Elapsed(d)
}
