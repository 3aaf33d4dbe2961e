package ui

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/source/kafkatest"
)

// One snapshot, one floor: a group whose member is assigned six
// partitions and has committed on three reads the same lag, marked a
// floor, in the Groups list, side by side and on Partitions' topic row,
// and the partitions Partitions reads `-` for are the ones the side view
// says `no commit yet` for (ut36a-10, ut36b-24: `197+` in Partitions
// beside 3,914 in Groups and 4,005 side by side, `@10` side by side
// against `-` in Partitions). Every pane reads the poll's per-partition
// state and its count (model/not_committed.go). Over TCP against kfake,
// the member a franz-go consumer that reads every record and commits
// partitions 1, 3 and 4.
func TestOneSnapshotOneFloorInEveryPane(t *testing.T) {
	const topic, group = "rider-updates", "dispatch"
	b := embeddedBroker(t, map[string]int32{topic: 6})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	prod := kafkatest.Client(t, b.Addr(), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	for p := range int32(6) {
		for range 10 + int(p) {
			if err := prod.ProduceSync(ctx, &kgo.Record{Topic: topic, Partition: p, Value: []byte("x")}).FirstErr(); err != nil {
				t.Fatal(err)
			}
		}
	}
	c := kafkatest.Client(t, b.Addr(), kgo.ConsumerGroup(group), kgo.ConsumeTopics(topic), kgo.DisableAutoCommit(),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.ClientID("dispatch-m1"))
	for read := 0; read < 75; {
		f := c.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("read %d of 75 records", read)
		}
		read += f.NumRecords()
	}
	some := map[string]map[int32]kgo.EpochOffset{topic: {1: {Epoch: -1, Offset: 4}, 3: {Epoch: -1, Offset: 6}, 4: {Epoch: -1, Offset: 14}}}
	commitSync(ctx, t, c, some)
	polled := make(chan struct{})
	go func() { // the member stays in its group, reading nothing more
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
	for seen := 0; seen < 2; { // the member assigned all six, three committed: twice
		if ctx.Err() != nil {
			t.Fatal("the group was not seen with its member and 3 commits within 30s")
		}
		p.PollOnce(ctx)
		store.Read(func(st *model.State) {
			if g := st.Lag.Groups[group]; g != nil && len(g.Parts) == 3 && len(model.Assigned(st.Groups)[group]) == 6 {
				seen++
			}
		})
	}
	// every pane drawn from this one snapshot: no poll runs from here
	a := New(&Common{Ctx: context.Background(), Store: store, Cluster: Cluster{Name: b.Addr()}})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(a, "5", "z")
	list := screen(a)
	listLag := floorIn(fieldsOf(list, group))
	press(a, "space", "enter")
	side := screen(a)
	sideLag := ""
	if m := regexp.MustCompile(`lag (\S+\+) `).FindStringSubmatch(side); m != nil {
		sideLag = m[1]
	}
	var sideNone []string
	for _, m := range regexp.MustCompile(`/(\d+) no commit yet`).FindAllStringSubmatch(side, -1) {
		sideNone = append(sideNone, m[1])
	}
	press(a, "esc", "4", "z")
	parts := screen(a)
	partsLag := floorIn(fieldsOf(parts, "↳"))
	partsNone := noCommitRows(parts)
	// the lag of the partitions not committed is unknown: 10+11+12 records
	// less the commits on 1, 3, 4 (4, 6, 14): 7+7+0 = 14, a floor
	if listLag != "14+" || sideLag != listLag || partsLag != listLag {
		t.Errorf("one snapshot, three floors: Groups %q, side by side %q, Partitions %q, want 14+ in each\nGroups:\n%s\nside:\n%s\nPartitions:\n%s", listLag, sideLag, partsLag, list, side, parts)
	}
	if !slices.Equal(sideNone, []string{"0", "2", "5"}) || !slices.Equal(partsNone, sideNone) {
		t.Errorf("partitions without a commit: side by side %v, Partitions %v, want [0 2 5] in both\nside:\n%s\nPartitions:\n%s", sideNone, partsNone, side, parts)
	}
}

// floorIn is the field of row that reads a floor (`14+`), or "".
func floorIn(row []string) string {
	for _, f := range row {
		if strings.HasSuffix(f, "+") && strings.Trim(f, "0123456789,+") == "" {
			return f
		}
	}
	return ""
}

// noCommitRows is the partitions whose group row reads `-` for its
// committed offset on a zoomed Partitions screen, in screen order.
func noCommitRows(sc string) []string {
	var out []string
	part := ""
	for _, l := range strings.Split(sc, "\n") {
		f := strings.Fields(strings.Trim(l, "│"))
		switch {
		case len(f) == 0:
		case strings.Trim(f[0], "0123456789") == "":
			part = f[0]
		case f[0] == "↳" && part != "" && len(f) > 2 && f[2] == "-":
			out = append(out, part)
		}
	}
	return out
}
