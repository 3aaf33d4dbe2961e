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

// ut40a-1, ut40a-13, ut41-1, ut41-7: the room held for the alerts was that
// of `!!99 · !99 · 99 keys stale` (`Machines !!99 crit · !99 warn · 99
// stale`), counts no view of 18 machines can show at once (each key counts
// once): at 200 columns the `real cluster` hint went while 44-76 cells
// stood blank, and at 80 the marks `!!1 · !3` said nothing of what they
// count beside 22 blank cells. Over two minutes of polls in which alerts
// come and go (TestHeaderPartsHoldStillThroughLiveAlerts pins that
// nothing moves), the 200-column line says the hint, the registry and
// the read count in every frame, and the 80-column line names every
// count it says.
func TestHeaderSaysWhatItCanBesideHeldAlerts(t *testing.T) {
	bareMark := regexp.MustCompile(`!!?[0-9]+( ·|$)`)
	for i, h := range liveHeaders(t, 200, 24)[1:] {
		for _, want := range []string{"real cluster: --brokers host:port", "produced", " read", "registry", "127.0.0.1:32001"} {
			if !strings.Contains(h, want) {
				t.Errorf("200 columns, poll %d: header %q lacks %q", i+1, h, want)
			}
		}
	}
	named := false
	for i, h := range liveHeaders(t, 80, 24)[1:] {
		if bareMark.MatchString(h) {
			t.Errorf("80 columns, poll %d: header %q says a count without what it counts", i+1, h)
		}
		named = named || strings.Contains(h, "crit 1") || strings.Contains(h, "warn 1")
	}
	if !named {
		t.Errorf("80 columns: no frame said an alert")
	}
}

// ut40b-4: after `v` made a view of a cluster's own topic (no thresholds:
// only a stale count can come), the 80-column header dropped `produced N
// read` for good, 38 cells blank, the stale count held at `999 keys
// stale` whether or not any key was. The short form `stale 12` fits
// beside the read count: every frame says it, as keys go silent and come
// back.
func TestHeaderKeepsTheReadCountBesideAViewsStaleCount(t *testing.T) {
	views := []model.TopicView{{Topic: "orders", Kind: model.SeriesView, Title: "orders", Fields: []model.Field{{Path: "amount", Label: "amount"}}}}
	s := model.NewStore(views, model.DefaultLimits())
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: Cluster{Name: "127.0.0.1:31950"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	sawStale := false
	for i := range 40 {
		now = fixedNow.Add(time.Duration(i) * 5 * time.Second)
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: now}
			st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 1, Rate: 4.5}}
			st.Aborted = uint64(1_484 + 23*i)
			for k := range 300 {
				if k%7 == 0 && i > 10 && i < 30 { // silent a while: stale
					continue
				}
				model.FoldSeries(st.Series["orders"], &model.Decoded{Key: "k" + itoa(k), Values: []float64{1}}, now)
			}
		})
		a.Update(changedMsg{version: s.Version()})
		h := ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0])
		if !strings.Contains(h, "4.5/s produced") || !strings.Contains(h, " read") {
			t.Errorf("poll %d: header %q dropped `produced N read`", i, h)
		}
		sawStale = sawStale || strings.Contains(h, "stale")
	}
	if !sawStale {
		t.Errorf("no frame said the stale keys")
	}
}
