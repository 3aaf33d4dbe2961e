package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// At 80x24 the Topics box is six lines: an opened topic shows its
// partition rows there, not only the section headings; z (zoom) still
// shows every section with its title.
func TestTopicOpenedInSmallBoxShowsPartitionRows(t *testing.T) {
	a := foreignApp(t, 80, 24)
	do(a, "enter")
	got := screen(a)
	for _, row := range []string{`(?m)^│0 +\S`, `(?m)^│1 +\S`} {
		if !regexp.MustCompile(row).MatchString(got) {
			t.Errorf("no partition row %s in the small box:\n%s", row, got)
		}
	}
	if !strings.Contains(got, "more lines below") {
		t.Errorf("the cut is not said:\n%s", got)
	}
	do(a, "z")
	got = screen(a)
	for _, want := range []string{"partitions", "configs (not Kafka's defaults)", "consumer groups", "billing"} {
		if !strings.Contains(got, want) {
			t.Errorf("zoomed: no %q:\n%s", want, got)
		}
	}
}

// A long topic's notes in its detail are said whole, wrapped, while rows
// are free (ut15a A2: "no group has committed offsets on ledger-…" was cut).
func TestTopicDetailSaysALongNameWhole(t *testing.T) {
	const long = "ledger-entries-for-the-payments-reconciliation-pipeline-v2"
	a := foreignApp(t, 80, 24)
	writer(a.c).Update(func(st *model.State) {
		st.Partitions = append(st.Partitions, model.PartitionStat{Topic: long, Partition: 0, Leader: 1, High: 3, Replicas: []int{1}, ISR: []int{1}})
		st.TopicStats = append(st.TopicStats, model.TopicStat{Name: long, Partitions: 1, Replication: 1})
		st.Topics = append([]string{long}, st.Topics...) // sorted
		st.TopicStats = append(st.TopicStats[len(st.TopicStats)-1:], st.TopicStats[:len(st.TopicStats)-1]...)
		model.SumTopics(st.TopicStats, st.Partitions)
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second) // a new poll: the pane copies it
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "z", "/", "ledger", "enter", "enter")
	var text []string
	for _, l := range strings.Split(screen(a), "\n") {
		text = append(text, strings.TrimSpace(strings.Trim(l, "│ ")))
	}
	if joined := strings.Join(text, " "); !strings.Contains(joined, "no group reads "+long) &&
		!strings.Contains(joined, "no group reads ledger-entries-for-the-payments-reconciliation- pipeline-v2") {
		t.Errorf("the note is cut:\n%s", screen(a))
	}
}

// --topic outcomes are said whole, reasons included, and counted in the
// rows the list does not get, so the border's position says what shows
// (ut16b E20, E23; ut16a D13: one line each lost the reason, and the
// border said 1-3/5 above two rows).
func TestTopicsStartNotesWholeAndCounted(t *testing.T) {
	const refused = "!! --topic payments.settlement.reconciliation.events.eu-west-1.v3-archive-x@0=5,99=1: payments.settlement.reconciliation.events.eu-west-1.v3-archive-x has no partition 99 (it has partitions 0-7)"
	a := foreignApp(t, 80, 24)
	writer(a.c).Update(func(st *model.State) {
		st.StartNotes = []string{"reading orders from 2026-11-29 19:48:17 UTC (every partition: no record at or after it, starts at the end)", refused}
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	s := screen(a)
	shown := 0
	for _, name := range []string{"orders", "payments"} {
		if topicRowOf(s, name) != "" {
			shown++
		}
	}
	if (shown == 1) != strings.Contains(s, "1-1/2") || strings.Contains(s, "1-2/2") || shown == 0 {
		t.Errorf("the border does not say the %d rows the box shows:\n%s", shown, s)
	}
	do(a, "z")
	var text []string
	for _, l := range strings.Split(screen(a), "\n") {
		text = append(text, strings.TrimSpace(strings.Trim(l, "│ ")))
	}
	if joined := strings.Join(text, " "); !strings.Contains(joined, "has no partition 99 (it has partitions 0-7)") || !strings.Contains(joined, "starts at the end") {
		t.Errorf("zoomed, the --topic outcomes are not whole:\n%s", screen(a))
	}
}
