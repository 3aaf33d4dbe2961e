package model

import (
	"slices"
	"strings"
	"time"
)

// Status views also keep store-level history per status value (shared by
// every session): how many updates each status received and how many keys
// moved into it, over the view's window, and the latest transitions.
const (
	maxStatuses    = 64  // distinct status values tracked; more are counted in Overflow
	maxTransitions = 200 // latest transitions kept per view
)

// StatusStat is the history of one status value ("north", "LoggedIn").
type StatusStat struct {
	Name    string
	Updates uint64 // records that carried this status
	Changes uint64 // keys that moved into it (first sight included)
	// UpdateHist and ChangeHist count the same per bucket: a rider
	// location's update rate, a student state's logins per minute.
	UpdateHist, ChangeHist Hist
}

// Transition is one key moving from one status to another.
type Transition struct {
	Key, From, To string // From is "" the first time a key is seen
	At            time.Time
}

// StatusTable is a status view's per-key state plus per-status history.
type StatusTable struct {
	Table[*StatusEntry]
	Stats    map[string]*StatusStat
	Overflow uint64 // records whose status did not fit in Stats
	Recent   *Ring[Transition]
}

// NewStatusTable makes an empty status table for v holding at most max keys.
func NewStatusTable(v *TopicView, max int) *StatusTable {
	t := &StatusTable{Stats: make(map[string]*StatusStat), Recent: NewRing[Transition](maxTransitions)}
	t.init(v, max, func() *StatusEntry { return &StatusEntry{} })
	return t
}

// stat returns the status value's history, made on first sight; nil once
// maxStatuses values are tracked.
func (t *StatusTable) stat(name string) *StatusStat {
	if s, ok := t.Stats[name]; ok {
		return s
	}
	if len(t.Stats) >= maxStatuses {
		return nil
	}
	w := t.View.History()
	b := make([]bucket, 2*w.N)
	s := &StatusStat{Name: strings.Clone(name), UpdateHist: newHist(b[:w.N]), ChangeHist: newHist(b[w.N:])}
	t.Stats[s.Name] = s
	return s
}

// FoldStatus folds one decoded record seen at `at` into a status table.
func FoldStatus(t *StatusTable, d *Decoded, at time.Time) {
	w := t.View.History()
	s := t.stat(d.Status)
	name := d.Status
	if s != nil {
		name = s.Name // interned: the entry shares the stat's string
		s.Updates++
		s.UpdateHist.Add(w, at, 1)
	} else {
		t.Overflow++
	}
	e, reused := t.entry(d.Key)
	if reused {
		e.Key, e.Status, e.Count, e.LastSeen = e.link().key, "", 0, time.Time{}
	}
	if e.Status != name {
		if s == nil {
			name = strings.Clone(name)
		}
		t.Recent.Push(Transition{Key: e.Key, From: e.Status, To: name, At: at})
		e.Status, e.Since = name, at
		if s != nil {
			s.Changes++
			s.ChangeHist.Add(w, at, 1)
		}
	}
	if at.After(e.LastSeen) {
		e.LastSeen = at
	}
	e.Count++
}

// Latest is up to n of the table's transitions, newest first by the time
// they happened (the records' times): records of several partitions are
// folded as they arrive, not in time order, so the ring's order is not
// the time order. Equal times keep the later-folded first.
func (t *StatusTable) Latest(n int) []Transition {
	all := t.Recent.Slice(nil, 0, t.Recent.Len())
	slices.Reverse(all) // later-folded first, for equal times
	slices.SortStableFunc(all, func(a, b Transition) int { return b.At.Compare(a.At) })
	return all[:min(n, len(all))]
}
