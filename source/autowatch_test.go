package source

import (
	"fmt"
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
			auto := tt.p.autoWatched(topics, time.Now())
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
			if got := fmt.Sprint(tt.p.readWhy(tt.p.tailed(parts, auto), auto, topics)); got != tt.wantWhy {
				t.Errorf("why %s, want %s", got, tt.wantWhy)
			}
		})
	}
}

// Topics the user named are read, and nothing in their place while none
// exists: a --topic deleted left the console reading the busiest from
// their first record (a user test of issue 9: 400 MB nobody asked for).
// A busiest topic picked mid-run goes to the tail from its last records.
func TestNamedTopicsAreNotReplacedAndTheBusiestStartNearTheirEnd(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	others := []model.TopicStat{{Name: "big", Partitions: 1, Rate: 9}}
	for _, why := range []string{"--topic", "tail.topics in the config"} {
		p := &Poller{AutoWatch: 3, Watch: Watch{Topics: []string{"gone"}}, Why: map[string]string{"gone": why}}
		if got := p.autoWatched(others, t0); len(got) > 0 {
			t.Errorf("named by %s and absent: auto-watched %v, want none", why, got)
		}
	}
	// A view's topic absent: the busiest are read, from their last records.
	p := &Poller{AutoWatch: 3, Watch: Watch{Topics: []string{"laundry"}}, Why: map[string]string{"laundry": "the view Machines"}}
	auto := p.autoWatched(others, t0)
	if !slices.Equal(auto, []string{"big"}) {
		t.Fatalf("auto-watched %v, want [big]", auto)
	}
	got := p.tailed([]model.PartitionStat{{Topic: "big", Low: 0, High: 200_000}, {Topic: "small", Low: 0, High: 10}}, auto)
	if len(got) != 1 || got[0].Low != 200_000-autoLast {
		t.Fatalf("tailed %+v, want big from its last %d records", got, autoLast)
	}
}

// A kept pick is made again at once when a picked topic's records fall
// (its logs replaced: a cluster restarted empty, the topic recreated) or
// a picked topic reads 0/s while one not picked is produced to.
func TestAutoWatchedPicksAgainWhenThePickIsStale(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		topics []model.TopicStat
		want   []string
	}{
		{"first pick: most records", []model.TopicStat{{Name: "a", Partitions: 1, Records: 100}, {Name: "b", Partitions: 1, Records: 50}}, []string{"a"}},
		{"a's log replaced: picked again", []model.TopicStat{{Name: "a", Partitions: 1, Records: 0}, {Name: "b", Partitions: 1, Records: 50}}, []string{"b"}},
		{"b idle, a produced to: picked again", []model.TopicStat{{Name: "a", Partitions: 1, Records: 10, Rate: 5}, {Name: "b", Partitions: 1, Records: 50}}, []string{"a"}},
		{"both produced to: kept", []model.TopicStat{{Name: "a", Partitions: 1, Records: 20, Rate: 5}, {Name: "b", Partitions: 1, Records: 60, Rate: 9}}, []string{"a"}},
	}
	p := &Poller{AutoWatch: 1}
	for i, tt := range tests {
		if got := p.autoWatched(tt.topics, t0.Add(time.Duration(i)*time.Second)); !slices.Equal(got, tt.want) {
			t.Fatalf("%s: auto-watched %v, want %v", tt.name, got, tt.want)
		}
	}
}

// ut19b J11: on a cluster where fewer topics are produced to than the
// Log reads, the idle ones it picks are those with the most records, and
// `u` says so, not that a topic at 0.0/s is one of the busiest.
func TestIdlePickedTopicsSayLargest(t *testing.T) {
	topics := []model.TopicStat{
		{Name: "orders", Partitions: 1, Records: 21},
		{Name: "payments", Partitions: 1, Rate: 5, Records: 3},
		{Name: "quiet", Partitions: 1, Records: 2},
		{Name: "tiny", Partitions: 1, Records: 1},
	}
	var parts []model.PartitionStat
	for _, t := range topics {
		parts = append(parts, model.PartitionStat{Topic: t.Name})
	}
	p := &Poller{AutoWatch: 3}
	auto := p.autoWatched(topics, time.Now())
	got := p.readWhy(p.tailed(parts, auto), auto, topics)
	largest := "it follows the 3 busiest topics, and while fewer are produced to, those with the most records"
	want := map[string]string{"payments": "one of the busiest", "orders": largest, "quiet": largest}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("why %v, want %v", got, want)
	}
	// ut35-14: every topic with records is followed, the smallest too: so
	// it says, never that the smallest is one of the largest
	topics = topics[:3]
	auto = p.autoWatched(topics, time.Now())
	got = p.readWhy(p.tailed(parts[:3], auto), auto, topics)
	if w := "it follows every topic with records on this cluster"; got["quiet"] != w || got["orders"] != w {
		t.Errorf("why %v, want %q for the idle ones", got, w)
	}
}
