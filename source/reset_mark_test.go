package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// A reset made on one console commits the offsets its preview showed,
// which fall behind the log's end by what was produced while the
// operator typed the group's name. A second console (its own poller and
// store) reads the move as a reset by the mark washboard writes in the
// commit's metadata, not as a consume rate (ut29 U8: 12.3/s OK for a
// window on the second console while the first said STALL).
func TestAResetOnAnotherConsoleIsReadAsAReset(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 2})
	fill(t, b, "orders", 20, 0, 1)
	ext := independent(t, b)
	kafkatest.Commit(t, ext, "batch-29", "orders", map[int32]int64{0: 0, 1: 0})

	second := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, second, Watch{Topics: []string{"orders"}}, model.LagConfig{Window: 3, StopAfter: time.Hour})
	ctx := context.Background()
	for range 4 { // the offsets stand still over a window while records arrive
		fill(t, b, "orders", 4, 0, 1)
		p.PollOnce(ctx)
	}
	a := NewAdmin(client(t, b))
	plan, err := a.PlanReset(ctx, "batch-29", "classic", model.ResetScope{}, model.ResetTarget{Kind: model.ResetLatest})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, b, "orders", 40, 0, 1) // produced while the operator typed the name
	p.PollOnce(ctx)
	if err := a.ApplyReset(ctx, plan, "classic"); err != nil {
		t.Fatal(err)
	}
	fill(t, b, "orders", 4, 0, 1)
	p.PollOnce(ctx)

	fetched, err := adm(t, b).FetchOffsets(ctx, "batch-29")
	if err != nil {
		t.Fatal(err)
	}
	o, _ := fetched.Lookup("orders", 0)
	if !strings.HasPrefix(o.Metadata, "washboard reset to latest at ") {
		t.Fatalf("the reset's commit carries metadata %q, want washboard's reset mark", o.Metadata)
	}
	for part := range 2 {
		tp := model.TP{Topic: "orders", Partition: part}
		got, ok := lagOf(second, "batch-29", tp)
		if !ok {
			t.Fatalf("%v not seen", tp)
		}
		if got.Committed != plan.Rows[part].New || got.Rate != 0 || got.Health == model.HealthOK {
			t.Fatalf("%v on the second console: committed %d rate %.1f/s %v, want the reset to %d read as no consumption",
				tp, got.Committed, got.Rate, got.Health, plan.Rows[part].New)
		}
		if why := got.Reason(); !strings.Contains(why, "reset by a washboard console at ") {
			t.Fatalf("%v reason %q does not say another console reset it", tp, why)
		}
	}
}
