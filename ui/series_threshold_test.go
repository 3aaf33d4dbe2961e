package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// A value at its threshold is marked as over it (ut28a U9: `s-2 !1.2kg`
// with warn 1.2): at or over, as monitoring thresholds count, and as the
// README says.
func TestThresholdAtOrOver(t *testing.T) {
	warn, crit := 1.2, 2.0
	f := model.Field{Label: "weight", Warn: &warn, Crit: &crit}
	for _, tc := range []struct {
		v    float64
		want string
	}{{1.19, ""}, {1.2, "!"}, {1.5, "!"}, {2.0, "!!"}, {2.5, "!!"}} {
		if got := levelMark(f.LevelOf(tc.v)); got != tc.want {
			t.Errorf("%v with warn 1.2, crit 2: marked %q, want %q", tc.v, got, tc.want)
		}
	}
}
