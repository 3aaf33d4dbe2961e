package source

import (
	"context"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// A reset to a time after a partition's newest record lands on its log
// end, and the plan says it was clamped there, as for an offset past the
// end, so the preview can say so (ut40b-6: `24→24` with no note, the
// README promising `(clamped to the log end)`). A partition whose
// records reach past the time gets the first offset at or after it,
// unclamped; an empty partition is at its end with nothing to clamp.
func TestPlanResetToATimeAfterTheNewestRecordIsClampedToTheEnd(t *testing.T) {
	base := time.Now().Add(-time.Hour).Truncate(time.Minute)
	b := startBroker(t, map[string]int32{"orders": 3})
	fillAt(t, b, "orders", 10, base, 0)                     // 0: records up to base+9m
	fillAt(t, b, "orders", 10, base.Add(20*time.Minute), 1) // 1: base+20m .. base+29m
	kafkatest.Commit(t, independent(t, b), "g", "orders", map[int32]int64{0: 10, 1: 0, 2: 0})
	at := base.Add(25 * time.Minute)
	plan, err := NewAdmin(client(t, b)).PlanReset(context.Background(), "g", "classic", model.ResetScope{Topic: "orders", Partition: -1}, model.ResetTarget{Kind: model.ResetTime, At: at})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]struct {
		new     int64
		clamped bool
	}{0: {10, true}, 1: {5, false}, 2: {0, false}}
	if len(plan.Rows) != len(want) {
		t.Fatalf("rows %+v, want 3", plan.Rows)
	}
	for _, r := range plan.Rows {
		if w := want[r.Partition]; r.New != w.new || r.Clamped != w.clamped {
			t.Errorf("orders/%d: new %d clamped %v, want %d clamped %v", r.Partition, r.New, r.Clamped, w.new, w.clamped)
		}
	}
}
