package source

import (
	"slices"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// Configs read more than a minute ago are read again at the default
// schedule, so a change made by another console or tool shows within a
// minute (ut24a P1: two consoles read retention 7d and 3d side by side
// for up to 9.5 minutes at the old ten); a topic a session opened
// (ConfigsChanged) is read at the next poll whatever its age.
func TestConfigsAreReadAgainWithinAMinute(t *testing.T) {
	now := time.Date(2026, 11, 30, 3, 0, 0, 0, time.UTC)
	p := &Poller{configs: map[string]model.TopicConfig{
		"old":    {ReadAt: now.Add(-61 * time.Second)},
		"fresh":  {ReadAt: now.Add(-10 * time.Second)},
		"opened": {ReadAt: now.Add(-5 * time.Second)},
	}}
	p.ConfigsChanged("opened")
	topics := []model.TopicStat{{Name: "fresh"}, {Name: "old"}, {Name: "opened"}, {Name: "new"}}
	due := p.configsDue(now, topics)
	slices.Sort(due)
	if want := []string{"new", "old", "opened"}; !slices.Equal(due, want) {
		t.Fatalf("due %v, want %v", due, want)
	}
}
