package ui

import (
	"slices"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A long key is cut where it differs from the keys around it (keyApart),
// judged over the keys on screen and the long keys of the last minute
// (keysRecent), as a topic's cut is judged over every topic the Log holds
// (topicsApart): a producer of long keys among short ones puts one long
// key on screen at a time, which alone has nothing to be told from, and
// was cut in the middle, `se…-eu` for every merchant, dropping exactly
// the part that tells them apart (ut33 Zb6).
//
// The keys remembered are those of the Log, not of a filter: a filter
// does not start them afresh, and the long keys of held records it hides
// are noted as they arrive (unseenHeld), so a key is cut where it
// differs from the keys the Log holds whatever the filter shows (ut36b-7:
// `amount>1000` left one merchant's keys on screen, cut in the middle to
// `merch…3-settlement-key`, which reads as 0003's as well as 0013's).

// recentKeysMost bounds the long keys remembered: the newest are kept.
const recentKeysMost = 16

// recentKeyLeast is the width from which a key is remembered: a key
// narrower reads whole in every key column a frame gives.
const recentKeyLeast = 6

// recentKey is a long key and when it was last on screen.
type recentKey struct {
	key string
	at  time.Time
}

// keysRecent is the distinct long keys the Log has shown over memoKeep,
// for one layout (logMemoKey), newest last.
type keysRecent struct {
	key  logMemoKey
	keys []recentKey
}

// note remembers the keys of cells at least recentKeyLeast wide at now,
// and forgets those not on screen for memoKeep and those past
// recentKeysMost.
func (r *keysRecent) note(key logMemoKey, cells []logCell, now time.Time) {
	if r.key != key {
		*r = keysRecent{key: key}
	}
	for _, c := range cells {
		if draw.Width(c.key) < recentKeyLeast {
			continue
		}
		if i := slices.IndexFunc(r.keys, func(k recentKey) bool { return k.key == c.key }); i >= 0 {
			r.keys = slices.Delete(r.keys, i, i+1)
		}
		r.keys = append(r.keys, recentKey{key: c.key, at: now})
	}
	old := 0
	for old < len(r.keys) && (now.Sub(r.keys[old].at) > memoKeep || len(r.keys)-old > recentKeysMost) {
		old++
	}
	r.keys = slices.Delete(r.keys, 0, old)
}

// unseenMost bounds the hidden records noted a frame: the newest, as
// keysRecent keeps the newest keys.
const unseenMost = 64

// unseenHeld is dst with the held records of log from ring position from
// on (those that arrived since the last frame), the newest unseenMost,
// when filtered (unfiltered, they reach the screen as they arrive), and
// the position to go on from. Notes have no key and are left out.
func unseenHeld(dst []model.Record, log *model.Ring[model.Record], from uint64, filtered bool) ([]model.Record, uint64) {
	first := log.Dropped()
	end := first + uint64(log.Len())
	if !filtered {
		return dst, end
	}
	from = max(from, first, end-min(end, unseenMost))
	if from > end { // the ring started again
		from = max(first, end-min(end, unseenMost))
	}
	for at := from; at < end; at++ {
		if r := log.At(int(at - first)); r.Note == "" {
			dst = append(dst, r)
		}
	}
	return dst, end
}

// recentKey is the layout the long keys are remembered for: the Log's
// (logMemoKey) whatever its filter.
func (p *LogPane) recentKey() logMemoKey {
	k := p.memoKey()
	k.filter = ""
	return k
}

// with is cells followed by the remembered keys for key wider than w
// (as cells with a key only): what a key column w cells wide tells apart.
// cells is not written.
func (r *keysRecent) with(key logMemoKey, cells []logCell, w int) []logCell {
	if r.key != key || len(r.keys) == 0 {
		return cells
	}
	out := cells
	for _, k := range r.keys {
		if draw.Width(k.key) > w {
			if len(out) == len(cells) {
				out = slices.Clone(cells)
			}
			out = append(out, logCell{key: k.key})
		}
	}
	return out
}
