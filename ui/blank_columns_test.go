package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// noGroupsStore is a cluster without consumer groups, with long topic
// names and brokers without racks.
func noGroupsStore(t *testing.T) *model.Store {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var parts []model.PartitionStat
	for _, tp := range []struct {
		topic string
		n     int
	}{{"orders-eu-west-1-production-events", 3}, {"payments-settlement-events-v2", 2}} {
		for i := range tp.n {
			parts = append(parts, model.PartitionStat{Topic: tp.topic, Partition: i, Leader: 1, High: 1200, Replicas: []int{1}, ISR: []int{1}})
		}
	}
	topics := []model.TopicStat{{Name: "orders-eu-west-1-production-events", Partitions: 3, Replication: 1}, {Name: "payments-settlement-events-v2", Partitions: 2, Replication: 1}}
	model.SumTopics(topics, parts)
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Partitions, st.TopicStats = parts, topics
		st.Topics = []string{"orders-eu-west-1-production-events", "payments-settlement-events-v2"}
		st.Cluster = model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{
			{ID: 1, Host: "kafka-broker-1.eu-west-1.internal.example.com", Port: 9092},
			{ID: 2, Host: "kafka-broker-2.eu-west-1.internal.example.com", Port: 9092}}}
		st.Lag = model.NewLags(model.LagConfig{})
	})
	return s
}

// Columns with nothing to show give their room to the columns that need
// it: on a cluster without groups, zoomed Partitions shows whole topic
// names at 80x24 (the group columns go, not the names), and the broker
// list gives the empty rack column's room to the addresses.
func TestBlankColumnsGiveWay(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		w, h := size[0], size[1]
		a := realApp(t, noGroupsStore(t), w, h)
		press(a, "4", "z")
		s := screen(a)
		assertFits(t, s, w, h)
		for _, want := range []string{"orders-eu-west-1-production-events (3)", "payments-settlement-events-v2 (2)", "leader", "high", "rate"} {
			if !strings.Contains(s, want) {
				t.Errorf("%dx%d zoomed Partitions: no %q while columns with nothing to show keep room:\n%s", w, h, want, s)
			}
		}
		press(a, "z", "8", "b")
		if w < 100 { // narrow enough that the brokers' addresses need the room
			a.Update(keyPress("z"))
		}
		s = screen(a)
		if !strings.Contains(s, "kafka-broker-1.eu-west-1.internal.example.com:9092") {
			t.Errorf("%dx%d brokers: an address is cut while the rack column has nothing to show:\n%s", w, h, s)
		}
	}
}

func TestGiveWayDropsOnlyBlankColumnsAndOnlyWhenNeeded(t *testing.T) {
	rows := [][]string{{"a-long-name", "", "1", "-"}, {"b", "", "22", "-"}}
	blank := draw.Blank(rows, 4)
	if blank[0] || !blank[1] || blank[2] || !blank[3] {
		t.Fatalf("blank %v, want columns 1 and 3", blank)
	}
	want := []int{11, 5, 2, 3}
	if draw.GiveWay(30, want, blank) || want[1] != 5 || want[3] != 3 {
		t.Errorf("a table that fits gave way: %v", want)
	}
	if !draw.GiveWay(20, want, blank) || want[3] != 0 || want[1] != 5 {
		t.Errorf("want %v: the last blank column, and only it, should go to fit 20", want)
	}
	if len(draw.Blank(nil, 3)) != 3 || draw.Blank(nil, 3)[1] {
		t.Error("a table without rows has blank columns")
	}
}

// One long topic name does not push the numbers out of the Topics list
// at 80x24: it is cut in the middle, and parts, records and rate stay.
// The replication factor goes before the name is cut only while it says
// the same on every row (1 everywhere); once the topics differ, it stays.
func TestTopicsOneLongNameKeepsTheNumbers(t *testing.T) {
	const long = "warehouse.eu-central-1.inventory-reconciliation.events.v2-with-a-really-long-suffix-for-testing"
	for _, rf := range []int{1, 3} {
		s := noGroupsStore(t)
		s.Update(func(st *model.State) {
			st.Partitions = append(st.Partitions, model.PartitionStat{Topic: long, Partition: 0, Leader: 1, High: 300, Replicas: []int{1}, ISR: []int{1}})
			st.TopicStats = append(st.TopicStats, model.TopicStat{Name: long, Partitions: 1, Replication: rf})
			model.SumTopics(st.TopicStats, st.Partitions)
			st.Topics = append(st.Topics, long)
		})
		a := realApp(t, s, 80, 24)
		press(a, "8", "z")
		got := screen(a)
		// a heading or its short form: the names take the cells the long ones held (ut36b-10)
		want := []string{"parts| p ", "offsets|offs", "rate", "warehouse.eu-", "for-testing"}
		if rf != 1 {
			want = append(want, " rf ")
		}
		for _, w := range want {
			if !slices.ContainsFunc(strings.Split(w, "|"), func(w string) bool { return strings.Contains(got, w) }) {
				t.Errorf("rf %d: no %q at 80x24 with one long topic name:\n%s", rf, w, got)
			}
		}
	}
}

// Zoomed Groups at 80x24 keeps the type column when content-sized columns
// leave room for it (it went first under 100 cells whatever the names).
func TestZoomedGroupsKeepTheTypeAt80(t *testing.T) {
	a := lagApp(t, 80, 24, Cluster{Name: "x"}, nil)
	press(a, "5", "z")
	if s := screen(a); !strings.Contains(s, "type") || !strings.Contains(s, "classic") {
		t.Errorf("no type column at 80x24 although there is room:\n%s", s)
	}
}
