package ui

import (
	"reflect"
	"testing"
)

func TestSideNameLinesBreakAfterASeparator(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    int
		want []string
	}{
		{"orders", 20, nil}, // fits: one line, as before
		{"orders-fulfilment-warehouse-allocation-consumer-region-emea-01", 30,
			[]string{"orders-fulfilment-warehouse-", "allocation-consumer-region-", "emea-01"}},
		{"abcdefghijklmnopqrstuvwxyz", 10, []string{"abcdefghij", "klmnopqrst", "uvwxyz"}}, // no separator: at w
		{"abcdefghijklmnopqrstuvwxyz0123456789", 10, nil},                                  // needs 4 lines: cut instead
		// ut28a U1: after a separator it needs four lines at 25; a line
		// ending before one holds it in three
		{"regional-dispatch-planner-consumer-group-for-eu-west-batch-10-ut28a", 25,
			[]string{"regional-dispatch-planner", "-consumer-group-for-eu-", "west-batch-10-ut28a"}},
		{"regional-dispatch-planner-consumer-group-for-eu-west-batch-10-ut28a", 26,
			[]string{"regional-dispatch-planner-", "consumer-group-for-eu-", "west-batch-10-ut28a"}},
	} {
		if got := sideNameLines(tc.name, tc.w); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("sideNameLines(%q, %d) = %q, want %q", tc.name, tc.w, got, tc.want)
		}
	}
}
