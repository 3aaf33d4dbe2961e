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

// ut42b-19: with the cluster down, the 80x24 header said `stale 25` (25
// keys of a `v` view not seen for 30 s) beside borders saying `stale
// 21s`, a time, in the same word order. At every width, for a `v` view
// whose 25 keys go silent and then lose their cluster, and for the
// demo's alerts coming and going, the header's stale count comes before
// its word (`25 keys stale`, `25 stale`), never `stale 25`.
func TestHeaderStaleCountNeverReadsAsATime(t *testing.T) {
	asTime := regexp.MustCompile(`stale \d`)
	for _, w := range []int{200, 160, 120, 100, 80, 70, 60, 40} {
		saw := false
		for i, h := range append(viewStaleHeaders(t, w), liveHeaders(t, w, 24)...) {
			if asTime.MatchString(h) {
				t.Errorf("%d columns, frame %d: header %q says the stale count in the form of a time", w, i, h)
			}
			saw = saw || strings.Contains(h, " stale")
		}
		if w >= 80 && !saw {
			t.Errorf("%d columns: no frame said the stale keys", w)
		}
	}
}

// viewStaleHeaders are the header lines of a w-column console on a
// cluster with a `v` view of 25 keys: live, then silent past the view's
// stale time, then with the cluster gone.
func viewStaleHeaders(t *testing.T, w int) []string {
	t.Helper()
	topic := "acme.payments.settlement-events.eu-west-1.v2"
	views := []model.TopicView{{Topic: topic, Kind: model.SeriesView, Title: topic, Fields: []model.Field{{Path: "amount", Label: "amount"}}}}
	s := model.NewStore(views, model.DefaultLimits())
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: Cluster{Name: "127.0.0.1:31950"}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
	var out []string
	for i := range 20 {
		now = fixedNow.Add(time.Duration(i) * 5 * time.Second)
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: now}
			if i >= 14 { // the cluster killed: nothing listens there
				st.Link = model.Link{State: model.LinkError, Err: "nothing listens there · retrying", PolledAt: fixedNow.Add(65 * time.Second)}
			}
			st.TopicStats = []model.TopicStat{{Name: topic, Partitions: 6, Rate: 6.3}}
			st.Aborted = uint64(615 + 25*i)
			for k := range 25 {
				if i < 6 { // silent from then on
					model.FoldSeries(st.Series[topic], &model.Decoded{Key: "k" + itoa(k+1), Values: []float64{1}}, now)
				}
			}
		})
		a.Update(changedMsg{version: s.Version()})
		out = append(out, ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0]))
	}
	return out
}
