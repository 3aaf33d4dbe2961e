package ui

import (
	"github.com/washboard/washboard/model"
)

// Partitions' topic rows read `topic (N)`: the topic name cut where the
// list's topic names differ, as its group names are (namesApart), judged
// over the whole list, the filter and the cursor aside. Two topics that
// share a long start and end (`settlement.payments.…eu-west-1.v3` and
// `…us-east-1.v3`) read `settlemen…1.v3 (12)` and `settlemen…-1.v3 (6)`
// when cut in the middle: only the partition count told them apart (ut30
// X1).

// partTopicLeast and partTopicFloor are the widths the topic names are
// judged from (namesApart.judgeFrom): the zoomed box's room and the
// 80x24 grid's, a topic row's name column less its ` (N)`.
const (
	partTopicLeast = partNameMin - 4
	partTopicFloor = partNameLeast - 4
)

// rowTopics is the topic names of rows' topic rows, in order, and the
// widest ` (N)` a topic row's partition count takes.
func rowTopics(rows []prow) (names []string, suffix int) {
	parts := map[string]int{}
	for _, r := range rows {
		if r.kind == partRow {
			parts[r.topic]++
		}
	}
	for _, r := range rows {
		if r.kind == topicRow {
			names = append(names, model.PrintableString(r.topic))
			suffix = max(suffix, topicSuffixW(parts[r.topic]))
		}
	}
	return names, suffix
}

// topicSuffixW is the cells of a topic row's ` (N)` for n partitions.
func topicSuffixW(n int) int { return len(" ()") + len(itoa(n)) }
