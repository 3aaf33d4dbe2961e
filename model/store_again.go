package model

// Reading a topic again (issue 15): choosing a new start for a topic the
// Log already read (w twice, w on a topic read for the busiest or a view,
// in any session: the Log is shared) reads records the log may still
// hold. The tail says so with ReadAgain before its readers restart, and
// the fold then drops every record whose (topic, partition, offset) the
// log holds, until the partition reads past what was held. Records the
// log no longer holds (evicted) are kept again, after the newer ones.

// ReadAgain marks topic's partitions as read again from a chosen place:
// records below the newest offset the log holds for a partition, or below
// reached (partition -> the next offset its stopped reader would have
// read: its last batches may not be folded yet), are checked against the
// log before they are kept. It scans the log once.
func (s *Store) ReadAgain(topic string, reached map[int]int64) {
	s.write(func(st *State) {
		if st.again == nil {
			st.again = map[TP]int64{}
		}
		for part, next := range reached {
			k := TP{topic, part}
			st.again[k] = max(st.again[k], next)
		}
		for i := range st.Log.Len() {
			r := st.Log.At(i)
			if r.Topic != topic {
				continue
			}
			k := TP{r.Topic, r.Partition}
			if r.Offset+1 > st.again[k] {
				st.again[k] = r.Offset + 1
			}
		}
	})
}

// holds reports whether the log already holds r, for a partition read
// again; it forgets the mark once the partition reads past it. The
// partition's held offsets are gathered once per batch (againSeen).
func (st *State) holds(r *Record) bool {
	if len(st.again) == 0 {
		return false
	}
	k := TP{r.Topic, r.Partition}
	mark, ok := st.again[k]
	if !ok {
		return false
	}
	if r.Offset >= mark {
		delete(st.again, k)
		delete(st.againSeen, k)
		return false
	}
	seen, ok := st.againSeen[k]
	if !ok {
		seen = map[int64]bool{}
		for i := range st.Log.Len() {
			if h := st.Log.At(i); h.Topic == r.Topic && h.Partition == r.Partition {
				seen[h.Offset] = true
			}
		}
		if st.againSeen == nil {
			st.againSeen = map[TP]map[int64]bool{}
		}
		st.againSeen[k] = seen
	}
	if seen[r.Offset] {
		return true
	}
	seen[r.Offset] = true // kept now: a second copy in this batch is dropped
	return false
}
