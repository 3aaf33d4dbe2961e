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
	} {
		if got := sideNameLines(tc.name, tc.w); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("sideNameLines(%q, %d) = %q, want %q", tc.name, tc.w, got, tc.want)
		}
	}
}
