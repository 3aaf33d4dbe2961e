package model

import "time"

// Prepared is one record made ready to fold: decoded for its topic's
// views off the store's lock, so that the write lock only files the
// results. Rec points into the slice given to Prepare, which must not
// change after.
type Prepared struct {
	Rec *Record
	// decoded is true when the record was decoded for its topic's views
	// (series and status: a topic may have both, ut24a P16); false when
	// its topic had none at Prepare.
	decoded bool
	series  viewDecode // for the topic's series view, if any
	status  viewDecode // for the topic's status view, if any
}

// viewDecode is one record decoded for one view.
type viewDecode struct {
	on  bool // the topic had this kind of view at Prepare
	dec Decoded
	err error // the view's decode error, counted at fold
}

// topicViews are one topic's views: a series view, a status view, both or
// neither.
type topicViews struct {
	series, status *TopicView
}

// Decoder decodes records for the store's views, off the store's write
// lock and from several goroutines at once: it looks the views of a
// batch's topics up under the read lock (views are added at runtime, never
// changed), then decodes without any lock.
type Decoder struct {
	s *Store
}

// Decoder returns a decoder for the store's views.
func (s *Store) Decoder() *Decoder { return &Decoder{s: s} }

// viewsOf finds the views of each topic in recs, as State.foldView
// folds into them (its series view and its status view).
func (d *Decoder) viewsOf(recs []Record) map[string]topicViews {
	views := map[string]topicViews{}
	d.s.Read(func(st *State) {
		last := ""
		for i := range recs {
			topic := recs[i].Topic
			if i > 0 && topic == last {
				continue
			}
			last = topic
			if _, ok := views[topic]; ok {
				continue
			}
			var tv topicViews
			if t, ok := st.Series[topic]; ok {
				tv.series = t.View
			}
			if t, ok := st.Status[topic]; ok {
				tv.status = t.View
			}
			views[topic] = tv
		}
	})
	return views
}

// Prepare is the decode stage: it decodes each record for its topic's
// view and returns them ready for Store.FoldTail. It takes no lock and
// keeps no state, so several batches may be prepared in parallel. Notes
// and aborted records are logged but never decoded into a view.
func (d *Decoder) Prepare(recs []Record) []Prepared {
	out := make([]Prepared, len(recs))
	views := d.viewsOf(recs)
	var slab []float64 // one allocation for every record's numbers
	for i := range recs {
		p := &out[i]
		p.Rec = &recs[i]
		if p.Rec.Note != "" || p.Rec.Aborted {
			continue
		}
		tv := views[p.Rec.Topic]
		if tv.series == nil && tv.status == nil {
			continue
		}
		p.decoded = true
		for _, vd := range []struct {
			v  *TopicView
			to *viewDecode
		}{{tv.series, &p.series}, {tv.status, &p.status}} {
			if vd.v == nil {
				continue
			}
			vd.to.on = true
			if n := len(vd.v.Fields); n > 0 {
				if len(slab) < n {
					slab = make([]float64, max(n*(len(recs)-i), n))
				}
				vd.to.dec.Values, slab = slab[:0:n], slab[n:]
			}
			vd.to.err = vd.v.Decode(p.Rec, &vd.to.dec)
		}
	}
	return out
}

// TailStat is what the tail tells the panes about its reading: how far
// behind the high watermarks it is, whether it is catching up, and which
// partitions keep failing. The tail replaces it whole.
type TailStat struct {
	Following int   // partitions being read
	Behind    int64 // records between what has been folded and the high watermarks the tail last saw
	// CatchUp is Behind when the current catch-up began (the progress
	// bar's whole); 0 while the tail keeps up.
	CatchUp int64
	// Drain is the records per second Behind shrank by over the last few
	// seconds of the catch-up (model.DrainMeter, from its first fold): the
	// header's time left is Behind / Drain. 0 while not measured yet or
	// not catching up; negative when the tail falls further behind.
	Drain float64
	// CaughtUpAt is when the last catch-up ended (the header says "caught
	// up" for a few seconds); zero before any.
	CaughtUpAt time.Time
	// Errs holds, per partition whose fetch keeps failing, the last error
	// in words; nil when none fails.
	Errs map[TP]string
}

// FoldTail folds prepared batches in order (the log keeps every record;
// each view's table files its decoded ones) and, when stat is not nil,
// replaces the tail's progress: one lock and one change signal for all.
func (s *Store) FoldTail(now time.Time, stat *TailStat, batches ...[]Prepared) {
	if len(batches) == 0 && stat == nil {
		return
	}
	// The log in time order across partitions (logorder.go), worked out
	// before the lock.
	var all []*Prepared
	for _, batch := range batches {
		for i := range batch {
			all = append(all, &batch[i])
		}
	}
	if order := timeOrder(len(all), func(i int) *Record { return all[i].Rec }, now); order != nil {
		sorted := make([]*Prepared, len(all))
		for i, j := range order {
			sorted[i] = all[j]
		}
		all = sorted
	}
	s.write(func(st *State) {
		n := 0
		for _, p := range all {
			if st.foldPrepared(p, now) {
				n++
			}
		}
		if n > 0 {
			st.Rate.Add(now, n)
		}
		if stat != nil {
			st.Tail = *stat
		}
	})
}

// foldPrepared files one prepared record and reports whether it was a
// record (not a note, not an aborted transaction's record).
func (st *State) foldPrepared(p *Prepared, now time.Time) bool {
	r := p.Rec
	file, count := st.admit(r) // the log files a record once (store_held.go)
	if !file {
		return false
	}
	st.pushLog(r)
	if r.Note != "" || !count {
		return false
	}
	if r.Aborted { // logged for the Log's toggle, never counted or decoded
		st.Aborted++
		return false
	}
	at := foldTime(r.Time, now)
	if !p.decoded {
		st.foldView(r, at) // a view added since the record was prepared (AddView)
		return true
	}
	if r.IsTombstone() && st.foldTombstone(r, at) {
		return true
	}
	if t := st.Series[r.Topic]; t != nil && p.series.on {
		if p.series.err != nil {
			t.noteErr(p.series.err, r)
		} else {
			FoldSeries(t, &p.series.dec, at)
		}
	}
	if t := st.Status[r.Topic]; t != nil && p.status.on {
		if p.status.err != nil {
			t.noteErr(p.status.err, r)
		} else {
			FoldStatus(t, &p.status.dec, at)
		}
	}
	return true
}
