package model

// A partition whose offsets start again (a broker or cluster replaced
// empty, a topic recreated, a log wiped) reuses them: orders/2@143 can be
// two records. Each restart the tail notes (Record.Restart) begins a new
// life of the partition; every record filed in the Log carries the life
// it was filed in (Record.Life), so the Log can mark the rows of an
// earlier log (ut15b C25: old and new rows under one topic/partition@offset,
// nothing telling them apart).

// lives counts the restarts filed per partition and per topic (a
// WholeTopic note restarts every partition of the topic).
type lives struct {
	part  map[TP]uint32
	topic map[string]uint32
}

func (l *lives) of(topic string, partition int) uint32 {
	return l.topic[topic] + l.part[TP{Topic: topic, Partition: partition}]
}

// noteLife stamps r with its partition's life, and a restart note begins
// a new one. The maps grow with the partitions that restarted only.
func (st *State) noteLife(r *Record) {
	l := &st.lives
	if r.Restart {
		if r.Partition == WholeTopic {
			if l.topic == nil {
				l.topic = map[string]uint32{}
			}
			l.topic[r.Topic]++
		} else {
			if l.part == nil {
				l.part = map[TP]uint32{}
			}
			l.part[TP{Topic: r.Topic, Partition: r.Partition}]++
		}
	}
	r.Life = l.of(r.Topic, r.Partition)
}

// Earlier reports whether r, a record of the Log, is of an earlier log of
// its partition: its offsets started again since r was filed.
func (st *State) Earlier(r *Record) bool {
	return r.Note == "" && r.Partition != WholeTopic && r.Life < st.lives.of(r.Topic, r.Partition)
}
