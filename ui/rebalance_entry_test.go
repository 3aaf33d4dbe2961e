package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// A log entry starts with its subject (group or topic): an action's
// words do not say it again (ut32b Zb9 for a group's reset, ut36b-23 for
// a topic's partitions and configs).
func TestLogEntryNamesItsSubjectOnce(t *testing.T) {
	const topic = "acme.payments.settlement-events.eu-west-1.v2"
	for _, tt := range []struct {
		name, subject, detail, want string
	}{
		{"group reset", "audit", "by the local console: reset offsets of audit on every topic to latest", "by the local console: reset offsets on every topic to latest"},
		{"partitions added", topic, "by the local console: " + topic + " now has 8 partitions (was 6)", "by the local console: now has 8 partitions (was 6)"},
		{"config set", topic, `by the local console: set retention.ms on "` + topic + `": 7d (604800000) → 2d (172800000)`, "by the local console: set retention.ms: 7d (604800000) → 2d (172800000)"},
		{"another topic named", topic, "by the local console: other now has 8 partitions (was 6)", "by the local console: other now has 8 partitions (was 6)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := entryDetail(model.Rebalance{Group: tt.subject, Kind: "action", Detail: tt.detail}); got != tt.want {
				t.Fatalf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
