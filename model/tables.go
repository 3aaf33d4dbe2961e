package model

import (
	"math"
	"strings"
	"time"
)

// SeriesEntry is the latest state and history of one key of a series view.
type SeriesEntry struct {
	lruLink
	Key      string
	Status   string
	Values   []float64 // latest value per field, NaN when never seen
	Hist     []Hist    // history per field
	LastSeen time.Time
	Count    uint64
}

// StatusEntry is the latest state of one key of a status view.
type StatusEntry struct {
	lruLink
	Key      string
	Status   string
	Since    time.Time // when Status last changed
	LastSeen time.Time
	Count    uint64
}

// keyed is what the capped table needs of an entry.
type keyed interface {
	*SeriesEntry | *StatusEntry
	link() *lruLink
}

// Table holds one entry per key, at most max of them: adding a key to a
// full table evicts the least recently seen one and counts it. Keys are
// kept in an intrusive LRU list, so finding the one to evict is O(1), and
// its entry is recycled for the new key, so a full table folds records
// without allocating (but for the new key's string).
type Table[E keyed] struct {
	View    *TopicView
	Entries map[string]E
	Evicted uint64
	Errors  uint64 // records the view could not decode
	Deleted uint64 // keys removed by a tombstone (a null value)
	LastErr string
	// decimals is, per field of a series view, the most decimals a value
	// folded needed (ValueDecimals): the field's precision (Decimals)
	// follows every value seen, not the rows a frame happens to show.
	decimals []int
	max      int
	lru      lruLink // sentinel: lru.next is the most recently seen
	fresh    func() E
}

func newTable[E keyed](v *TopicView, max int, fresh func() E) *Table[E] {
	t := &Table[E]{}
	t.init(v, max, fresh)
	return t
}

// init sets up t in place: the LRU sentinel points at itself, so a Table
// must not be copied once initialised.
func (t *Table[E]) init(v *TopicView, max int, fresh func() E) {
	t.View, t.Entries, t.max, t.fresh = v, make(map[string]E), max, fresh
	t.lru.next, t.lru.prev = &t.lru, &t.lru
}

// entry returns key's entry marked most recently seen. reused is true when
// the entry is new to key (made, or recycled from the least recently seen
// key): the caller then resets it. key may alias a record's bytes; the
// table keeps its own copy.
func (t *Table[E]) entry(key string) (e E, reused bool) {
	if e, ok := t.Entries[key]; ok {
		t.lru.moveFront(e.link())
		return e, false
	}
	if t.max > 0 && len(t.Entries) >= t.max {
		old := t.lru.prev
		e = t.Entries[old.key]
		delete(t.Entries, old.key)
		old.unlink()
		t.Evicted++
	} else {
		e = t.fresh()
	}
	l := e.link()
	l.key = strings.Clone(key)
	t.Entries[l.key] = e
	t.lru.moveFront(l)
	return e, true
}

// Oldest is the least recently seen key, "" when the table is empty.
func (t *Table[E]) Oldest() string { return t.lru.prev.key }

// noteErr counts r as unreadable; LastErr is why: the schema read's
// reason where r's value could not be decoded (no registry, an unknown
// id), which says more than "not a JSON object" (ut36a-28).
func (t *Table[E]) noteErr(err error, r *Record) {
	t.Errors++
	t.LastErr = err.Error()
	if s := r.ValueSchema; s != nil && s.JSON == nil && s.Err != "" {
		t.LastErr = s.Err
	}
}

// lruLink is the intrusive list node every entry embeds.
type lruLink struct {
	prev, next *lruLink
	key        string
}

func (l *lruLink) link() *lruLink { return l }

func (l *lruLink) unlink() {
	if l.prev != nil {
		l.prev.next, l.next.prev = l.next, l.prev
	}
	l.prev, l.next = nil, nil
}

// moveFront puts n right after the sentinel l.
func (l *lruLink) moveFront(n *lruLink) {
	if l.next == n {
		return
	}
	n.unlink()
	n.prev, n.next = l, l.next
	l.next.prev = n
	l.next = n
}

// SeriesTable is a series view's per-key state.
type SeriesTable = Table[*SeriesEntry]

// NewSeriesTable makes an empty series table for v holding at most max keys.
func NewSeriesTable(v *TopicView, max int) *SeriesTable {
	w := v.History()
	return newTable(v, max, func() *SeriesEntry {
		nf := len(v.Fields)
		e := &SeriesEntry{Values: make([]float64, nf), Hist: make([]Hist, nf)}
		buckets := make([]bucket, nf*w.N) // one allocation for every field's history
		for i := range e.Hist {
			e.Hist[i] = newHist(buckets[i*w.N : (i+1)*w.N])
		}
		return e
	})
}

// Decimals is how many decimals field i of the view is printed with,
// everywhere it is printed (the table, the detail, its thresholds): as
// many as the value seen (or threshold) that needs the most, up to
// MaxDecimals, so an integer field reads 99 rather than 99.0, a
// temperature 55.3 and an amount 4666.38 (ut38b-17, ut38a-24: a fee of
// 0.01 read 0.0 under the one-decimal rule). It is a property of the
// field, from all data the table has folded: scrolling or a filter never
// changes it, and once a value needed more it stays (a column does not
// flip between 99 and 99.0).
func (t *Table[E]) Decimals(i int) int {
	d := 0
	if i < len(t.decimals) {
		d = t.decimals[i]
	}
	if i < len(t.View.Fields) {
		f := &t.View.Fields[i]
		for _, th := range []*float64{f.Warn, f.Crit} {
			if th != nil {
				d = max(d, ValueDecimals(*th))
			}
		}
	}
	return d
}

// FoldSeries folds one decoded record seen at `at` into a series table.
func FoldSeries(t *SeriesTable, d *Decoded, at time.Time) {
	e, reused := t.entry(d.Key)
	if reused {
		e.Key, e.Status, e.Count, e.LastSeen = e.link().key, "", 0, time.Time{}
		for i := range e.Values {
			e.Values[i] = math.NaN()
			e.Hist[i].Reset()
		}
	}
	w := t.View.History()
	if t.decimals == nil {
		t.decimals = make([]int, len(t.View.Fields))
	}
	for i, v := range d.Values {
		if !math.IsNaN(v) {
			if i < len(t.decimals) {
				t.decimals[i] = max(t.decimals[i], ValueDecimals(v))
			}
			e.Values[i] = v
			e.Hist[i].Add(w, at, v)
		}
	}
	if d.Status != "" && d.Status != e.Status {
		e.Status = strings.Clone(d.Status) // programs change rarely: copy on change
	}
	if at.After(e.LastSeen) {
		e.LastSeen = at
	}
	e.Count++
}
