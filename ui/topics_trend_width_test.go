package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// trendHeadingRe finds the trend's heading, its span if it says one, and
// the span its column fills to where its history does not fill it yet
// (ut43b-8).
var trendHeadingRe = regexp.MustCompile(`trend( \d+[smh](\d+s)?)?(, fills to \d+[smh](\d+s)?( as polls come)?)?`)

// trendFit is the Topics list's trend column as drawn: its width (from
// its heading to the next one), its heading, and the cells left blank at
// the end of every row (the box's width less the widest line).
func trendFit(t *testing.T, a *App) (width int, heading string, blank int, ok bool) {
	t.Helper()
	p := a.panes[paneTopics].(*TopicsPane)
	lines := p.Lines(true)
	used, head := 0, ""
	for _, l := range lines {
		s := stripLine(l)
		used = max(used, ansi.StringWidth(s))
		if head == "" && strings.HasPrefix(strings.TrimLeft(s, " "), "topic") {
			head = s
		}
	}
	loc := trendHeadingRe.FindStringIndex(head)
	if loc == nil {
		return 0, "", 0, false
	}
	from := ansi.StringWidth(head[:loc[0]])
	rest := head[loc[1]:]
	next := len(rest) - len(strings.TrimLeft(rest, " "))
	width = ansi.StringWidth(head[:loc[1]]) + next - from - 1 // the gap before the next heading is not the trend's
	if next == len(rest) {                                    // the last column: to the widest line
		width = used - from
	}
	return width, head[loc[0]:loc[1]], p.w - used, true
}

// ut27 T7: the Topics trend takes the cells the row leaves, up to the
// whole window kept (ten minutes, 60 cells), before any cell is left
// blank at the row's end, at every width, grid and zoomed; its heading
// says the span its history fills (`trend 10m`, `trend 90s`), or plain
// `trend` where that does not fit. It stayed 24 cells, `trend 4m`, beside ~60 blank
// ones at 200x50 zoomed.
func TestTopicsTrendTakesTheRoomUpToTheWindowKept(t *testing.T) {
	stores := map[string]func(t *testing.T) *model.Store{
		"foreign": trendStore,
		"demo": func(t *testing.T) *model.Store {
			s := testStore(t)
			s.Update(func(st *model.State) {
				for i, name := range []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic} {
					st.TopicStats = append(st.TopicStats, model.TopicStat{Name: name, Partitions: 3, Replication: 1, Rate: float64(3 * (i + 1))})
					st.Topics = append(st.Topics, name)
				}
				st.Link.State, st.Link.PolledAt = model.LinkConnected, fixedNow
				observeSteady(st, 70) // more than the window kept
			})
			return s
		},
	}
	// the buckets of history each store has: 10 polls make 9 whole
	// buckets (the first counts nothing), 70 more than the 60 kept
	drawn := map[string]int{"foreign": 9, "demo": model.TrendBuckets}
	widest := 0
	for name, store := range stores {
		for _, w := range []int{80, 100, 120, 160, 200, 240} {
			for _, h := range []int{24, 50} {
				for _, zoom := range []bool{false, true} {
					a := realApp(t, store(t), w, h)
					a.Update(changedMsg{version: a.c.Store.Version()})
					press(a, "8")
					if zoom {
						press(a, "z")
					}
					screen(a)
					width, heading, blank, ok := trendFit(t, a)
					if !ok {
						continue // the column went for the names (checked by the drop order's tests)
					}
					widest = max(widest, width)
					if width < model.TrendBuckets && blank > 0 {
						t.Errorf("%s %dx%d zoom %v: the trend is %d cells (%q) beside %d blank at the row's end, %d kept:\n%s",
							name, w, h, zoom, width, heading, blank, model.TrendBuckets, screen(a))
					}
					if width > model.TrendBuckets {
						t.Errorf("%s %dx%d zoom %v: the trend is %d cells, more than the %d kept", name, w, h, zoom, width, model.TrendBuckets)
					}
					want := "trend"
					// the span drawn: cells with history, not the blank
					// ones before it (ut41-11: `trend 430s` over 15 drawn)
					if span := "trend " + shortDur(model.TrendBucket*time.Duration(min(width, drawn[name]))); len(span) <= width {
						want = span
					}
					said, fills, _ := strings.Cut(heading, ", fills to ")
					if young := min(width, model.TrendBuckets) > drawn[name]; young != (fills != "") && width >= len(want+", fills to 10m") {
						t.Errorf("%s %dx%d zoom %v: a trend of %d cells, %d drawn, is headed %q: says it fills %v, want %v", name, w, h, zoom, width, drawn[name], heading, fills != "", young)
					}
					if said != want {
						t.Errorf("%s %dx%d zoom %v: a trend of %d cells is headed %q, want %q", name, w, h, zoom, width, heading, want)
					}
				}
			}
		}
	}
	if widest != model.TrendBuckets {
		t.Errorf("no width shows the whole window kept: the widest trend is %d cells, %d kept", widest, model.TrendBuckets)
	}
}
