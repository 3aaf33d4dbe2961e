package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A group without members lists the partitions it committed on; the
// others of the same topics it says in a line each (ut34b-3: a group that
// committed on 4 of a topic's 12 partitions said nothing of the other 8,
// where a restarted consumer starts by its auto.offset.reset), in the
// reset preview's words: `not committed on 8 of 12 partitions of orders:
// 0 1 3 4 6 7 8 9`, a partition whose log is empty aside, as the
// preview counts them. Its lag covers the committed partitions only.

// notCommittedLines is, per topic g committed on, the line naming the
// topic's partitions g has no commit on (topics by name; none where it
// committed on all), the topics' partition counts from st's last poll.
func notCommittedLines(st *model.State, commits []model.TP) []string {
	on := map[string][]int{}
	var topics []string
	for _, tp := range commits {
		if _, ok := on[tp.Topic]; !ok {
			topics = append(topics, tp.Topic)
		}
		on[tp.Topic] = append(on[tp.Topic], tp.Partition)
	}
	slices.Sort(topics)
	var out []string
	for _, t := range topics {
		n := partitionsOf(st, t)
		var not []string
		for p := range n {
			// a partition whose log is empty has nothing to commit: left out,
			// as the reset preview and the lag's floor count them
			// (model.GroupLag.NotCommittedIn; ut38b-7: 7 there, 8 here)
			if !slices.Contains(on[t], p) && (st.Lag == nil || !st.Lag.EmptyLog(model.TP{Topic: t, Partition: p})) {
				not = append(not, strconv.Itoa(p))
			}
		}
		if len(not) == 0 {
			continue
		}
		out = append(out, "not committed on "+strconv.Itoa(len(not))+" of "+model.Plural(n, "partition")+
			" of "+model.PrintableString(t)+": "+strings.Join(not, " "))
	}
	return out
}

// partitionsOf is topic's partition count in the last poll (TopicStats
// is sorted by name); 0 when it is not listed.
func partitionsOf(st *model.State, topic string) int {
	i, ok := slices.BinarySearchFunc(st.TopicStats, topic, func(t model.TopicStat, name string) int { return strings.Compare(t.Name, name) })
	if !ok {
		return 0
	}
	return st.TopicStats[i].Partitions
}

// wrapNotCommitted wraps a notCommittedLines line to w cells, its list of
// partitions (after the topic's `:`) kept on one line: on the topic's
// last line where it fits there, else on a line of its own (wrapped only
// where it is wider than the column), never `… v3: 0` / `2` (ut42b-14).
func wrapNotCommitted(line string, w int) []string {
	head, list, ok := strings.Cut(line, ": ")
	if !ok || draw.Width(line) <= w {
		return draw.Wrap(line, w)
	}
	out := draw.Wrap(head+":", w)
	if last := out[len(out)-1]; draw.Width(last)+1+draw.Width(list) <= w {
		out[len(out)-1] = last + " " + list
		return out
	}
	return append(out, draw.Wrap(list, w)...)
}
