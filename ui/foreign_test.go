package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// realApp is a session on a cluster that is not the embedded demo, over
// store s.
func realApp(t *testing.T, s *model.Store, w, h int) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow.Add(30 * time.Second) },
		Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// pollFailed is a poll that did not answer: the connection says so, what
// the last answered poll published stays.
func pollFailed(a *App) {
	writer(a.c).Update(func(st *model.State) {
		st.Link.State, st.Link.Err = model.LinkError, "connection refused"
		st.Link.PolledAt = fixedNow.Add(29 * time.Second)
		st.Link.PollTook = 500 * time.Microsecond
		st.Link.PollRequests = 4
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
}

// The views layout is the embedded demo's, or a cluster's once a poll has
// seen a view's topic; every other case (not polled yet, unreachable,
// without the topics) is Topics-first, and failed polls change nothing.
func TestLayoutFollowsWhatAPollSaw(t *testing.T) {
	views := func(got string) bool { return strings.Contains(got, "1 Machines") }
	tests := []struct {
		name      string
		w, h      int
		seen      []string // st.Topics of the last answered poll; nil: none answered
		wantViews bool
	}{
		{"never reached 80x24", 80, 24, nil, false},
		{"never reached 200x50", 200, 50, nil, false},
		{"without the views' topics", 80, 24, []string{"orders"}, false},
		{"with a view's topic", 80, 24, []string{model.LaundryTopic, "orders"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			if tt.seen != nil {
				s.Update(func(st *model.State) {
					st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow, PollTook: time.Millisecond, PollRequests: 4}
					st.Topics = tt.seen
				})
			}
			a := realApp(t, s, tt.w, tt.h)
			a.Update(changedMsg{version: s.Version()})
			for _, step := range []string{"first", "after a failed poll"} {
				got := screen(a)
				assertFits(t, got, tt.w, tt.h)
				if views(got) != tt.wantViews {
					t.Fatalf("%s: views layout %v, want %v:\n%s", step, views(got), tt.wantViews, got)
				}
				if !tt.wantViews && !strings.Contains(got, "8 Topics") {
					t.Fatalf("%s: no Topics pane:\n%s", step, got)
				}
				if topic := a.panes[paneProduce].(*ProducePane).value(fieldTopic); !tt.wantViews && topic == model.LaundryTopic {
					t.Fatalf("%s: Produce offers %s, which no poll saw", step, topic)
				}
				if strings.Contains(got, "laundry-machine-logs") && !tt.wantViews {
					t.Fatalf("%s: a seed topic on a cluster without it:\n%s", step, got)
				}
				pollFailed(a)
			}
		})
	}
}

// While the cluster does not answer, the polled panes say since when
// their rows are old, and no border cites the failed poll's timing.
func TestStaleDataIsMarked(t *testing.T) {
	s := foreignStore(t)
	s.Update(func(st *model.State) { st.Link.AnsweredAt = fixedNow })
	a := realApp(t, s, 200, 50)
	a.Update(changedMsg{version: s.Version()})
	if got := screen(a); strings.Contains(got, "stale") {
		t.Fatalf("stale while connected:\n%s", got)
	}
	pollFailed(a)
	got := screen(a)
	if n := strings.Count(got, "stale 30s"); n < 3 {
		t.Errorf("Topics, Partitions and Groups do not all say their rows are 30s old (%d):\n%s", n, got)
	}
	if head := strings.SplitN(got, "\n", 2)[0]; !strings.Contains(head, "–/s produced") {
		t.Errorf("the header keeps the last poll's produce rate while polls fail: %q", head)
	}
	if strings.Contains(got, "poll ≤") || strings.Contains(got, "4 req") {
		t.Errorf("a failed poll's timing shown as a poll's:\n%s", got)
	}
	if !strings.Contains(got, "orders") || !strings.Contains(got, "8 Topics") {
		t.Errorf("the last answered poll's rows are gone:\n%s", got)
	}
	if a.View().Content == "" || !strings.Contains(a.View().Content, "\x1b[") {
		t.Fatal("no styles at all: cannot tell dimmed rows")
	}
}

// The footer keeps "? all keys • q quit" at its end at any width, after
// the focused pane's own keys (its actions before the cursor keys).
func TestFooterKeepsHelpAndQuitLast(t *testing.T) {
	for _, w := range []int{60, 80, 120, 200} {
		a := foreignApp(t, w, 24)
		lines := strings.Split(screen(a), "\n")
		foot := lines[len(lines)-1]
		if !strings.HasSuffix(foot, "? all keys • q quit") || !strings.HasPrefix(foot, "enter open topic") {
			t.Errorf("at %d columns the footer is %q", w, foot)
		}
	}
}

// Panes 1-3 brought back on a cluster without their topics say so, and
// how to point them at others, instead of waiting for records.
func TestViewPanesSayTheirTopicIsNotOnTheCluster(t *testing.T) {
	for i, topic := range []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic} {
		a := foreignApp(t, 140, 40)
		do(a, itoa(i+1))
		got := screen(a)
		if !strings.Contains(got, topic+" is not on this cluster") || !strings.Contains(got, "[[view]]") || strings.Contains(got, "waiting for records") {
			t.Errorf("pane %d does not say %s is not on the cluster:\n%s", i+1, topic, got)
		}
	}
	// Before any poll answered, nothing is known: it waits.
	a := realApp(t, model.NewStore(model.DefaultViews(), model.DefaultLimits()), 140, 40)
	do(a, "1")
	if got := screen(a); !strings.Contains(got, "waiting for records on "+model.LaundryTopic) {
		t.Errorf("before a poll, pane 1 claims to know:\n%s", got)
	}
}

// A short topic list gives its spare rows to Partitions and Groups, and
// its name column is as wide as the names, on a big screen.
func TestShortTopicListGivesItsRoom(t *testing.T) {
	a := foreignApp(t, 200, 50)
	rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts())
	if topics, parts := rects[paneTopics].h, rects[panePartitions].h; topics > minTopicsRows || parts < 20 {
		t.Errorf("Topics %d rows, Partitions %d: the two topics keep rows Partitions needs", topics, parts)
	}
	for _, line := range strings.Split(screen(a), "\n") {
		if i := strings.Index(line, "│orders "); i >= 0 {
			rest := line[i+len("│orders "):]
			if pad := len(rest) - len(strings.TrimLeft(rest, " ")); pad > 12 {
				t.Errorf("the name column is %d cells wider than its names:\n%s", pad, line)
			}
		}
	}
	do(a, "enter") // an open topic takes its full row again
	if rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts()); rects[paneTopics].h < 19 {
		t.Errorf("an open topic gets %d rows", rects[paneTopics].h)
	}
}
