package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/source/kafkatest"
)

// A group whose member is assigned a topic's partitions but has committed
// nothing on them (a new consumer on an idle topic, a stuck one) reads the
// topic all the same: Partitions lists it under the topic and each of its
// partitions, and the topic's detail in its groups table, with "-" for
// offset, lag and health, as Groups says of a group that committed
// nothing (ut22a M5: it was missing from both, and the detail said "no
// group has committed offsets on …" while Groups showed it Stable). Over
// TCP against kfake, the member a franz-go consumer that never commits.
func TestAssignedWithoutCommitIsListedUnderItsTopic(t *testing.T) {
	const topic, group = "idle-archive-of-changes", "archiver-idle-consumer-group"
	b := embeddedBroker(t, map[string]int32{topic: 2})
	c := kafkatest.Client(t, b.Addr(), kgo.ConsumerGroup(group), kgo.ConsumeTopics(topic), kgo.DisableAutoCommit(), kgo.ClientID("archiver"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	polled := make(chan struct{})
	go func() { // a consumer polls to stay in its group; nothing to read, nothing committed
		defer close(polled)
		for ctx.Err() == nil {
			c.PollFetches(ctx)
		}
	}()
	defer func() { cancel(); <-polled }()

	client, err := source.Conn{Brokers: []string{b.Addr()}, ClientID: "washboard-test"}.Client()
	if err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := &source.Poller{Client: client, Store: store, Interval: 100 * time.Millisecond}
	deadline := time.Now().Add(30 * time.Second)
	for assigned := 0; assigned < 2; { // members come from the previous poll's describe: two polls with the assignment
		if time.Now().After(deadline) {
			t.Fatal("the group's member was not assigned both partitions within 30s")
		}
		p.PollOnce(context.Background())
		n := 0
		store.Read(func(st *model.State) {
			n = len(model.Assigned(st.Groups)[group])
		})
		if n == 2 {
			assigned++
		}
	}
	a := New(&Common{Ctx: context.Background(), Store: store, Cluster: Cluster{Name: b.Addr()}})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	press(a, "4", "z")
	sc := screen(a)
	var rows [][]string
	for _, l := range strings.Split(sc, "\n") {
		if f := strings.Fields(strings.Trim(l, "│")); len(f) > 0 {
			rows = append(rows, f)
		}
	}
	// the topic, its group row, partition 0 and its group row, partition 1 and its group row
	var under []string
	for _, f := range rows {
		switch {
		case f[0] == topic || f[0] == "0" || f[0] == "1":
			under = append(under, f[0])
		case f[0] == "↳" && f[1] == group:
			// committed lag rate health behind eta; the topic's row
			// (the first) says no committed offset at all (ut35-19)
			want := "- - - - - -"
			if len(under) == 1 {
				want = "- - - - -"
			}
			under = append(under, "↳")
			if strings.Join(f[2:], " ") != want {
				t.Errorf("the group's row reads %q, want %q for its offset, lag, rate, health, behind and eta:\n%s", f, want, sc)
			}
		}
	}
	if got := strings.Join(under, " "); got != topic+" ↳ 0 ↳ 1 ↳" {
		t.Fatalf("Partitions lists %q, want the group under the topic and each partition:\n%s", got, sc)
	}

	press(a, "8")
	do(a, "/", "idle", "enter", "enter")
	sc = screen(a)
	var row []string
	for _, l := range strings.Split(sc, "\n") {
		if f := strings.Fields(strings.Trim(l, "│ ")); len(f) > 0 && f[0] == group {
			row = f
		}
	}
	if strings.Join(row, " ") != group+" Stable 1 - - -" || strings.Contains(sc, "no group") { // group state members lag rate health
		t.Errorf("the topic's detail lists the group as %q, want %q:\n%s", row, group+" Stable 1 - - -", sc)
	}
}

// The Partitions pane at both sizes with a group assigned both partitions
// that committed nothing ("-"), one that committed on one of its two
// ("+" on its topic row's lag, "-" on the other partition) and one caught
// up (ut22a M5).
func TestGoldenPartitionsAssignedWithoutCommit(t *testing.T) {
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	member := func(tps ...model.TP) []model.MemberStat {
		return []model.MemberStat{{ID: "m", ClientID: "m", Host: "/h", Assigned: tps}}
	}
	s := groupLagStore([]model.GroupStat{
		{ID: "fresh-reader", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member(tp0, tp1)},
		{ID: "half-committed-reader", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member(tp0, tp1)},
		{ID: "caught-up-reader", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: member(tp0, tp1)},
	}, []model.Committed{{Group: "fresh-reader", Offsets: map[model.TP]int64{}},
		{Group: "half-committed-reader", Offsets: map[model.TP]int64{tp0: 40}},
		{Group: "caught-up-reader", Offsets: map[model.TP]int64{tp0: 100, tp1: 100}}})
	for _, size := range []struct {
		name string
		w, h int
	}{{"partitions_nocommit_80x24", 80, 24}, {"partitions_nocommit_200x50", 200, 50}} {
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: size.w, Height: size.h})
		press(a, "4", "z")
		golden(t, size.name, screen(a))
	}
}

// embeddedBroker starts washboard's embedded broker on a loopback port
// with topics (name to partitions), closed when the test ends.
func embeddedBroker(t *testing.T, topics map[string]int32) *source.Broker {
	t.Helper()
	cfg := source.DefaultBrokerConfig()
	cfg.Listen, cfg.Topics = "127.0.0.1:0", topics
	b, err := source.StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}
