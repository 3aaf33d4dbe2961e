package ui

import (
	"fmt"
	"testing"
)

// BenchmarkNamesApart judges where 2,000 group names that differ only
// past their middle are cut, as Groups does when its list of names
// changes (once per poll at most).
func BenchmarkNamesApart(b *testing.B) {
	names := make([]string, 2000)
	for i := range names {
		names[i] = fmt.Sprintf("wb22a-many-groups-load-test-consumer-group-number-%04d-of-a-long-series", i)
	}
	b.ReportAllocs()
	for b.Loop() {
		var a namesApart
		a.judge(names, groupNameMin)
		if a.w == 0 {
			b.Fatal("not told apart")
		}
	}
}
