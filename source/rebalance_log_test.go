package source

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// Franz-go members joining and leaving a group (the eager range
// protocol: one generation per join or leave in Kafka) make one
// rebalance log entry each, and the counted generation one more each
// (ut37-14: one added member logged as two generations, the second half
// `none → …` for a member that had held every partition).
func TestRebalanceLogOneEntryPerJoinAndLeave(t *testing.T) {
	b := startBroker(t, map[string]int32{"orders": 4})
	fill(t, b, "orders", 2, 0, 1, 2, 3)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	member := func(id string) *kgo.Client {
		c := independent(t, b, kgo.ConsumerGroup("grp"), kgo.ConsumeTopics("orders"), kgo.ClientID(id),
			kgo.Balancers(kgo.RangeBalancer()), kgo.HeartbeatInterval(100*time.Millisecond))
		go func() { // a consumer polls to stay in its group
			for ctx.Err() == nil {
				c.PollFetches(ctx)
			}
		}()
		return c
	}
	store := model.NewStore(nil, model.DefaultLimits())
	p := newPoller(t, b, store, Watch{Topics: []string{"orders"}}, model.LagConfig{})
	settled := func(what string, split ...int) {
		eventually(t, 30*time.Second, what, func() bool {
			p.PollOnce(context.Background())
			ok := false
			store.Read(func(st *model.State) {
				for _, g := range st.Groups {
					if g.ID == "grp" && g.State == "Stable" && len(g.Detail) == len(split) {
						ok = true
						for i, m := range g.Detail {
							ok = ok && len(m.Assigned) == split[i]
						}
					}
				}
			})
			return ok
		})
	}
	p.PollOnce(context.Background()) // before the group exists: its start is logged too, as a group appearing
	member("first")
	settled("the first member holding all 4", 4)
	second := member("second")
	settled("two members splitting 2/2", 2, 2)
	second.Close()
	settled("the first member holding all 4 again", 4)

	var entries []string
	var gen int
	store.Read(func(st *model.State) {
		for i := range st.Lag.Events.Len() {
			if e := st.Lag.Events.At(i); e.Group == "grp" {
				entries = append(entries, e.Kind+" "+e.Detail)
			}
		}
		gen = st.Lag.Groups["grp"].Generation
	})
	log := strings.Join(entries, "\n")
	if len(entries) != 3 || gen != 3 ||
		!strings.HasPrefix(entries[0], "rebalance gen 1: joined first") ||
		!strings.HasPrefix(entries[1], "rebalance gen 2: joined second") || !strings.Contains(entries[1], "first: orders[0,1,2,3] → orders[") ||
		!strings.HasPrefix(entries[2], "rebalance gen 3: left second") || !strings.Contains(entries[2], "→ orders[0,1,2,3]") {
		t.Fatalf("gen %d, log of grp:\n%s\nwant 3 entries: the group's start (gen 1), the join (gen 2) and the leave (gen 3)", gen, log)
	}
}
