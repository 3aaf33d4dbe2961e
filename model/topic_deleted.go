package model

import (
	"strings"
	"time"
)

// DeletedTopicWords is the outcome a console's own topic delete logs
// (LogAction's what): "deleted topic NAME".
const DeletedTopicWords = "deleted topic "

// TopicDeleted is the newest delete of topic an operator of this
// console made (the event log's action entries, LogAction): when, and
// by whom (the SSH user or "the local console"); ok false when none is
// logged. A topic gone from the cluster after it is not a mystery
// (ut40b-21: `(deleted?)` a second after this console deleted it).
func (st *State) TopicDeleted(topic string) (at time.Time, who string, ok bool) {
	if st.Lag == nil || st.Lag.Events == nil {
		return time.Time{}, "", false
	}
	for i := st.Lag.Events.Len() - 1; i >= 0; i-- {
		e := st.Lag.Events.At(i)
		if e.Kind != "action" || e.Group != topic {
			continue
		}
		by, what, cut := strings.Cut(strings.TrimPrefix(e.Detail, "by "), ": ")
		if cut && what == DeletedTopicWords+topic {
			return e.At, by, true
		}
	}
	return time.Time{}, "", false
}
