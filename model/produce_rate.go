package model

import "time"

// The produce rates the panes show are the records of the last 30 s
// (produce_span.go). The rule below is the producer's rhythm: its moves
// are what a group's consume rate is stretched to whole periods of
// (consume_window.go). It was the rate itself until ut35 (a number no
// span gave: 100 records read 4.3/s), and reads as follows.
//
// A partition's rhythm is read off its high watermark, one poll at a
// time. A per-poll delta is useless to read when records arrive in bursts
// (a kcat -P pipe, a producer's linger, a broker that exposes records in
// steps): it reads 0.0/s between bursts next to a trend with bars, and a
// steady ~10/s producer flaps 0, 7, 14 (ut16a D1, ut15b C23). So the rate
// is taken over the last bursts:
//
//   - the polls that saw the watermark move are remembered, up to
//     rateMoves of them; the rate is the records between the oldest and
//     the newest of them divided by the time between them (the last
//     rateMoves-1 burst periods: a steady producer's last three polls);
//   - the first move after silence (or after first sight) has no rhythm
//     to go by: its records came since the poll before, so that poll is
//     the baseline until a second move replaces it; once that lone burst
//     has been silent for two polls it reads its records over rateLone
//     (the records of the last 30 s over 30 s), until a second move gives
//     the rhythm or rateLone has passed: a burst after an idle minute
//     read 0.0/s by the second poll while the trend drew it (ut22a M9);
//   - between moves the rate holds, and it reads 0 once the silence has
//     lasted both two polls and twice the mean gap between the moves
//     remembered: a steady producer (a move every poll) reads 0 by the
//     second poll after it stops, one that writes every third poll keeps
//     its rate between bursts;
//   - a move after a silence longer than rateMaxIdle polls, or than
//     rateBreak times the mean gap, starts afresh (the producer stopped
//     and came back: the old rhythm says nothing, and spreading its
//     records over the pause would read a fraction of its rate).

// rateMoves is how many watermark moves the rate spans (rateMoves-1 gaps).
const rateMoves = 4

// rateMaxIdle is the most silent polls between two moves that are still
// one producer's rhythm (a kcat -P pipe was seen writing every 14 s).
const rateMaxIdle = 30

// rateLone is the span a lone burst's records are read over (see above).
const rateLone = 30 * time.Second

// rateBreak: a silence this many times the mean gap between moves is a
// pause, not the rhythm.
const rateBreak = 4

// hwMove is a poll that saw the high watermark move: when (Unix
// nanoseconds) and to what.
type hwMove struct {
	at   int64
	high int64
}

// hwMark is a partition's produce-rate state after a poll.
type hwMark struct {
	at    time.Time // the poll
	high  int64     // its high watermark
	rate  float64   // records/s, as above
	idle  int       // polls since the watermark last moved
	moves [rateMoves]hwMove
	n     int  // moves[:n] are set, oldest first
	fresh bool // moves[0] is the poll before a first move, not a move
}

// produceRate is a partition's produce rate at a poll that saw its high
// watermark at high, given the previous poll's mark (ok: there was one).
func produceRate(prev hwMark, ok bool, now time.Time, high int64) hwMark {
	if !ok || !now.After(prev.at) || high < prev.high {
		return hwMark{at: now, high: high} // first sight, a clock step, or a log replaced: no delta
	}
	m := prev
	m.at, m.high = now, high
	if high == prev.high {
		m.idle++
		if m.n >= 2 && m.idle >= 2 && now.UnixNano()-m.moves[m.n-1].at >= 2*m.gap() {
			m.rate = 0
			if since := now.UnixNano() - m.moves[1].at; m.fresh && since < int64(rateLone) {
				m.rate = float64(m.moves[1].high-m.moves[0].high) / rateLone.Seconds()
			}
		}
		return m
	}
	move := hwMove{at: now.UnixNano(), high: high}
	switch {
	case m.n == 0 || prev.idle >= rateMaxIdle || !m.fresh && move.at-m.moves[m.n-1].at > rateBreak*m.gap():
		m.moves[0], m.moves[1], m.n, m.fresh = hwMove{at: prev.at.UnixNano(), high: prev.high}, move, 2, true
	default:
		if m.fresh { // a second move: the rhythm replaces the poll before the first
			copy(m.moves[:], m.moves[1:m.n])
			m.n, m.fresh = m.n-1, false
		}
		if m.n == rateMoves {
			copy(m.moves[:], m.moves[1:])
			m.n--
		}
		m.moves[m.n] = move
		m.n++
	}
	m.idle = 0
	first, last := m.moves[0], m.moves[m.n-1]
	m.rate = float64(last.high-first.high) / time.Duration(last.at-first.at).Seconds()
	return m
}

// gap is the mean time between the moves remembered (nanoseconds).
func (m *hwMark) gap() int64 {
	return (m.moves[m.n-1].at - m.moves[0].at) / int64(m.n-1)
}
