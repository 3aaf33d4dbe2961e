package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// noMatchText is what the Log says when its filter matches no buffered
// record: that, and why in words when a topic= term explains it
// (noMatchWhy).
func (p *LogPane) noMatchText() string {
	msg := "no buffered record matches the filter"
	if why := p.frame.noMatch; why != "" {
		msg += ": " + why
	}
	return msg
}

// noMatchWhy says why the filter's topic= terms match nothing the Log
// holds (ut19b J9: a filter on a topic the Log does not read said only
// "no buffered record matches"): no topic has that name (topic= takes a
// whole name; one that starts with it or holds it is named); the Log
// does not read it (and how to: `w` in 8 Topics); or it reads it but
// holds none of its records (read from its end and nothing has arrived
// since, or they have left the buffer). "" when the terms do not explain it (the topic's records are
// held, other terms leave them out). It runs under the store's read
// lock; p.chosen is this session's chosen topics, copied before it.
func (p *LogPane) noMatchWhy(st *model.State) string {
	for _, t := range p.idx.filter.Topics() {
		name := model.PrintableString(t)
		if len(st.Topics) > 0 && !slices.Contains(st.Topics, t) {
			if like := topicsLike(st.Topics, t); len(like) > 0 {
				s := "no topic is named " + name + " (topic= takes a whole name); did you mean topic=" + model.PrintableString(like[0])
				if len(like) > 1 {
					s += " (or " + count(len(like)-1) + " more)"
				}
				return s + "?"
			}
			return "no topic on the cluster is named " + name
		}
		_, why := st.ReadWhy[t]
		read := why || slices.Contains(st.AutoWatched, t) || slices.Contains(p.chosen, t)
		if st.ReadWhy != nil && !read {
			return "the Log does not read " + name + "; w on it in 8 Topics reads it from a place you choose"
		}
		if read && !holdsTopic(st.Log, t) {
			return "the Log reads " + name + " but holds none of its records (nothing has arrived since it began reading at the end, or they have left the buffer); w on it in 8 Topics reads it from an earlier place"
		}
	}
	return ""
}

// topicsLike is the topics whose names start with name, then those that
// hold it, ignoring case, each list sorted.
func topicsLike(topics []string, name string) []string {
	lower := strings.ToLower(name)
	var starts, holds []string
	for _, t := range topics {
		switch l := strings.ToLower(t); {
		case strings.HasPrefix(l, lower):
			starts = append(starts, t)
		case strings.Contains(l, lower):
			holds = append(holds, t)
		}
	}
	return append(starts, holds...)
}

// holdsTopic reports whether the Log holds a record of topic (notes from
// the tail not counted).
func holdsTopic(log *model.Ring[model.Record], topic string) bool {
	for i := range log.Len() {
		if r := log.At(i); r.Topic == topic && r.Note == "" {
			return true
		}
	}
	return false
}
