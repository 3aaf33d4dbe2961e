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
