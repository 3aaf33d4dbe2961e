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

// figures are the numbers in a header: what may change from frame to
// frame without its labels changing.
var figures = regexp.MustCompile(`[0-9][0-9,.]*(k/s|/s)?|–/s`)

// The header's labels do not come and go as its figures grow (ut18b G17:
// at 80 columns `cluster` went when the read count reached 1,000): the
// cuts are chosen for figures held to grow, and the same labels are said
// from 0 to 999,999 records read and from no rate to 9999/s (the widest
// rate under 10,000/s is `99.9/s`: ut31 Y9's cell; past that the hold
// widens, TestHeaderRateHoldWidensOnce), and again from 1,000,000 to
// 999,999,999 (the count is held to its digit groups' widest, ut32a Za2).
func TestHeaderLabelsHoldAsFiguresGrow(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	type frame struct {
		polled bool
		rate   float64
		read   uint64
	}
	steps := [][]frame{
		{{false, 0, 0}, {true, 4.7, 646}, {true, 29, 1_106}, {true, 999, 99_999}, {true, 9_999, 999_999}},
		{{true, 9_999, 1_000_000}, {true, 9_999, 12_345_678}, {true, 9_999, 999_999_999}},
	}
	clusters := map[string]Cluster{
		"ssh viewer": {Name: "127.0.0.1:29850", Viewers: func() int { return 2 }},
		"demo":       {Name: "127.0.0.1:9092", Embedded: true},
		"profile":    {Name: "prod-eu · kafka-1:9092,kafka-2:9092,kafka-3:9092"},
		"read-only":  {Name: "127.0.0.1:29850", ReadOnly: model.ReadOnlyAll, Viewers: func() int { return 12 }},
	}
	for name, cl := range clusters {
		for _, w := range []int{80, 100, 120, 200} {
			for _, frames := range steps {
				var first string
				for i, f := range frames {
					s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
					s.Update(func(st *model.State) {
						st.Link = model.Link{State: model.LinkConnected}
						if f.polled {
							st.Link.PolledAt = fixedNow
						}
						st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 1, Rate: f.rate}}
						if cl.Embedded { // the demo's seed topics are on its cluster
							st.TopicStats = append(st.TopicStats, model.TopicStat{Name: model.LaundryTopic, Partitions: 1})
						}
						st.Aborted = f.read // counted as read, as the Log counts them
					})
					a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: cl})
					a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
					h := strings.SplitN(screen(a), "\n", 2)[0]
					if ansi.StringWidth(h) > w {
						t.Fatalf("%s, width %d: header %q wider than the screen", name, w, h)
					}
					shape := figures.ReplaceAllString(h, "#")
					if i == 0 {
						first = shape
						continue
					}
					if shape != first {
						t.Errorf("%s, width %d: the header's labels change as its figures grow:\n%q\n%q", name, w, first, shape)
					}
				}
			}
		}
	}
}

// A rate past 10,000/s (`12.3k/s`, a cell wider than `99.9/s`) widens the
// rate's hold for the minute: the labels chosen with it stay as the rate
// falls back under 10,000/s and rises again, so a producer near 10,000/s
// moves no label each time it crosses.
func TestHeaderRateHoldWidensOnce(t *testing.T) {
	for _, cl := range []Cluster{
		{Name: "127.0.0.1:29850", Viewers: func() int { return 2 }},
		{Name: "prod-eu · kafka-1:9092,kafka-2:9092,kafka-3:9092"},
	} {
		for _, w := range []int{80, 100} {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			now := fixedNow
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return now }, Cluster: cl})
			a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			var shapes []string
			for i, r := range []float64{12_345.6, 9_999, 10_001, 999, 11_000} {
				now = fixedNow.Add(time.Duration(i) * 10 * time.Second)
				s.Update(func(st *model.State) {
					st.Link = model.Link{State: model.LinkConnected, PolledAt: now}
					st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 1, Rate: r}}
					st.Aborted = 1_106
				})
				a.Update(changedMsg{version: s.Version()})
				shapes = append(shapes, figures.ReplaceAllString(strings.SplitN(screen(a), "\n", 2)[0], "#"))
			}
			for _, sh := range shapes[1:] {
				if sh != shapes[0] {
					t.Errorf("%s, width %d: the labels change as the rate crosses 10,000/s: %q", cl.Name, w, shapes)
					break
				}
			}
		}
	}
}
