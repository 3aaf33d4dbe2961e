package ui

import (
	"slices"
	"testing"
)

// ut34a-26, ut35-18: a grid box's one-line summary leaves parts out whole,
// the partitions, offsets and rate kept before replication and the
// configs, never `replic…` or `del…`.
func TestTopicSummaryOnOneLineLeavesPartsOutWhole(t *testing.T) {
	parts := []string{"orders.eu-west.v2", "12 partitions", "replication 3", "221 offsets", "0.0/s", "delete", "retention 7d"}
	rank := []int{0, 1, 3, 4, 2, 5, 6}
	for _, tt := range []struct {
		w    int
		want []string
	}{
		{200, parts},
		{80, []string{"orders.eu-west.v2", "12 partitions", "replication 3", "221 offsets", "0.0/s", "delete"}},
		{78, []string{"orders.eu-west.v2", "12 partitions", "replication 3", "221 offsets", "0.0/s"}},
		{60, []string{"orders.eu-west.v2", "12 partitions", "221 offsets", "0.0/s"}},
		{50, []string{"orders.eu-west.v2", "12 partitions", "221 offsets"}},
		{36, []string{"orders.eu-west.v2", "12 partitions"}},
		{10, []string{"orders.eu-west.v2"}},
	} {
		if got := wholeParts(parts, rank, " · ", tt.w); !slices.Equal(got, tt.want) {
			t.Errorf("%d cells: %q, want %q", tt.w, got, tt.want)
		}
	}
}
