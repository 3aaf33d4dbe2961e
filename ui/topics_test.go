package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// foreignStore is a cluster without the seed topics: orders (one partition
// without a leader), payments (configs refused by ACLs), an internal topic,
// a broker gone, and a group on orders.
func foreignStore(t *testing.T) *model.Store {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	now := fixedNow
	parts := []model.PartitionStat{
		{Topic: "__consumer_offsets", Partition: 0, Leader: 1, Replicas: []int{1}, ISR: []int{1}, Internal: true},
		{Topic: "orders", Partition: 0, Leader: 1, Low: 0, High: 40, Replicas: []int{1, 2, 3}, ISR: []int{1, 2}},
		{Topic: "orders", Partition: 1, Leader: -1, Replicas: []int{3}, ISR: nil, Err: "no leader"},
		{Topic: "payments", Partition: 0, Leader: 2, Low: 5, High: 25, Replicas: []int{2}, ISR: []int{2}},
	}
	topics := []model.TopicStat{
		{Name: "__consumer_offsets", Internal: true, Partitions: 1, Replication: 1},
		{Name: "orders", Partitions: 2, Replication: 3, UnderReplicated: 2, Offline: 1},
		{Name: "payments", Partitions: 1, Replication: 1},
	}
	model.SumTopics(topics, parts)
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: now}
		st.Partitions, st.TopicStats = parts, topics
		st.Topics = []string{"orders", "payments"}
		st.Cluster = model.ClusterInfo{ID: "abc-cluster", Controller: 1, Kafka: "v3.9", Brokers: []model.BrokerStat{
			{ID: 1, Host: "k1", Port: 9092, Rack: "r1", Kafka: "v3.9"}, {ID: 2, Host: "k2", Port: 9092, Kafka: "v3.9"},
			{ID: 3, Host: "k3", Port: 9092, Gone: true}}}
		st.Configs = map[string]model.TopicConfig{
			"orders": {Entries: []model.ConfigEntry{
				{Name: "cleanup.policy", Value: "compact", Source: "topic"},
				{Name: "retention.ms", Value: "604800000", Source: "default", Default: true},
				{Name: "segment.bytes", Value: "1048576", Source: "topic"},
			}},
			"payments": {Err: "not allowed to describe configs (ACL)"},
		}
		st.Groups = []model.GroupStat{{ID: "billing", State: "Stable", Members: 1, Coordinator: 1,
			Detail: []model.MemberStat{{ID: "m1", ClientID: "c1", Assigned: []model.TP{{Topic: "orders", Partition: 0}}}}}}
		st.Lag = model.NewLags(model.LagConfig{})
		st.Lag.Observe(now, parts, map[model.TP]int64{{Topic: "orders", Partition: 0}: 40}, st.Groups,
			[]model.Committed{{Group: "billing", Offsets: map[model.TP]int64{{Topic: "orders", Partition: 0}: 30}}})
	})
	return s
}

func foreignApp(t *testing.T, w, h int) *App {
	t.Helper()
	store := foreignStore(t)
	c := &Common{Ctx: context.Background(), Store: store, Views: store, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	a.Update(changedMsg{version: c.Store.Version()})
	a.View() // Bubble Tea draws before the first key
	return a
}

func TestTopicsPaneOnAForeignCluster(t *testing.T) {
	a := foreignApp(t, 140, 40)
	if !a.foreign || a.focus != paneTopics {
		t.Fatalf("foreign %v focus %d: want the foreign layout with Topics focused", a.foreign, a.focus)
	}
	got := screen(a)
	for _, want := range []string{
		"8 Topics", "cluster abc-cluster", "Kafka v3.9", "2 brokers", "controller 1", "gone since start: broker 3",
		"orders", "payments", "compact", "ERR 1 offline", "1 internal hidden", // the list
		"enter open topic", "? all keys • q quit", // the footer says how to go on
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q on the first screen:\n%s", want, got)
		}
	}
	for _, gone := range []string{"1 Machines", "laundry-machine-logs", "__consumer_offsets"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q on a cluster without it:\n%s", gone, got)
		}
	}
	if topic := a.panes[paneProduce].(*ProducePane).value(fieldTopic); topic != "orders" {
		t.Errorf("Produce offers %q, want a topic that exists (orders)", topic)
	}

	do(a, "i")
	if got := screen(a); !strings.Contains(got, "__consumer_offsets") {
		t.Errorf("i does not show internal topics:\n%s", got)
	}
	do(a, "i", "/", "p", "a", "y", "enter")
	got = screen(a)
	if !strings.Contains(got, "filter pay") || strings.Contains(got, "compact") {
		t.Errorf("the filter does not narrow the list to payments:\n%s", got)
	}
	do(a, "enter")
	got = screen(a)
	for _, want := range []string{"Topics › payments", "partitions", "not allowed to describe configs (ACL)", "no group reads"} {
		if !strings.Contains(got, want) {
			t.Errorf("payments opened: no %q:\n%s", want, got)
		}
	}
	do(a, "esc", "esc", "b")
	if got := screen(a); !strings.Contains(got, "k2:9092") || !strings.Contains(got, "!! gone") || !strings.Contains(got, "r1") {
		t.Errorf("b does not list the brokers with the gone one marked:\n%s", got)
	}
}

func TestTopicOpenedShowsPartitionsConfigsAndConsumers(t *testing.T) {
	a := foreignApp(t, 140, 40)
	do(a, "z", "enter") // orders is first by name
	got := screen(a)
	for _, want := range []string{
		"Topics › orders", "replication 3", "40 offsets", "compact",
		"1,2,3", "!1,2", // replicas, and an ISR short of them
		"none", "!! no leader", // the partition without a leader
		"segment.bytes", "1048576", "topic", // a non-default config with its source
		"billing", "Stable", // the group reading it, with its lag
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "retention.ms           604800000") {
		t.Errorf("a default config listed among the non-default ones:\n%s", got)
	}

	// The topic is deleted while open: the detail says so, nothing crashes.
	writer(a.c).Update(func(st *model.State) {
		st.TopicStats = st.TopicStats[2:]
		st.Partitions = st.Partitions[3:]
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	if got := screen(a); !strings.Contains(got, "orders is no longer on the cluster") {
		t.Errorf("a deleted topic is not said:\n%s", got)
	}
}

func TestSeedDemoKeepsItsGridWithTopics(t *testing.T) {
	a := testApp(t, 80, 24)
	a.Update(changedMsg{version: a.c.Store.Version()})
	if a.foreign {
		t.Fatal("the seed demo taken for a foreign cluster")
	}
	if got := screen(a); !strings.Contains(got, "1 Machines") || !strings.Contains(got, "4 Partitions") {
		t.Fatalf("the demo grid changed:\n%s", got)
	}
	do(a, "8")
	if got := screen(a); !strings.Contains(got, "8 Topics") || strings.Contains(got, "4 Partitions") || !strings.Contains(got, "1 Machines") {
		t.Fatalf("8 does not show Topics in Partitions' box:\n%s", got)
	}
	do(a, "4")
	if got := screen(a); strings.Contains(got, "8 Topics") || !strings.Contains(got, "4 Partitions") {
		t.Fatalf("4 does not bring Partitions back:\n%s", got)
	}
	wide := testApp(t, 200, 50)
	if got := screen(wide); !strings.Contains(got, "8 Topics") || !strings.Contains(got, "4 Partitions") {
		t.Fatalf("at 200 columns Topics and Partitions are not side by side:\n%s", got)
	}
}

func TestRetentionText(t *testing.T) {
	for in, want := range map[string]string{"604800000": "7d", "-1": "forever", "3600000": "1h", "90000": "90s", "x": "x", "1800000": "30m", "5400000": "90m", "1500": "1500ms", "0": "0ms"} {
		if got := retentionText(in); got != want {
			t.Errorf("retentionText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPartitionsAndGroupsFilter(t *testing.T) {
	a := foreignApp(t, 140, 40)
	do(a, "4", "/", "p", "a", "y", "enter")
	got := screen(a)
	if !strings.Contains(got, "payments (1)") || strings.Contains(got, "orders (2)") || !strings.Contains(got, "filter pay") {
		t.Errorf("the Partitions filter does not narrow to payments:\n%s", got)
	}
	do(a, "esc", "5", "/", "z", "z", "enter")
	got = screen(a)
	if !strings.Contains(got, "no group matches the filter") || !strings.Contains(got, "0 of 1 group") {
		t.Errorf("the Groups filter does not say nothing matches:\n%s", got)
	}
}
