package ui

import (
	tea "charm.land/bubbletea/v2"
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// countingReader counts the read locks a session takes, and knows when
// one is held.
type countingReader struct {
	*model.Store
	reads  atomic.Int64
	inside atomic.Bool
}

func (c *countingReader) Read(fn func(*model.State)) {
	c.reads.Add(1)
	c.Store.Read(func(st *model.State) {
		c.inside.Store(true)
		defer c.inside.Store(false)
		fn(st)
	})
}

// otherLocks stands for what other locks guard (the watch list, the demo
// groups, the SSH server's sessions): taking one under the store's lock
// is counted.
type otherLocks struct {
	fakeWatcher
	demoGroups
	r     *countingReader
	under atomic.Int64
}

func (o *otherLocks) take() {
	if o.r.inside.Load() {
		o.under.Add(1)
	}
}

func (o *otherLocks) Mine(session string) []string { o.take(); return o.fakeWatcher.Mine(session) }
func (o *otherLocks) IsDemo(group string) bool     { o.take(); return group == "billing" }
func (o *otherLocks) viewers() int                 { o.take(); return 2 }

// demoGroups is a Demos that runs nothing.
type demoGroups struct{}

func (demoGroups) Enabled() bool                                 { return true }
func (demoGroups) Enable() error                                 { return nil }
func (demoGroups) Start(context.Context, string) (string, error) { return "", nil }
func (demoGroups) AddMember(string) error                        { return nil }
func (demoGroups) RemoveMember(string) error                     { return nil }
func (demoGroups) Pace(string, float64) (float64, error)         { return 0, nil }
func (demoGroups) Stop(string) error                             { return nil }

// mergedStore is the test store with the lag state of lagStore on top,
// so every pane, the Groups side-by-side view included, has data.
func mergedStore(t *testing.T) *model.Store {
	s := testStore(t)
	lag := lagStore(t)
	var parts []model.PartitionStat
	var groups []model.GroupStat
	var lags *model.Lags
	lag.Read(func(st *model.State) { parts, groups, lags = st.Partitions, st.Groups, st.Lag })
	s.Update(func(st *model.State) {
		st.Partitions, st.Groups, st.Lag = parts, groups, lags
		st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 2, Replication: 1}}
		model.SumTopics(st.TopicStats, st.Partitions) // the topic's rate, as the store gives it
		st.Cluster = model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{{ID: 1, Host: "127.0.0.1", Port: 9092}}}
	})
	return s
}

// TestFrameTakesOneReadLock: whatever is on screen (grid, each pane
// zoomed, the detail and side-by-side views, a filtered log, the log paged
// back, the cluster picker, a foreign cluster, help), a frame takes the
// store's read lock exactly once, and drawing it again from the same
// snapshot (Title, Status, Lines of every pane) changes nothing anywhere
// in any pane's state, pointers followed.
func TestFrameTakesOneReadLock(t *testing.T) {
	tests := []struct {
		name    string
		foreign bool
		setup   func(a *App)
		keys    []string
		after   func(a *App) // a step that needs a command run
	}{
		{name: "grid"},
		{name: "series zoomed", keys: []string{"1", "z"}},
		{name: "series detail", keys: []string{"1", "z", "enter"}},
		{name: "series sorted", keys: []string{"1", "z", "s"}},
		{name: "status 1 zoomed", keys: []string{"2", "z"}},
		{name: "status 2 zoomed", keys: []string{"3", "z"}},
		{name: "status sorted", keys: []string{"2", "z", "s"}},
		{name: "partitions zoomed", keys: []string{"4", "z"}},
		{name: "partitions reasons", keys: []string{"4", "z", "r"}},
		{name: "groups zoomed", keys: []string{"5", "z"}},
		{name: "groups side by side", keys: []string{"5", "z", "enter"}},
		{name: "log filtered", keys: []string{"6", "z", "/", "w", "a", "s", "h", "e", "r", "enter"}},
		{name: "log paused", keys: []string{"6", "space", "up"}},
		{name: "log detail", keys: []string{"6", "z", "enter"}},
		{name: "log paged back", setup: func(a *App) { a.c.Pager = &fakePager{} }, keys: []string{"6", "z", "space", "g"},
			after: func(a *App) {
				_, cmd := a.Update(keyPress("up"))
				run(a, cmd)
				a.View()
				do(a, "down", "down")
			}},
		{name: "produce", keys: []string{"7"}},
		{name: "topics zoomed", keys: []string{"8", "z"}},
		{name: "topics filtered", keys: []string{"8", "z", "/", "o", "r", "enter"}},
		{name: "topic opened", keys: []string{"8", "z", "enter"}},
		{name: "brokers", keys: []string{"8", "z", "b"}},
		{name: "cluster picker", setup: func(a *App) {
			a.c.Cluster.Profiles = []Profile{{Name: "alpha"}, {Name: "beta"}}
			a.c.Cluster.Profile = "alpha"
		}, keys: []string{"c", "down"}},
		{name: "foreign cluster", foreign: true},
		{name: "foreign topic opened", foreign: true, keys: []string{"z", "enter"}},
		{name: "foreign log", foreign: true, keys: []string{"6", "z"}},
		{name: "help", keys: []string{"?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := mergedStore(t)
			if tt.foreign {
				store = foreignStore(t)
			}
			// Another session chose orders: this one's Log hides it,
			// which needs the session's own choice (Watcher.Mine).
			store.Update(func(st *model.State) { st.ChosenOnly = []string{"orders"} })
			r := &countingReader{Store: store}
			other := &otherLocks{fakeWatcher: fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}, r: r}
			c := &Common{Ctx: context.Background(), Store: r, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: !tt.foreign, Viewers: other.viewers}, Watcher: other, Session: "alice", Demos: other}
			a := New(c)
			if tt.setup != nil {
				tt.setup(a)
			}
			a.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
			a.Update(changedMsg{version: store.Version()})
			a.View() // Bubble Tea draws before the first key
			do(a, tt.keys...)
			if tt.after != nil {
				tt.after(a)
			}
			if tt.foreign != a.foreign {
				t.Fatalf("foreign layout %v, want %v", a.foreign, tt.foreign)
			}
			// The frame after the last key: its snapshot takes the lock
			// once, and drawing it (no snapshot) neither reads nor
			// writes, the first time or the second.
			rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts())
			before := r.reads.Load()
			a.snapshot(rects, a.c.now())
			if n := r.reads.Load() - before; n != 1 {
				t.Fatalf("a frame took the read lock %d times, want 1", n)
			}
			states := make([]string, paneCount)
			for i, p := range a.panes {
				states[i] = stateDump(p)
			}
			hdr := stateDump(a.hdr)
			before = r.reads.Load()
			first := a.header() + "\n" + a.body(rects, a.bodyHeight()) + "\n" + a.footer()
			again := a.header() + "\n" + a.body(rects, a.bodyHeight()) + "\n" + a.footer()
			for _, p := range a.panes {
				p.Title()
				p.Status()
				p.Lines(true)
				p.Lines(false)
			}
			if n := r.reads.Load() - before; n != 0 {
				t.Fatalf("drawing from the snapshot took the read lock %d times", n)
			}
			if again != first {
				t.Fatalf("drawing twice from one snapshot differs:\n%s\n---\n%s", first, again)
			}
			if stateDump(a.hdr) != hdr {
				t.Fatal("drawing changed the header's snapshot")
			}
			for i, p := range a.panes {
				if got := stateDump(p); got != states[i] {
					t.Fatalf("drawing changed pane %d's state:\n%s", i+1, firstDiff(states[i], got))
				}
			}
			if n := other.under.Load(); n > 0 {
				t.Fatalf("another lock (watch list, demo groups, SSH sessions) was taken %d times under the store's", n)
			}
			if strings.TrimSpace(first) == "" {
				t.Fatal("empty frame")
			}
		})
	}
}

// firstDiff shows where two dumps part.
func firstDiff(a, b string) string {
	i := 0
	for i < min(len(a), len(b)) && a[i] == b[i] {
		i++
	}
	from := max(i-200, 0)
	return "before: …" + a[from:min(i+200, len(a))] + "\nafter:  …" + b[from:min(i+200, len(b))]
}

// A store change costs a session one read, the frame's: the cluster's
// kind (foreign or the seed demo's) is copied with the frame, not read
// again when the change arrives; only the frame that sees the kind change
// lays out and copies again (as does the one that sees the Log's first
// record, which gives the empty Log's rows back: the store starts with one).
func TestStoreChangeTakesOnlyTheFramesRead(t *testing.T) {
	for _, foreign := range []bool{false, true} {
		store := mergedStore(t)
		if foreign {
			store = foreignStore(t)
		}
		store.Fold([]model.Record{{Topic: "orders", Value: []byte(`{}`), Time: fixedNow}}, fixedNow)
		r := &countingReader{Store: store}
		a := New(&Common{Ctx: context.Background(), Store: r, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: !foreign}})
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
		a.Update(changedMsg{version: store.Version()})
		a.View()
		if a.foreign != foreign {
			t.Fatalf("foreign %v after the first frame, want %v", a.foreign, foreign)
		}
		for range 3 {
			store.Fold([]model.Record{{Topic: "orders", Value: []byte(`{}`), Time: fixedNow}}, fixedNow)
			before := r.reads.Load()
			a.Update(changedMsg{version: store.Version()})
			if n := r.reads.Load() - before; n != 0 {
				t.Fatalf("foreign %v: taking a store change read the store %d times", foreign, n)
			}
			a.View()
			if n := r.reads.Load() - before; n != 1 {
				t.Fatalf("foreign %v: a store change and its frame read the store %d times, want 1", foreign, n)
			}
		}
	}
}

// Moving in a list reads the last frame's copy: an arrow key in Groups
// or Topics neither takes the store's lock nor filters and sorts again.
func TestListKeysTakeNoReadLock(t *testing.T) {
	for _, pane := range []string{"5", "8"} {
		store := mergedStore(t)
		r := &countingReader{Store: store}
		a := New(&Common{Ctx: context.Background(), Store: r, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}})
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
		a.Update(changedMsg{version: store.Version()})
		do(a, pane, "z")
		a.View()
		before := r.reads.Load()
		for _, k := range []string{"down", "up", "G", "g"} {
			a.Update(keyPress(k))
		}
		if n := r.reads.Load() - before; n != 0 {
			t.Errorf("pane %s: arrow keys took the store's read lock %d times", pane, n)
		}
	}
}
