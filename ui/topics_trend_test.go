package ui

import (
	"fmt"
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
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
		observeSteady(st, 10)
	})
	return s
}

// observeSteady gives st a trend of polls polls, one per trend bucket,
// the last at st's PolledAt, each topic producing at its Rate.
func observeSteady(st *model.State, polls int) {
	st.TopicRates = model.NewTopicRates()
	st.TopicRates.Observe(st.Link.PolledAt.Add(-time.Duration(polls-1)*model.TrendBucket), st.TopicStats) // first sight counts nothing
	for i := range polls {
		for j := range st.TopicStats {
			st.TopicStats[j].Produced += int64(st.TopicStats[j].Rate * model.TrendBucket.Seconds())
		}
		st.TopicRates.Observe(st.Link.PolledAt.Add(-time.Duration(polls-1-i)*model.TrendBucket), st.TopicStats)
	}
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

// ut22a M9: a topic written 300 records every 25 s draws its bursts as
// bars between empty 10 s buckets (not a flat line at its mean rate), the
// heading says the span the cells show (`trend 4m` at 24 cells), and a
// topic that stopped a minute ago still shows the minutes before.
func TestTopicsTrendShowsBurstsOverMinutes(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		s := foreignStore(t)
		s.Update(func(st *model.State) {
			for _, name := range []string{"inventory-bursty-stream-v2", "stopped-a-minute-ago"} {
				st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 3, Replication: 3, Rate: 12})
				st.Topics = append(st.Topics, name)
			}
			st.TopicStats[len(st.TopicStats)-1].Rate = 0
			st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
			st.TopicRates = model.NewTopicRates()
			bursty, stopped := &st.TopicStats[len(st.TopicStats)-2], &st.TopicStats[len(st.TopicStats)-1]
			const polls = 300 // one a second, five minutes
			for sec := range polls {
				if sec > 0 && sec%25 == 0 {
					bursty.Produced += 300
				}
				if sec > 0 && sec < polls-60 {
					stopped.Produced += 12
				}
				st.TopicRates.Observe(st.Link.PolledAt.Add(-time.Duration(polls-1-sec)*time.Second), st.TopicStats)
			}
		})
		a.c.Store = s
		a.Update(changedMsg{version: s.Version()})
		do(a, "z")
		got := screen(a)
		golden(t, fmt.Sprintf("topics-trend-bursts-%dx%d", size[0], size[1]), got)
		row := trendLine(got, "│  inven")
		if !strings.Contains(row, "▁") || !strings.Contains(row, "█") {
			t.Errorf("%v: the bursty topic's trend is not bars between empty buckets: %q", size, row)
		}
		// at 80x24 the names come before the trend's cells (ut40b-5): its
		// 5 cells show the last 50 s, after the stop
		if stopped := trendLine(got, "│  stopp"); size[0] > 80 && !strings.Contains(stopped, "▄") {
			t.Errorf("%v: a minute after it stopped, the topic's trend lost its traffic: %q", size, stopped)
		}
	}
}

// trendLine is the screen's first line holding sub, "" when none does.
func trendLine(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// ut35-4 (and ut33 Q3 before it): the trend column came and went with the
// producers: it went, and rf came, when the last producer stopped, and
// came 10 s after the first started. It is data, as the rate is (`▁` a
// zero): the headings of an idle cluster and a busy one are the same.
func TestTopicsTrendColumnStaysWhetherAnythingIsProduced(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		headings := map[string]string{}
		for _, rate := range []float64{0, 14} {
			a := foreignApp(t, size[0], size[1])
			s := foreignStore(t)
			s.Update(func(st *model.State) {
				for _, name := range []string{"payments.ledger-entries.v3", "audit"} {
					st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 3, Replication: 3, Rate: rate})
					st.Topics = append(st.Topics, name)
				}
				st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
				observeSteady(st, 10)
			})
			a.c.Store = s
			a.Update(changedMsg{version: s.Version()})
			do(a, "z")
			h := paneHeading(t, a, paneTopics, "topic")
			if !strings.Contains(h, "trend") {
				t.Errorf("%v at %.0f/s: no trend column: %q\n%s", size, rate, h, screen(a))
			}
			headings[fmt.Sprint(rate)] = h
		}
		if headings["0"] != headings["14"] {
			t.Errorf("%v: the columns move when the producers stop:\nbusy %q\nidle %q", size, headings["14"], headings["0"])
		}
	}
}
