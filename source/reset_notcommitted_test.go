package source

import (
	"context"
	"reflect"
	"testing"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source/kafkatest"
)

// A reset on every topic moves the offsets the group committed; the
// partitions of those topics it has no commit on are in the plan as not
// committed, so the preview says them (ut36b-11: orders/1 went unsaid),
// but for one whose log is empty, which has nothing to lag (as the
// Groups list counts them: model/not_committed.go).
func TestPlanResetOnEveryTopicNamesThePartitionsNotCommitted(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 4})
	fill(t, b, "orders", 5, 0, 1, 2) // orders/3 stays empty
	kafkatest.Commit(t, independent(t, b), "g", "orders", map[int32]int64{0: 4, 2: 1})
	plan, err := NewAdmin(client(t, b)).PlanReset(context.Background(), "g", "classic", model.ResetScope{}, model.ResetTarget{Kind: model.ResetEarliest})
	if err != nil {
		t.Fatal(err)
	}
	if want := []model.TP{{Topic: "orders", Partition: 1}}; !reflect.DeepEqual(plan.NotCommitted, want) {
		t.Fatalf("not committed %v, want %v", plan.NotCommitted, want)
	}
	if len(plan.Rows) != 2 {
		t.Fatalf("rows %+v, want the 2 committed partitions", plan.Rows)
	}
}
