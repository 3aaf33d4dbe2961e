package ui

import "testing"

// TestWithRulesTakesInNearThresholds pins ut39-13: a threshold within a
// span of the drawn range widens it (power's warn 2800 W over a line from
// 1100 to 2166 W), one further away leaves it (heat's crit 95 over a line
// from 50 to 58 °C would squash the line into a row).
func TestWithRulesTakesInNearThresholds(t *testing.T) {
	for _, tt := range []struct {
		name           string
		lo, hi         float64
		rules          []float64
		wantLo, wantHi float64
	}{
		{"warn above, near", 1100, 2166, []float64{2800}, 1100, 2800},
		{"crit above, far", 50, 58, []float64{80, 95}, 50, 58},
		{"warn near, crit far", 40, 70, []float64{80, 130}, 40, 80},
		{"below, near", 10, 20, []float64{5}, 5, 20},
		{"inside", 10, 20, []float64{15}, 10, 20},
		{"none", 10, 20, nil, 10, 20},
	} {
		lo, hi := withRules(tt.lo, tt.hi, tt.rules)
		if lo != tt.wantLo || hi != tt.wantHi {
			t.Errorf("%s: withRules(%v, %v, %v) = %v, %v; want %v, %v", tt.name, tt.lo, tt.hi, tt.rules, lo, hi, tt.wantLo, tt.wantHi)
		}
	}
}
