package source

import (
	"slices"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The busiest topics are picked again when the cluster's topics change
// and every autoRepick, and kept between: a topic recreated with records,
// or one that became the busiest, is read.
func TestAutoWatchedPicksAgain(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	quiet := []model.TopicStat{{Name: "a", Partitions: 1, Rate: 5}, {Name: "b", Partitions: 1, Rate: 1}}
	busierB := []model.TopicStat{{Name: "a", Partitions: 1, Rate: 1}, {Name: "b", Partitions: 1, Rate: 9}}
	withC := append(slices.Clone(busierB), model.TopicStat{Name: "c", Partitions: 1, Rate: 50})
	tests := []struct {
		name   string
		topics []model.TopicStat
		after  time.Duration
		want   []string
	}{
		{"first pick", quiet, 0, []string{"a"}},
		{"rates change: kept", busierB, time.Second, []string{"a"}},
		{"a topic created: picked again", withC, 2 * time.Second, []string{"c"}},
		{"c deleted: picked again", busierB, 3 * time.Second, []string{"b"}},
		{"rates change: kept", quiet, 4 * time.Second, []string{"b"}},
		{"a minute on: picked again", quiet, 4*time.Second + autoRepick, []string{"a"}},
	}
	p := &Poller{AutoWatch: 1}
	for _, tt := range tests {
		if got := p.autoWatched(tt.topics, t0.Add(tt.after)); !slices.Equal(got, tt.want) {
			t.Fatalf("%s: auto-watched %v, want %v", tt.name, got, tt.want)
		}
	}
}
