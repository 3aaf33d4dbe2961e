package source

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/washboard/washboard/model"
)

// assigned is each member's partition count in group, as the poller sees it.
func assigned(t *testing.T, p *Poller, group string) []int {
	t.Helper()
	p.PollOnce(context.Background())
	var out []int
	p.Store.Read(func(st *model.State) {
		for _, g := range st.Groups {
			if g.ID == group && g.State == "Stable" {
				for _, m := range g.Detail {
					out = append(out, len(m.Assigned))
				}
			}
		}
	})
	return out
}

func splitIs(got []int, want ...int) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

// demoOnOrders starts a demo group of one member on a six-partition
// topic `orders` holding 3 records a partition, and a poller watching it.
func demoOnOrders(t *testing.T) (d *Demos, id string, p *Poller) {
	t.Helper()
	b := startBroker(t, map[string]int32{"orders": 6})
	fill(t, b, "orders", 3, 0, 1, 2, 3, 4, 5)
	ctx, cancel := context.WithCancel(context.Background())
	d = NewDemos(DemoConfig{Conn: conn(b), Enabled: true, Pace: 1000})
	t.Cleanup(func() { cancel(); d.Close() })
	id, err := d.Start(ctx, "orders")
	if err != nil {
		t.Fatal(err)
	}
	return d, id, newPoller(t, b, model.NewStore(nil, model.DefaultLimits()), Watch{Topics: []string{"orders"}}, model.LagConfig{})
}

func TestDemoGroupSplitsThenRebalancesWhenAMemberLeaves(t *testing.T) {
	d, id, p := demoOnOrders(t)
	eventually(t, 20*time.Second, "one member with all 6 partitions", func() bool { return splitIs(assigned(t, p, id), 6) })
	if err := d.AddMember(id); err != nil {
		t.Fatal(err)
	}
	eventually(t, 20*time.Second, "two members splitting 3/3", func() bool { return splitIs(assigned(t, p, id), 3, 3) })
	if err := d.RemoveMember(id); err != nil {
		t.Fatal(err)
	}
	eventually(t, 20*time.Second, "the remaining member taking all 6", func() bool { return splitIs(assigned(t, p, id), 6) })
	// The demo consumed and committed everything: no lag left.
	eventually(t, 20*time.Second, "the demo group to catch up", func() bool {
		p.PollOnce(context.Background())
		var lag int64 = -1
		p.Store.Read(func(st *model.State) {
			if g := st.Lag.Groups[id]; g != nil && len(g.Parts) == 6 {
				lag = g.Lag
			}
		})
		return lag == 0
	})
	var events int
	p.Store.Read(func(st *model.State) {
		for i := range st.Lag.Events.Len() {
			if e := st.Lag.Events.At(i); e.Group == id && e.Kind == "rebalance" && (strings.Contains(e.Detail, "joined ") || strings.Contains(e.Detail, "left ")) {
				events++
			}
		}
	})
	if events < 2 {
		t.Fatalf("rebalance log has %d joined/left entries for %s, want at least 2", events, id)
	}
	if !d.Running(id) {
		t.Fatalf("%s runs, Running says not", id)
	}
	if err := d.Stop(id); err != nil || !d.IsDemo(id) || slices.Contains(d.Groups(), id) || d.Running(id) {
		t.Fatalf("stop: %v; a demo group still: %v (want true: it stays listed, ut16a D15); running: %v, Running %v", err, d.IsDemo(id), d.Groups(), d.Running(id))
	}
}

func TestDemoGroupsRefusedWhenReadOnlyOrOff(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ro := NewDemos(DemoConfig{Enabled: true, ReadOnly: true})
	if _, err := ro.Start(ctx, "orders"); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only start: %v, want ErrReadOnly", err)
	}
	if err := ro.Enable(); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only enable: %v, want ErrReadOnly", err)
	}
	off := NewDemos(DemoConfig{})
	if _, err := off.Start(ctx, "orders"); !errors.Is(err, ErrDemoOff) {
		t.Fatalf("start while off: %v, want ErrDemoOff", err)
	}
	// An action on a group washboard did not start says so, as x does,
	// whether demo groups are on or off.
	for name, act := range map[string]func() error{
		"+":    func() error { return off.AddMember("someone-elses-group") },
		"-":    func() error { return off.RemoveMember("someone-elses-group") },
		"pace": func() error { _, err := off.Pace("someone-elses-group", 2); return err },
		"x":    func() error { return off.Stop("someone-elses-group") },
	} {
		if err := act(); err == nil || !strings.Contains(err.Error(), "is not a demo group") {
			t.Fatalf("%s on a foreign group while off: %v, want 'not a demo group'", name, err)
		}
	}
	if err := off.Enable(); err != nil || !off.Enabled() {
		t.Fatalf("enable: %v", err)
	}
	if err := off.AddMember("someone-elses-group"); err == nil {
		t.Fatal("added a member to a group washboard did not start")
	}
}

func TestDemoGroupsAreCapped(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1})
	ctx, cancel := context.WithCancel(context.Background())
	d := NewDemos(DemoConfig{Conn: conn(b), Enabled: true, Pace: 1})
	defer func() { cancel(); d.Close() }()
	var last string
	for i := range maxDemoGroups {
		id, err := d.Start(ctx, "orders")
		if err != nil {
			t.Fatalf("group %d: %v", i+1, err)
		}
		last = id
	}
	if _, err := d.Start(ctx, "orders"); err == nil || !strings.Contains(err.Error(), "demo groups already run") {
		t.Fatalf("group %d started (err %v): want a clear refusal", maxDemoGroups+1, err)
	}
	for i := 1; i < maxDemoMembers; i++ {
		if err := d.AddMember(last); err != nil {
			t.Fatalf("member %d: %v", i+1, err)
		}
	}
	if err := d.AddMember(last); err == nil || !strings.Contains(err.Error(), "members") {
		t.Fatalf("member %d added (err %v): want a clear refusal", maxDemoMembers+1, err)
	}
}

func TestDemoRefusesMissingTopicAndCreatesNone(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 1}) // auto-creation on, as on many clusters
	ctx, cancel := context.WithCancel(context.Background())
	d := NewDemos(DemoConfig{Conn: conn(b), Enabled: true, Pace: 1})
	defer func() { cancel(); d.Close() }()
	if _, err := d.Start(ctx, "gone"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("start on a missing topic: err %v, want a clear refusal", err)
	}
	meta, err := client(t, b).Metadata(context.Background(), &kafka.MetadataRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range meta.Topics {
		if tp.Name == "gone" {
			t.Fatal("a demo group on a missing topic created it")
		}
	}
}
