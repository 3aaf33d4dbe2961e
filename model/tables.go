package model

import (
	"math"
	"time"
)

// SeriesEntry is the latest state of one key of a series view.
type SeriesEntry struct {
	Key      string
	Status   string
	Values   []float64 // latest value per field, NaN when never seen
	LastSeen time.Time
	Count    uint64
}

// StatusEntry is the latest state of one key of a status view.
type StatusEntry struct {
	Key      string
	Status   string
	Since    time.Time // when Status last changed
	LastSeen time.Time
	Count    uint64
}

// keyed is what the capped table needs of an entry.
type keyed interface {
	*SeriesEntry | *StatusEntry
}

// Table holds one entry per key, at most max of them: adding a key to a
// full table evicts the least recently seen one and counts it.
type Table[E keyed] struct {
	View    *TopicView
	Entries map[string]E
	Evicted uint64
	Errors  uint64 // records the view could not decode
	LastErr string
	max     int
	seen    func(E) time.Time
}

func newTable[E keyed](v *TopicView, max int, seen func(E) time.Time) *Table[E] {
	return &Table[E]{View: v, Entries: make(map[string]E), max: max, seen: seen}
}

// make room for one more key, evicting the least recently seen.
func (t *Table[E]) makeRoom() {
	if t.max <= 0 || len(t.Entries) < t.max {
		return
	}
	var oldKey string
	var oldest time.Time
	first := true
	for k, e := range t.Entries {
		if s := t.seen(e); first || s.Before(oldest) {
			oldKey, oldest, first = k, s, false
		}
	}
	delete(t.Entries, oldKey)
	t.Evicted++
}

func (t *Table[E]) noteErr(err error) {
	t.Errors++
	t.LastErr = err.Error()
}

// SeriesTable is a series view's per-key state.
type SeriesTable = Table[*SeriesEntry]

// StatusTable is a status view's per-key state.
type StatusTable = Table[*StatusEntry]

// NewSeriesTable makes an empty series table for v holding at most max keys.
func NewSeriesTable(v *TopicView, max int) *SeriesTable {
	return newTable(v, max, func(e *SeriesEntry) time.Time { return e.LastSeen })
}

// NewStatusTable makes an empty status table for v holding at most max keys.
func NewStatusTable(v *TopicView, max int) *StatusTable {
	return newTable(v, max, func(e *StatusEntry) time.Time { return e.LastSeen })
}

// FoldSeries folds one decoded record into a series table.
func FoldSeries(t *SeriesTable, d *Decoded, at time.Time) {
	e, ok := t.Entries[d.Key]
	if !ok {
		t.makeRoom()
		e = &SeriesEntry{Key: d.Key, Values: make([]float64, len(t.View.Fields))}
		for i := range e.Values {
			e.Values[i] = math.NaN()
		}
		t.Entries[d.Key] = e
	}
	for i, v := range d.Values {
		if !math.IsNaN(v) {
			e.Values[i] = v
		}
	}
	if d.Status != "" {
		e.Status = d.Status
	}
	e.LastSeen = at
	e.Count++
}

// FoldStatus folds one decoded record into a status table.
func FoldStatus(t *StatusTable, d *Decoded, at time.Time) {
	e, ok := t.Entries[d.Key]
	if !ok {
		t.makeRoom()
		e = &StatusEntry{Key: d.Key, Status: d.Status, Since: at}
		t.Entries[d.Key] = e
	}
	if e.Status != d.Status {
		e.Status, e.Since = d.Status, at
	}
	e.LastSeen = at
	e.Count++
}
