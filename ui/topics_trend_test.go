package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// trendStore is foreignStore's cluster with three more topics at steady
// rates of 14/s, 5/s and 0/s over ten polls.
func trendStore(t *testing.T) *model.Store {
	t.Helper()
	s := foreignStore(t)
	s.Update(func(st *model.State) {
		for _, tp := range []model.TopicStat{{Name: "fast-topic", Rate: 14}, {Name: "mid-topic", Rate: 5}, {Name: "idle-archive-of-customer-account-changes-2026-11-29-x"}} {
			tp.Partitions, tp.Replication = 1, 1
			st.TopicStats = append(st.TopicStats, tp)
			st.Topics = append(st.Topics, tp.Name)
		}
		st.TopicRates = model.NewTopicRates()
		for range 10 {
			st.TopicRates.Observe(st.TopicStats)
		}
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	return s
}

// topicRow is the Topics row of the topic named, "" when not on screen.
func topicRowOf(s, name string) string {
	for _, l := range strings.Split(s, "\n") {
		for _, mark := range []string{"  ", "● "} { // the read mark's gutter
			if i := strings.Index(l, "│"+mark+name+" "); i >= 0 {
				return l[i:]
			}
		}
	}
	return ""
}

// bars is the heights a row's sparkline cells take, each once, lowest
// first (a column of another width shows more or fewer cells).
func bars(row string) string {
	var out []rune
	for r := '▁'; r <= '█'; r++ {
		if strings.ContainsRune(row, r) {
			out = append(out, r)
		}
	}
	return string(out)
}

// The Topics trend shares one scale over every topic, the filter and the
// page aside: a steady 14/s is a full bar and a steady 5/s a lower one
// whatever else is on screen, and a filter leaving only an idle topic
// keeps the column (ut21a K4-1/K6-2, K4-2).
func TestTopicsTrendOneScaleOverEveryTopic(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		a.c.Store = trendStore(t)
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "z")
		all := screen(a)
		fast, mid := topicRowOf(all, "fast-topic"), topicRowOf(all, "mid-topic")
		if !strings.Contains(fast, "████") {
			t.Fatalf("%v: 14/s is not a full bar: %q\n%s", size, fast, all)
		}
		if mid == "" || strings.Contains(mid, "█") {
			t.Errorf("%v: 5/s is a full bar beside 14/s: %q\n%s", size, mid, all)
		}
		filtered := func(q string) string {
			do(a, "/")
			for _, r := range q {
				do(a, string(r))
			}
			do(a, "enter")
			s := screen(a)
			do(a, "/", "esc") // clear it
			return s
		}
		s := filtered("mid")
		if got := bars(topicRowOf(s, "mid-topic")); got != bars(mid) || got == "" {
			t.Errorf("%v: the 5/s topic alone reads %q, beside the others %q\n%s", size, got, mid, s)
		}
		s = filtered("idle")
		if h := paneHeading(t, a, paneTopics, "topic"); !strings.Contains(s, "trend") {
			t.Errorf("%v: the trend column went under a filter of an idle topic (heading %q):\n%s", size, h, s)
		}
	}
}
