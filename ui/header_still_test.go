package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut39-1, ut39-2: on the live demo the header's cluster, link and rate
// parts moved 6 cells (at 200 columns up to 28) each time a machine
// crossed a threshold and back, the alerts said before them; and at 80
// columns `registry …` showed in the first seconds only, the parts that
// go first of all being said in the cells the alerts on screen left.
// Driven as the program is (Update, View), from the frame before the
// first poll through two minutes of polls in which the demo's machines
// come (past ten keys) and alerts come and go, every part but the alerts
// starts at one column (figures read as one cell; the name and the read
// count, which fill the alerts' held room, read as `wb` and none), and
// the registry is said in every frame or none.
func TestHeaderPartsHoldStillThroughLiveAlerts(t *testing.T) {
	parts := []string{"demo ", "connected", "registry"} // the rate is said just after `connected │ `
	said := map[int]bool{}
	for _, w := range []int{80, 120, 200} {
		cols := map[string]map[int]bool{}
		seps := map[int]bool{} // where the separator opening the alerts' room stands (ut40a-12)
		for i, h := range liveHeaders(t, w, 24) {
			h = figures.ReplaceAllString(h, "#") // a rate or count growing moves what follows it: the user sees why
			// the name and the read count fill the cells held for alerts
			// not said now, so they come and go with the alerts where the
			// line cannot hold them beside every alert (ut43a-1): what
			// follows them moves with them, the user sees why
			h = strings.Replace(strings.Replace(h, "washboard │", "wb │", 1), " produced # read", "", 1)
			if i > 0 && strings.Contains(h, "!") {
				seps[ansi.StringWidth(h[:strings.LastIndex(h, "│")])] = true
			}
			for _, p := range parts {
				if cols[p] == nil {
					cols[p] = map[int]bool{}
				}
				col := -1
				if at := strings.Index(h, p); at >= 0 {
					col = ansi.StringWidth(h[:at])
				}
				switch {
				case i == 0 && (p == "connected" || p == "produced"):
					continue // before the first poll: `○ connecting`, `–/s`
				case i == 0 && p == "registry":
					said[w] = col >= 0 // after `○ connecting`, a cell wider
					continue
				case p == "registry" && said[w] != (col >= 0):
					t.Errorf("%d columns, poll %d: registry said %v, before the first poll %v: %q", w, i, col >= 0, said[w], h)
				}
				cols[p][col] = true
			}
		}
		if len(seps) > 1 {
			t.Errorf("%d columns: the separator before the alerts stood at columns %v", w, seps)
		}
		for _, p := range parts {
			if len(cols[p]) > 1 {
				t.Errorf("%d columns: %q said at columns %v (-1: not said)", w, p, cols[p])
			}
		}
	}
}

// liveHeaders is the demo's header line at w columns over polls 5 s apart:
// the first frame before any poll, then machines coming one a poll up to
// 18, the first two cycling through calm, warn and crit, some silent.
func liveHeaders(t *testing.T, w, polls int) []string {
	t.Helper()
	return liveHeadersOf(t, Cluster{Name: "127.0.0.1:32000", Embedded: true, Registry: "http://127.0.0.1:32001"}, w, polls)
}

// liveHeadersOf is liveHeaders for the console cl.
func liveHeadersOf(t *testing.T, cl Cluster, w, polls int) []string {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	now := fixedNow
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: cl})
	a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
	line := func() string { return strings.TrimRight(ansi.Strip(strings.SplitN(a.View().Content, "\n", 2)[0]), " ") }
	out := []string{line()}
	levels := [][]float64{calm, warm, calm, hot, calm, calm, warm}
	for i := range polls {
		now = fixedNow.Add(time.Duration(i+1) * 5 * time.Second)
		s.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: now}
			st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 6, Rate: 9.5 + float64(i%3)*5}}
			st.Aborted = uint64(i) * 97
			t := st.Series[model.LaundryTopic]
			for k := range min(i+1, 18) {
				v := calm
				if k < 2 {
					v = levels[(i+k)%len(levels)]
				}
				if k == 5 && i > 6 && i < 18 { // silent a while: stale
					continue
				}
				model.FoldSeries(t, &model.Decoded{Key: "m-" + itoa(k+1), Values: v}, now)
			}
		})
		a.Update(changedMsg{version: s.Version()})
		out = append(out, line())
	}
	return out
}
