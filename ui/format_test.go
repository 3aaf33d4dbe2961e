package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// One span of time reads one way wherever it is printed: how long ago
// (last seen, a stale poll), how far behind, how long left, and in the
// health reasons' words (ut16b E27: `4m36s` in a reason beside `6m` in
// Partitions' behind and `(>10m)` in the side view).
func TestOneSpanReadsOneWayEverywhere(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{45 * time.Second, "45s"},
		{276 * time.Second, "4m"},
		{851 * time.Second, "14m"},
		{3*time.Hour + 5*time.Minute, "3h"},
		{50 * time.Hour, "2d"},
	} {
		win := []model.Sample{{At: 0, Offset: 10, Lag: 5}, {At: int64(time.Second), Offset: 10, Lag: 6}, {At: int64(2 * time.Second), Offset: 10, Lag: 9}}
		t0 := time.Unix(0, 0)
		reason := model.Evaluate(win, t0, t0.Add(tc.d), 24*365*time.Hour).Reason()
		got := map[string]string{
			"age":    age(t0.Add(tc.d), t0),
			"ago":    ago(tc.d),
			"behind": behindText(tc.d, false),
			"eta":    strings.TrimPrefix(etaText(tc.d), "~"),
			"reason": strings.TrimSuffix(strings.SplitN(reason, " for ", 2)[1], " while lag is 9"),
		}
		for where, s := range got {
			if s != tc.want {
				t.Errorf("%v in %s reads %q, want %q (reason %q)", tc.d, where, s, tc.want, reason)
			}
		}
		if b := behindText(tc.d, true); b != ">"+tc.want {
			t.Errorf("%v behind, at least: %q, want %q", tc.d, b, ">"+tc.want)
		}
	}
}
