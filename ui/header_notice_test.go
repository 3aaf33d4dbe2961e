package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The embedded broker's port notice is said while the session is new, at
// every width (its first clause on a narrow line), and then gives its room
// back to the registry and the read count, which no longer come and go
// with the alerts (a user test, issue 14, B23).
func TestHeaderNoticeIsSaidThenGoes(t *testing.T) {
	const notice = "127.0.0.1:29192 is in use; the embedded broker listens on 127.0.0.1:35023 instead"
	for _, tc := range []struct {
		w          int
		early      string // what the header says at first
		late       string // what it says once the notice is gone
		lateAbsent string
	}{
		{200, notice, "registry http://127.0.0.1:35024", "in use"},
		{80, "127.0.0.1:29192 is in use", "produced", "in use"},
	} {
		now := fixedNow
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow} })
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now },
			Cluster: Cluster{Name: "127.0.0.1:35023", Embedded: true, Notice: notice, Registry: "http://127.0.0.1:35024"}})
		a.Update(tea.WindowSizeMsg{Width: tc.w, Height: 24})
		head := func() string { return strings.SplitN(screen(a), "\n", 2)[0] }
		if h := head(); !strings.Contains(h, tc.early) || ansi.StringWidth(h) > tc.w {
			t.Errorf("width %d, at start: header %q does not say %q in %d cells", tc.w, h, tc.early, tc.w)
		}
		now = fixedNow.Add(startNoticeFor + time.Second)
		a.Update(tickMsg(now))
		if h := head(); !strings.Contains(h, tc.late) || strings.Contains(h, tc.lateAbsent) {
			t.Errorf("width %d, %s later: header %q, want %q and no %q", tc.w, startNoticeFor, h, tc.late, tc.lateAbsent)
		}
	}
}

// Before a poll answers, the header says the rate produced is not known
// yet and counts what was read in the words it uses later (B25: it said
// "0.0/s read 0 msgs").
func TestHeaderBeforeThePoll(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:39511"}})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 24})
	h := strings.SplitN(screen(a), "\n", 2)[0]
	if !strings.Contains(h, "–/s produced 0 read") || strings.Contains(h, "msgs") || strings.Contains(h, "0.0/s") {
		t.Errorf("header before the first poll %q, want \"–/s produced 0 read\"", h)
	}
}

// A narrow catch-up header keeps the time left beside the records behind
// when the bar goes (at 80 columns with alerts, only the records behind).
func TestNarrowCatchUpSaysTimeLeft(t *testing.T) {
	a := testApp(t, 90, 24)
	writer(a.c).Update(func(st *model.State) { st.Tail = model.TailStat{Behind: 121_220, CatchUp: 150_000, Drain: 10_000} })
	a.version = a.c.Store.Version()
	h := strings.SplitN(screen(a), "\n", 2)[0]
	if !strings.Contains(h, "121,220 behind · ") || !strings.Contains(h, "left") {
		t.Errorf("90-column catch-up header %q does not say the time left", h)
	}
}

// A view made at run time is named after its topic: a long one in the
// header's alerts is cut in the middle before the cluster's address and
// the link's state give way (ut15b C21: "orders-eu-west-1-…-long-name-x 9
// stale │ ✖ n…" at 80 columns, no address).
func TestHeaderCutsALongViewTitleFirst(t *testing.T) {
	const long = "orders-eu-west-1-payment-authorization-events-v2-long-name-x"
	for w, link := range map[int]string{80: "✖ nothing", 120: "✖ nothing listens on 127.0.0.1:29410"} {
		a := testApp(t, w, 24)
		a.panes[paneSeries] = NewSeriesPane(a.c, model.LaundryTopic, long)
		a.c.Cluster.Embedded = false // an external cluster, as in the test
		writer(a.c).Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkError, Err: "nothing listens on 127.0.0.1:29410", PolledAt: fixedNow}
		})
		a.version = a.c.Store.Version()
		h := strings.SplitN(screen(a), "\n", 2)[0]
		if !strings.Contains(h, "127.0.0.1:9092") || !strings.Contains(h, link) || ansi.StringWidth(h) > w {
			t.Errorf("width %d: header %q lost the cluster or the link's state to the view's title", w, h)
		}
		if !saysWarn1.MatchString(h) { // the stale count may go whole at 80 columns, after the read count (ut36a-12)
			t.Errorf("width %d: header %q lost the alerts", w, h)
		}
	}
}

// A long view title in the alerts keeps what the line can spare: cut by
// just what the line is over, not to a fixed 16 cells with the rest of
// the line free (ut16a D8).
func TestHeaderViewTitleKeepsWhatTheLineSpares(t *testing.T) {
	const long = "orders-eu-west-1-payment-authorization-events-v2-long-name-x"
	for _, w := range []int{100, 110} {
		a := testApp(t, w, 24)
		a.panes[paneSeries] = NewSeriesPane(a.c, model.LaundryTopic, long)
		a.c.Cluster.Embedded = false
		a.version = a.c.Store.Version()
		h := strings.SplitN(screen(a), "\n", 2)[0]
		if !strings.Contains(h, "…") {
			continue // it fits whole at this width
		}
		// The rate, "–/s" before the first poll, is held room to grow to
		// "99.9/s", and the read count to 999,999 (G17, ut32a Za2): those cells are
		// not free.
		held := textRoom("–/s", rateCellsHeld)
		if m := regexp.MustCompile(`([0-9,]+) read`).FindStringSubmatch(h); m != nil {
			held = textRoom("–/s", rateCellsHeld) + max(countDigitsHeld+(countDigitsHeld-1)/3-len(m[1]), 0)
		}
		if free := w - ansi.StringWidth(h) - held; free > 2 {
			t.Errorf("width %d: header %q cut the view's title with %d cells free", w, h, free)
		}
	}
}
