package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut22a M1: a `v` view (`series key=@key fields=amount,fee,n
// status=state`) in the 120x40 grid headed its first metric `amou…` while
// all three sparklines had 5 cells. As the README orders it, the
// sparklines shrink to 5 cells, then to 3, before a metric's title is cut
// to its values' width, and the titles are cut before the sparklines go:
// at every size a heading is whole, or the sparklines are 3 cells or gone.
func TestSeriesViewTitlesWholeBeforeSparklinesShrink(t *testing.T) {
	sparkRun := regexp.MustCompile(`[▁▂▃▄▅▆▇█]{4,}`)
	for _, size := range viewSizes {
		for _, keys := range [][]string{nil, {"1", "z"}} {
			name := fmt.Sprintf("%dx%d-%s", size[0], size[1], strings.Join(keys, ""))
			t.Run(name, func(t *testing.T) {
				a := keyedViewApp(t, size[0], size[1], func(n, sec int) []byte {
					return fmt.Appendf(nil, `{"amount":%d.8,"fee":%d,"n":%d,"state":"pending"}`, 600+n*17+sec*3%40, 10+(n+sec)%5, n)
				})
				press(a, keys...)
				got := screen(a)
				head := seriesHeading(t, got)
				if strings.Contains(head, "…") && sparkRun.MatchString(got) {
					t.Errorf("a heading is cut while sparklines have 4 cells or more:\n%s", got)
				}
				if size == [2]int{120, 40} && keys == nil {
					golden(t, "series-view-titles-120x40", got)
				}
			})
		}
	}
}

// keyedViewApp is an App at w x h showing the view `series key=@key
// fields=amount,fee,n status=state` of a payments topic over a minute of
// five 40-character keys (settlement-batch-000N-reconciliation-key),
// value(n, sec) the record of key n sec seconds ago.
func keyedViewApp(t *testing.T, w, h int, value func(n, sec int) []byte) *App {
	t.Helper()
	const topic = "payments-settlement-reconciliation-events-eu-west-1-prod-v3"
	var recs []model.Record
	for sec := 60; sec >= 0; sec -= 5 {
		for n := 1; n <= 5; n++ {
			recs = append(recs, model.Record{Topic: topic, Partition: n % 3, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Key: fmt.Appendf(nil, "settlement-batch-%04d-reconciliation-key", n), Value: value(n, sec)})
		}
	}
	return specViewApp(t, w, h, topic, "series key=@key fields=amount,fee,n status=state", recs)
}

// specViewApp is an app of w x h cells showing the view spec (a `v`
// view's spec, ParseViewSpec) of topic, recs folded in at fixedNow.
func specViewApp(t *testing.T, w, h int, topic, spec string, recs []model.Record) *App {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold(recs, fixedNow)
	v, err := model.ParseViewSpec(topic, spec)
	if err != nil {
		t.Fatal(err)
	}
	s.AddView(v, fixedNow)
	a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	a.openView(v)
	return a
}

// seriesHeading is the heading line of pane 1 (a series view) on screen
// got, up to its border.
func seriesHeading(t *testing.T, got string) string {
	t.Helper()
	return headingFrom(t, got, "│id▼")
}

// headingFrom is the first box's line on screen that starts with prefix,
// up to its box's right edge.
func headingFrom(t *testing.T, got, prefix string) string {
	t.Helper()
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l[:strings.Index(l[len("│"):], "│")+len("│")]
		}
	}
	t.Fatalf("no heading %q:\n%s", prefix, got)
	return ""
}
