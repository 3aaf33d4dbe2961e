package model

import (
	"slices"
	"testing"
)

func TestNaturalCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"s-2", "s-10", -1},
		{"s-10", "s-2", 1},
		{"s-11", "s-11", 0},
		{"washer-9", "washer-10", -1},
		{"dryer-01", "washer-00", -1},
		{"s-01", "s-1", -1}, // equal numbers: byte order decides, so the order is total
		{"s-1", "s-01", 1},
		{"s", "s-1", -1},
		{"a2b10", "a2b9", 1},
		{"10", "9", 1},
		{"x", "10", 1}, // digits sort before letters, as in byte order
		{"", "", 0},
		{"", "a", -1},
		{"rider-updates", "rider-updates-2", -1},
		{"18446744073709551616", "18446744073709551615", 1}, // longer than int64: still compared
		{"Student", "laundry-machine-logs", 1},              // case aside, as Topics sorts (ut34a-30)
	}
	for _, tt := range tests {
		if got := NaturalCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("NaturalCompare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNaturalSortOrder(t *testing.T) {
	keys := []string{"s-10", "s-2", "s-1", "s-11", "s-20", "s-3"}
	slices.SortFunc(keys, NaturalCompare)
	want := []string{"s-1", "s-2", "s-3", "s-10", "s-11", "s-20"}
	if !slices.Equal(keys, want) {
		t.Errorf("got %v, want %v", keys, want)
	}
}

func TestNaturalCompareSetsCaseAside(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"Student", "laundry-machine-logs", 1}, // case does not decide
		{"laundry-machine-logs", "Student", -1},
		{"Orders-2", "orders-10", -1}, // numbers still compare as numbers
		{"ORDERS", "orders", -1},      // only case differs: byte order, so the order is total
		{"orders", "ORDERS", 1},
		{"S-01", "s-1", -1},
		{"a", "a", 0},
		{"B", "a1", 1},
	}
	for _, tt := range tests {
		if got := NaturalCompare(tt.a, tt.b); got != tt.want {
			t.Errorf("NaturalCompare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCompareTPSetsCaseAside: Partitions lists topics in the order Topics
// does (ut34a-30: `Student (1)` stood above `laundry-machine-logs (6)`).
func TestCompareTPSetsCaseAside(t *testing.T) {
	tps := []TP{{"rider-updates", 1}, {"Student", 0}, {"laundry-machine-logs", 2}, {"laundry-machine-logs", 10}}
	slices.SortFunc(tps, CompareTP)
	want := []TP{{"laundry-machine-logs", 2}, {"laundry-machine-logs", 10}, {"rider-updates", 1}, {"Student", 0}}
	if !slices.Equal(tps, want) {
		t.Errorf("got %v, want %v", tps, want)
	}
}
