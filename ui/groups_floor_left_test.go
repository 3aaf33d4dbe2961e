package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/source/kafkatest"
)

// A group that committed on 3 of a topic's 12 partitions and whose member
// then left has no known lag on the other 9: the list row, the topic's
// Partitions row and the side view mark its lag a floor (`0+`) as they do
// while a member is assigned, and its health is not OK (ut35-10, ut35-12:
// `lag 0 OK` once the member left). Over TCP against kfake, the member a
// franz-go consumer that reads every partition and commits three.
func TestGroupLeftWithPartitionsNotCommittedReadsAFloor(t *testing.T) {
	const topic, group = "orders.eu-west.v2", "billing"
	b := embeddedBroker(t, map[string]int32{topic: 12})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	prod := kafkatest.Client(t, b.Addr(), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	for p := range int32(12) {
		for range 5 {
			if err := prod.ProduceSync(ctx, &kgo.Record{Topic: topic, Partition: p, Value: []byte("x")}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	c := kafkatest.Client(t, b.Addr(), kgo.ConsumerGroup(group), kgo.ConsumeTopics(topic), kgo.DisableAutoCommit(),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	for read := 0; read < 60; {
		f := c.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("read %d of 60 records", read)
		}
		read += f.NumRecords()
	}
	three := map[string]map[int32]kgo.EpochOffset{topic: {5: {Epoch: -1, Offset: 5}, 10: {Epoch: -1, Offset: 5}, 11: {Epoch: -1, Offset: 5}}}
	commitSync(ctx, t, c, three)
	c.Close() // leaves the group

	client, err := source.Conn{Brokers: []string{b.Addr()}, ClientID: "washboard-test"}.Client()
	if err != nil {
		t.Fatal(err)
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := &source.Poller{Client: client, Store: store, Interval: 100 * time.Millisecond}
	for seen := 0; seen < 2; { // the group Empty with its commits, twice
		if ctx.Err() != nil {
			t.Fatal("the group was not seen Empty with 3 commits within 30s")
		}
		p.PollOnce(ctx)
		store.Read(func(st *model.State) {
			if g := st.Lag.Groups[group]; g != nil && len(g.Parts) == 3 && len(st.Groups) == 1 && st.Groups[0].Members == 0 {
				seen++
			}
		})
	}
	a := New(&Common{Ctx: context.Background(), Store: store, Cluster: Cluster{Name: b.Addr()}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z")
	sc := screen(a)
	row := fieldsOf(sc, group)
	if !strings.Contains(strings.Join(row, " "), " 0+ ") || strings.Contains(strings.Join(row, " "), "OK") {
		t.Errorf("the list row reads %q, want lag 0+ and no OK:\n%s", row, sc)
	}
	press(a, "space", "enter")
	sc = screen(a)
	if !strings.Contains(sc, "lag 0+ NEW") || !strings.Contains(sc, "not committed on 9 of 12 partitions") {
		t.Errorf("side by side does not read lag 0+ NEW with the 9 partitions named:\n%s", sc)
	}
	press(a, "esc", "4", "z")
	sc = screen(a)
	if row := fieldsOf(sc, "↳"); !strings.Contains(strings.Join(row, " "), " 0+ ") || strings.Contains(strings.Join(row, " "), "OK") {
		t.Errorf("Partitions' topic row reads %q, want lag 0+ and no OK:\n%s", row, sc)
	}
}

// commitSync commits offsets for c's group, failing t on an error of the
// request or of a partition.
func commitSync(ctx context.Context, t *testing.T, c *kgo.Client, offsets map[string]map[int32]kgo.EpochOffset) {
	t.Helper()
	var commitErr error
	c.CommitOffsetsSync(ctx, offsets, func(_ *kgo.Client, _ *kmsg.OffsetCommitRequest, resp *kmsg.OffsetCommitResponse, err error) {
		commitErr = err
		for _, rt := range resp.Topics {
			for _, rp := range rt.Partitions {
				if rp.ErrorCode != 0 && commitErr == nil {
					commitErr = kerr.ErrorForCode(rp.ErrorCode)
				}
			}
		}
	})
	if commitErr != nil {
		t.Fatal(commitErr)
	}
}

// fieldsOf is the first screen row whose first field is first, in fields.
func fieldsOf(sc, first string) []string {
	for _, l := range strings.Split(sc, "\n") {
		if f := strings.Fields(strings.Trim(l, "│")); len(f) > 0 && f[0] == first {
			return f
		}
	}
	return nil
}
