package source

import (
	"fmt"
	"slices"
	"testing"

	"github.com/washboard/washboard/model"
)

// Which topics the tail reads, and why: --topic (plain or NAME@START)
// reads others instead of the busiest; a view, saved or configured,
// never stops the busiest being read; every topic read for every session
// has a reason the Topics pane can say (u, ●).
func TestWhatTheTailReadsAndWhy(t *testing.T) {
	topics := []model.TopicStat{
		{Name: "events.misc", Partitions: 1, Rate: 90},
		{Name: "orders", Partitions: 1, Rate: 50},
		{Name: "payments", Partitions: 1, Rate: 40},
		{Name: "raw-bytes", Partitions: 1, Rate: 30},
		{Name: "quiet", Partitions: 1},
	}
	var parts []model.PartitionStat
	for _, t := range topics {
		parts = append(parts, model.PartitionStat{Topic: t.Name})
	}
	tests := []struct {
		name            string
		p               *Poller
		wantAuto, wantT string
		wantWhy         string
	}{
		{"nothing configured: the busiest", &Poller{AutoWatch: 3}, "[events.misc orders payments]",
			"[events.misc orders payments]", "map[events.misc:one of the busiest orders:one of the busiest payments:one of the busiest]"},
		{"--topic NAME@START reads it instead of the busiest", &Poller{AutoWatch: 3, Placed: []string{"raw-bytes"}}, "[]",
			"[]", "map[]"},
		{"--topic NAME reads it instead", &Poller{AutoWatch: 3, Watch: Watch{Topics: []string{"quiet"}}, Why: map[string]string{"quiet": "--topic"}},
			"[]", "[quiet]", "map[quiet:--topic]"},
		{"a saved view reads its topic beside the busiest", &Poller{AutoWatch: 3, Also: []string{"quiet"}, Why: map[string]string{"quiet": "the saved view q"}},
			"[events.misc orders payments]", "[events.misc orders payments quiet]",
			"map[events.misc:one of the busiest orders:one of the busiest payments:one of the busiest quiet:the saved view q]"},
		{"a view that is one of the busiest says both", &Poller{AutoWatch: 3, Also: []string{"orders"}, Why: map[string]string{"orders": "the saved view o"}},
			"[events.misc orders payments]", "[events.misc orders payments]",
			"map[events.misc:one of the busiest orders:the saved view o, one of the busiest payments:one of the busiest]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			auto := tt.p.autoWatched(topics)
			var tailed []string
			for _, ps := range tt.p.tailed(parts, auto) {
				tailed = append(tailed, ps.Topic)
			}
			slices.Sort(tailed)
			if got := fmt.Sprint(auto); got != tt.wantAuto && !(got == "[]" && tt.wantAuto == "[]") {
				t.Errorf("busiest %s, want %s", got, tt.wantAuto)
			}
			if got := fmt.Sprint(tailed); got != tt.wantT {
				t.Errorf("tailed %s, want %s", got, tt.wantT)
			}
			if got := fmt.Sprint(tt.p.readWhy(tt.p.tailed(parts, auto), auto)); got != tt.wantWhy {
				t.Errorf("why %s, want %s", got, tt.wantWhy)
			}
		})
	}
}
