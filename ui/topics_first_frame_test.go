package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// ut33 Q3: Topics at 80x24 re-laid itself out over its first seconds:
// the trend column came 10 s in, when the first bucket was whole, though
// the rate said from the first frame that it would; and the cluster's
// line was clipped at its end (`… · controller 2 ·…`) where short forms
// of its parts fit it whole.
func TestTopicsColumnsAndClusterLineFromTheFirstFrame(t *testing.T) {
	for _, tt := range []struct {
		name string
		rows []topicLine
		want bool
	}{
		{"a rate, no bucket whole yet: the column is there", []topicLine{{name: "a", rate: 7.5}}, true},
		{"a bucket with records", []topicLine{{name: "a", hist: []float64{0, 3}}}, true},
		// ut35-4: zeros are drawn (`▁`), so the last producer stopping
		// keeps the column, and rf does not come in its place
		{"idle after a burst: zeros to draw", []topicLine{{name: "a", hist: []float64{0, 0}}}, true},
		{"no bucket whole yet and no rate: nothing to draw", []topicLine{{name: "a"}}, false},
		{"rates unknown (polls fail): said as –/s, no trend judged from them", []topicLine{{name: "a", rate: 7.5, rateUnknown: true}}, false},
	} {
		if got, _, _ := trendScale(tt.rows, false); got != tt.want {
			t.Errorf("%s: trend %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		parts []string
		w     int
		want  string
	}{
		{[]string{"cluster washboard-embedded", "Kafka at least v3.9", "3 brokers", "controller 2", "b brokers"}, 78,
			"cluster washboard-embedded · Kafka ≥v3.9 · 3 brokers · ctrl 2 · b brokers"},
		{[]string{"cluster washboard-embedded", "Kafka at least v3.9", "3 brokers", "controller 2", "b brokers"}, 90,
			"cluster washboard-embedded · Kafka at least v3.9 · 3 brokers · controller 2 · b brokers"},
		{[]string{"cluster MkU3OEVBNTcwNTJENDM2QkYy", "Kafka v4.0", "5 brokers", "controller 1", "b brokers"}, 66,
			"cluster MkU3O…M2QkYy · Kafka v4.0 · 5 brokers · ctrl 1 · b brokers"},
		// ut34a-12: the grid's 38 cells clipped the broker count after the
		// id cut to its least; b's hint goes, then the id, before a clip.
		{[]string{"cluster washboard-embedded", "Kafka at least v3.9", "1 broker", "controller 0", "b brokers"}, 38,
			"Kafka ≥v3.9 · 1 broker · ctrl 0"},
		{[]string{"cluster c1", "1 broker", "controller 1", "b brokers"}, 38, "cluster c1 · 1 broker · ctrl 1"},
		{[]string{"cluster washboard-embedded", "Kafka at least v3.9", "1 broker", "controller 0", "b brokers"}, 62,
			"cluster was…dded · Kafka ≥v3.9 · 1 broker · ctrl 0 · b brokers"},
	} {
		var shown []string
		for _, i := range fitClusterParts(tt.parts, tt.w) {
			shown = append(shown, tt.parts[i])
		}
		got := strings.Join(shown, " · ")
		if got != tt.want {
			t.Errorf("in %d cells:\n got %q\nwant %q", tt.w, got, tt.want)
		}
		if ansi.StringWidth(got) > tt.w {
			t.Errorf("%q is wider than %d cells", got, tt.w)
		}
	}
}
