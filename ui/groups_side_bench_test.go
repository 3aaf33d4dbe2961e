package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// BenchmarkSideSnapshot is a side-by-side frame's snapshot, where its
// column widths are settled (each width tried lays a column out): ut22b's
// five groups (shareStore) and four groups of 6 and 40 partitions
// (longSideStore), at 200x50 and 80x24.
func BenchmarkSideSnapshot(b *testing.B) {
	for _, tc := range []struct {
		name   string
		store  *model.Store
		groups []string
	}{
		{"five-groups", shareStore(), []string{"group-00002", "group-00004", "group-00006", shareStopped, "washboard-demo-1"}},
		{"long-topics-46-partitions", longSideStore(40), longSideGroups},
	} {
		for _, sz := range []struct{ w, h int }{{196, 46}, {76, 20}} {
			b.Run(tc.name+"-"+itoa(sz.w)+"x"+itoa(sz.h), func(b *testing.B) {
				v := &sideView{groups: tc.groups}
				b.ReportAllocs()
				for b.Loop() {
					tc.store.Read(func(st *model.State) { v.snapshot(st, sz.w, sz.h, false) })
				}
			})
		}
	}
}
