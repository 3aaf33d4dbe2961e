package model

// Each record once (issue 15, ut34a-11): the tail may bring a record the
// Log holds already (a topic read again from an earlier place with `w`,
// in any session, the Log being shared; a chosen start racing a fetch in
// flight). Whatever brought it, the Log files a record once, checked
// where the tail's records enter it (foldPrepared; Fold files what tests
// make as given), so one partition's rows
// stay in offset order and `held` and `read` count distinct records.
//
// The check needs no index of every offset: the Log files a partition's
// records in offset order (this file keeps it so) and drops its oldest
// first, so what it holds of a partition's current life (restart.go) is
// one run of the offsets read, from its oldest held to its newest. A
// record inside that run is held already; one after it is new; one before
// it (read again from further back than the Log holds) would land after
// newer rows of its partition, so the partition's held rows make way and
// come again in offset order as the read goes on past them, not counted
// as read a second time. The index is an entry per partition held, and
// one per partition cleared so until the read passes it: bounded by the
// Log's own bounds.

// heldRun is what the Log holds of one partition's life: offsets
// [low, high] (low moves past each record dropped), n records.
type heldRun struct {
	life      uint32
	low, high int64
	n         int
}

// admit reports whether r is to be filed in the Log (not held already),
// and whether it counts as read (not filed before: a row cleared for
// order and filed again was read before). A record older than what the
// Log holds of its partition clears the partition's rows first.
func (st *State) admit(r *Record) (file, count bool) {
	if r.Note != "" || r.Partition == WholeTopic {
		return true, true
	}
	k := TP{r.Topic, r.Partition}
	life := st.lives.of(r.Topic, r.Partition)
	if run, ok := st.held[k]; ok && run.life == life && r.Offset <= run.high {
		if r.Offset >= run.low {
			return false, false
		}
		st.clearRun(k, run)
	}
	return true, !st.refiledAgain(k, life, r.Offset)
}

// refiledAgain reports whether offset of k's life was cleared for order
// and is now filed again; the mark goes once the read passes it.
func (st *State) refiledAgain(k TP, life uint32, offset int64) bool {
	c, ok := st.refiled[k]
	if !ok {
		return false
	}
	if c.life != life || offset > c.high {
		delete(st.refiled, k)
		return false
	}
	return offset >= c.low
}

// clearRun takes k's rows of run's life out of the Log (one pass over
// it), remembering their offsets as read already.
func (st *State) clearRun(k TP, run heldRun) {
	st.Log.Keep(func(r *Record) bool {
		if r.Note != "" || r.Topic != k.Topic || r.Partition != k.Partition || r.Life != run.life {
			return true
		}
		st.logBytes -= int64(r.MemSize())
		return false
	})
	delete(st.held, k)
	if c, ok := st.refiled[k]; ok && c.life == run.life { // cleared twice before the read passed
		run.low, run.high = min(run.low, c.low), max(run.high, c.high)
	}
	if st.refiled == nil {
		st.refiled = map[TP]heldRun{}
	}
	st.refiled[k] = run
}

// filed notes r (stamped with its life) as held.
func (st *State) filed(r *Record) {
	if r.Note != "" || r.Partition == WholeTopic {
		return
	}
	k := TP{r.Topic, r.Partition}
	run, ok := st.held[k]
	if !ok || run.life != r.Life {
		if st.held == nil {
			st.held = map[TP]heldRun{}
		}
		st.held[k] = heldRun{life: r.Life, low: r.Offset, high: r.Offset, n: 1}
		return
	}
	run.high, run.n = r.Offset, run.n+1
	st.held[k] = run
}

// dropped notes r, the Log's oldest record, as no longer held: the oldest
// of its partition's run.
func (st *State) dropped(r *Record) {
	k := TP{r.Topic, r.Partition}
	run, ok := st.held[k]
	if r.Note != "" || !ok || run.life != r.Life {
		return
	}
	if run.n--; run.n == 0 {
		delete(st.held, k)
		return
	}
	run.low = r.Offset + 1
	st.held[k] = run
}
