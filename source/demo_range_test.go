package source

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// rangeSplit is each member's partitions of group, members in id order,
// and the assignor the group reports, as the poller sees them once the
// group is Stable with n members.
func rangeSplit(t *testing.T, p *Poller, group string, n int) (split, assignor string) {
	t.Helper()
	p.PollOnce(context.Background())
	p.Store.Read(func(st *model.State) {
		for _, g := range st.Groups {
			if g.ID != group || g.State != "Stable" || len(g.Detail) != n {
				continue
			}
			ms := slices.Clone(g.Detail)
			slices.SortFunc(ms, func(a, b model.MemberStat) int { return strings.Compare(a.ID, b.ID) })
			var parts []string
			for _, m := range ms {
				var ids []int
				for _, tp := range m.Assigned {
					ids = append(ids, tp.Partition)
				}
				slices.Sort(ids)
				parts = append(parts, fmt.Sprint(ids))
			}
			split, assignor = strings.Join(parts, " "), g.Assignor
		}
	})
	return split, assignor
}

// The demo's groups are labelled with the assignor their members send:
// what they are given must be what that name means, Kafka's range (ut40a-9:
// `range` beside [0,4,5] and [1,2,3], kafka-go's range splitting the
// partitions in the broker's metadata order).
func TestDemoGroupAssignsAsItsAssignorSays(t *testing.T) {
	d, id, p := demoOnOrders(t)
	for _, tc := range []struct {
		members int
		want    string
	}{
		{2, "[0 1 2] [3 4 5]"},
		{3, "[0 1] [2 3] [4 5]"},
		{4, "[0 1] [2 3] [4] [5]"},
	} {
		if err := d.AddMember(id); err != nil {
			t.Fatal(err)
		}
		var split, assignor string
		eventually(t, 20*time.Second, fmt.Sprintf("%d members with %s", tc.members, tc.want), func() bool {
			split, assignor = rangeSplit(t, p, id, tc.members)
			return split == tc.want
		})
		if assignor != "range" {
			t.Fatalf("%d members split %s under assignor %q, want range", tc.members, split, assignor)
		}
	}
}
