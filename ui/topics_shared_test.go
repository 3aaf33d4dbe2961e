package ui

import (
	"regexp"
	"strconv"

	"github.com/charmbracelet/x/ansi"

	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// demoTopicsApp is the demo's three topics, one rf, cleanup policy and
// retention on every one, each producing, in an app of w x h.
func demoTopicsApp(t *testing.T, w, h int, retentions ...string) *App {
	t.Helper()
	names := []string{"laundry-machine-logs", "rider-updates", "Student"}
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var parts []model.PartitionStat
	var topics []model.TopicStat
	for i, n := range names {
		parts = append(parts, model.PartitionStat{Topic: n, Partition: 0, Leader: 1, High: int64(400 * (i + 1)), Replicas: []int{1}, ISR: []int{1}})
		topics = append(topics, model.TopicStat{Name: n, Partitions: 1, Replication: 1})
	}
	model.SumTopics(topics, parts)
	for i := range topics {
		topics[i].Rate = float64(14 - 5*i)
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Partitions, st.TopicStats, st.Topics = parts, topics, names
		st.Cluster = model.ClusterInfo{ID: "washboard-embedded", Kafka: "at least v3.9", Controller: 0, Brokers: []model.BrokerStat{{ID: 0, Host: "k0", Port: 9092}}}
		st.Configs = map[string]model.TopicConfig{}
		for i, n := range names {
			ms := "604800000" // 7d
			if i < len(retentions) {
				ms = retentions[i]
			}
			st.Configs[n] = model.TopicConfig{Entries: []model.ConfigEntry{{Name: "cleanup.policy", Value: "delete"}, {Name: "retention.ms", Value: ms}}}
		}
		st.Lag = model.NewLags(model.LagConfig{})
		// minutes of history, as the running demo ut39-6 was read on:
		// a trend with no history yet gives its cells to the headings
		// (ut41-11)
		observeSteady(st, 70)
	})
	return realApp(t, s, w, h)
}

// ut39-6, ut38b-13, ut38a-34: Topics zoomed at 80x24 held the trend to
// 15 cells while `retention` took 10 for `7d` on every topic and
// `parts`, `health` kept full headings over one-digit and `OK` cells;
// help says rf, cleanup and retention show only where topics differ.
// A value every topic shares goes to the border, the headings take
// their short forms while the trend is short of its ten minutes, and
// the trend takes the rest.
func TestTopicsSharedConfigsGoToTheBorder(t *testing.T) {
	trendHead := regexp.MustCompile(`trend (?:(\d+)m)?(?:(\d+)s)?`)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		a := demoTopicsApp(t, size[0], size[1])
		press(a, "8", "z")
		rows := boxRows(t, screen(a), "8 Topics")
		var head string
		for _, l := range rows {
			if strings.Contains(l, "topic▼") {
				head = l
			}
		}
		border := strings.Split(screen(a), "\n")[1]
		for _, gone := range []string{"retention", "retain", "ret ", "cleanup", "clean", " rf "} {
			if strings.Contains(head, gone) {
				t.Errorf("%v: %q heads a column every topic says the same in:\n%s", size, gone, screen(a))
			}
		}
		if !strings.Contains(border, "rf 1") || !strings.Contains(border, "7d") {
			t.Errorf("%v: the border does not say the shared rf and retention:\n%s", size, screen(a))
		}
		whole := strings.Contains(head, "trend 10m")
		if m := trendHead.FindStringSubmatch(head); !whole && (m == nil || spanSeconds(m[1], m[2]) < 100) {
			t.Errorf("%v: the trend is held short (want 100 s or more of its 10 m):\n%s", size, screen(a))
		}
		if !whole && (strings.Contains(head, "parts") || strings.Contains(head, "health")) {
			t.Errorf("%v: a full heading over 1-2 character cells while the trend is short:\n%s", size, screen(a))
		}
	}
}

// Where the topics differ in a config, its column stays, and the border
// says only what they share (ut38a-34: help and table agree).
func TestTopicsDifferingConfigKeepsItsColumn(t *testing.T) {
	a := demoTopicsApp(t, 200, 50, "129600000") // 36h on one topic
	press(a, "8", "z")
	got := screen(a)
	if !strings.Contains(got, "36h") || !strings.Contains(got, " 7d ") {
		t.Errorf("retentions that differ are not shown:\n%s", got)
	}
	border := strings.Split(got, "\n")[1]
	if strings.Contains(border, "retention") || !strings.Contains(border, "cleanup delete") {
		t.Errorf("the border says a retention topics differ in, or not the cleanup they share:\n%s", got)
	}
}

// ut38a-13: the 80x24 grid's Topics box (3 rows, 38 cells) showed 1 of
// the demo's 3 topics under the cluster's line: a grid box's rows go to
// topics first; the cluster's line stays where the box holds every topic.
func TestTopicsGridBoxRowsGoToTopics(t *testing.T) {
	for _, c := range []struct {
		h, topics int
		cluster   bool
	}{{3, 2, false}, {4, 3, false}, {5, 3, true}, {12, 3, true}} {
		a := demoTopicsApp(t, 80, 24)
		press(a, "8")
		p := a.panes[paneTopics].(*TopicsPane)
		p.SetSize(38, c.h)
		a.Update(changedMsg{version: a.c.Store.Version()})
		a.c.Store.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
		lines := p.Lines(true)
		text := ansi.Strip(strings.Join(lines, "\n"))
		n, cluster := strings.Count(text, "/s"), strings.Contains(text, "broker")
		if n != c.topics || cluster != c.cluster {
			t.Errorf("%d rows: %d topics (want %d), the cluster's line there %v (want %v):\n%s", c.h, n, c.topics, cluster, c.cluster, text)
		}
	}
}

// spanSeconds is a span written as minutes and seconds (`1m40s`, either
// part empty) in seconds.
func spanSeconds(minutes, seconds string) int {
	m, _ := strconv.Atoi(minutes)
	sec, _ := strconv.Atoi(seconds)
	return m*60 + sec
}
