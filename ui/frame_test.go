package ui

import (
	tea "charm.land/bubbletea/v2"
	"context"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// countingReader counts the read locks a session takes.
type countingReader struct {
	*model.Store
	reads atomic.Int64
}

func (c *countingReader) Read(fn func(*model.State)) {
	c.reads.Add(1)
	c.Store.Read(fn)
}

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
		st.Cluster = model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{{ID: 1, Host: "127.0.0.1", Port: 9092}}}
	})
	return s
}

// TestFrameTakesOneReadLock: whatever is on screen (grid, each pane
// zoomed, the detail and side-by-side views, a filtered log, help), a
// frame takes the store's read lock exactly once, and drawing it again
// from the same snapshot changes nothing in any pane.
func TestFrameTakesOneReadLock(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"grid", nil},
		{"series zoomed", []string{"1", "z"}},
		{"series detail", []string{"1", "z", "enter"}},
		{"status 1 zoomed", []string{"2", "z"}},
		{"status 2 zoomed", []string{"3", "z"}},
		{"partitions zoomed", []string{"4", "z"}},
		{"partitions reasons", []string{"4", "z", "r"}},
		{"groups zoomed", []string{"5", "z"}},
		{"groups side by side", []string{"5", "z", "enter"}},
		{"log filtered", []string{"6", "z", "/", "w", "a", "s", "h", "e", "r", "enter"}},
		{"log paused", []string{"6", "space", "up"}},
		{"log detail", []string{"6", "z", "enter"}},
		{"produce", []string{"7"}},
		{"topics zoomed", []string{"8", "z"}},
		{"topics filtered", []string{"8", "z", "/", "o", "r", "enter"}},
		{"topic opened", []string{"8", "z", "enter"}},
		{"brokers", []string{"8", "z", "b"}},
		{"help", []string{"?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &countingReader{Store: mergedStore(t)}
			c := &Common{Ctx: context.Background(), Store: r, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:9092"}}
			a := New(c)
			a.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
			for _, k := range tt.keys {
				a.Update(keyPress(k))
			}
			before := r.reads.Load()
			first := a.render()
			if n := r.reads.Load() - before; n != 1 {
				t.Fatalf("a frame took the read lock %d times, want 1", n)
			}
			// Drawing alone (no snapshot) must neither read nor write.
			states := make([]any, paneCount)
			for i, p := range a.panes {
				states[i] = shallow(p)
			}
			before = r.reads.Load()
			rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts())
			again := a.header() + "\n" + a.body(rects, a.bodyHeight()) + "\n" + a.footer()
			if n := r.reads.Load() - before; n != 0 {
				t.Fatalf("drawing from the snapshot took the read lock %d times", n)
			}
			if again != first {
				t.Fatalf("drawing twice from one snapshot differs:\n%s\n---\n%s", first, again)
			}
			for i, p := range a.panes {
				if !reflect.DeepEqual(states[i], shallow(p)) {
					t.Fatalf("drawing changed pane %d's state", i+1)
				}
			}
			if strings.TrimSpace(first) == "" {
				t.Fatal("empty frame")
			}
		})
	}
}

// shallow copies the struct a pane points to, so field writes show.
func shallow(p Pane) any {
	return reflect.ValueOf(p).Elem().Interface()
}
