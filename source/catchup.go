package source

import (
	"time"

	"github.com/washboard/washboard/model"
)

// measure fills st.Drain, the catch-up's pace, and restarts the meter
// when a catch-up begins. The meter starts at the catch-up's first fold
// (folded: this publish filed records), so the wait for the first fetch
// does not make the first estimate of the time left too long.
func (s *statTrack) measure(st *model.TailStat, folded bool, now time.Time) {
	switch {
	case st.CatchUp == 0:
		s.drain.Reset()
		return
	case s.last.CatchUp == 0: // a catch-up begins
		s.drain.Reset()
	}
	if folded || s.drain.Started() {
		s.drain.Add(now, st.Behind)
	}
	st.Drain = s.drain.Rate()
}

// pieceAdvances is where each partition of piece stands once it is
// folded: past its last record there. A big fetch response is folded in
// pieces (enqueue); without these the records behind would not move
// until its last piece is folded (a whole response, ~40,000 records).
// The response's last piece carries the response's own advances, which
// also step over control batches.
func pieceAdvances(all []advance, piece []model.Record) []advance {
	last := map[model.TP]int64{}
	for i := range piece {
		r := &piece[i]
		if r.Note == "" {
			tp := model.TP{Topic: r.Topic, Partition: r.Partition}
			last[tp] = max(last[tp], r.Offset+1)
		}
	}
	var out []advance
	for _, a := range all {
		if next, ok := last[a.ps.tp]; ok {
			out = append(out, advance{ps: a.ps, next: min(next, a.next)})
		}
	}
	return out
}
