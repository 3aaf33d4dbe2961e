package ui

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Machines sizes its numbers and last-seen ages to what they show, so a
// long program name is whole and the spare cells go to the sparklines,
// at 80x24 zoomed and 200x50.
func TestMachinesColumnsFollowTheirContent(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Fold([]model.Record{
			{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(`{"machine_id":"washer-01","program":"synthetics-40","load_kg":3,"heat_c":50,"power_w":2000}`)},
			{Topic: model.LaundryTopic, Time: fixedNow, Value: []byte(`{"machine_id":"dryer-01","program":"dry-delicate","load_kg":4,"heat_c":60,"power_w":2100}`)},
		}, fixedNow)
		s.Update(func(st *model.State) { st.Topics = []string{model.LaundryTopic} })
		c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "1", "z")
		got := screen(a)
		for _, want := range []string{"synthetics-40", "dry-delicate"} {
			if !strings.Contains(got, want) {
				t.Errorf("%dx%d: program %q is cut:\n%s", size[0], size[1], want, got)
			}
		}
		// a value is followed by one space and its sparkline column, not padding
		if regexp.MustCompile(`3kg {3,}`).MatchString(got) && !regexp.MustCompile(`3kg +[▁▂▃▄▅▆▇█]`).MatchString(got) {
			t.Errorf("%dx%d: numbers padded past their width:\n%s", size[0], size[1], got)
		}
	}
}

// The bucket being filled is not drawn as a gap before its first value
// (ut15b C22: every 5 s the newest cell of every sparkline blanked for a
// second): the sparkline ends at the last bucket with a value.
func TestSparkDataNoGapForTheBucketBeingFilled(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var win model.Window
	s.Read(func(st *model.State) { win = st.Series[model.LaundryTopic].View.History() })
	start := fixedNow.Truncate(win.Bucket)
	for i := range 10 { // one a second up to the bucket's start
		at := start.Add(-time.Duration(10-i) * time.Second)
		s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":%d,"power_w":1500}`, 50+i))}}, at)
	}
	for _, now := range []time.Time{start.Add(300 * time.Millisecond), start.Add(win.Bucket - time.Millisecond)} {
		s.Read(func(st *model.State) {
			h := sparkData(st.Series[model.LaundryTopic], []machineRow{{key: "dryer-01"}}, 6, now, nil)
			heat := h[0][1]
			if math.IsNaN(heat[len(heat)-1]) {
				t.Errorf("%v into a bucket: the newest cell is a gap: %v", now.Sub(start), heat)
			}
		})
	}
}

// No Machines row ends in blank cells where a sparkline would fit (ut15b
// C1: at 120x40 every sparkline dropped while 15 cells after `seen` were
// blank): each field has its sparkline, or the row has fewer blank cells
// at its end than the narrowest one needs.
func TestMachinesNoBlankEndWhileSparklinesDropped(t *testing.T) {
	span := regexp.MustCompile(`\b\d+[sm]\b`)
	for _, size := range viewSizes {
		for _, keys := range [][]string{{"1"}, {"1", "z"}} {
			now := fixedNow
			a, _ := demoLikeApp(t, size[0], size[1], &now, true)
			press(a, keys...)
			got := screen(a)
			rows := boxRows(t, got, "1 Machines")
			sparks := len(span.FindAllString(rows[0], -1))
			if sparks == 3 {
				continue
			}
			// the row's unused end: after the seen column, as wide as
			// `stale 59s`, its heading `seen` padded
			head := strings.TrimRight(rows[0], " ")
			if !strings.HasSuffix(head, "seen") {
				t.Fatalf("%dx%d %v: the heading does not end in seen: %q", size[0], size[1], keys, rows[0])
			}
			if blank := len(rows[0]) - len(head) - (len("stale 59s") - len("seen")); blank >= tinySpark+1 {
				t.Errorf("%dx%d %v: %d sparklines and %d blank cells at the rows' end:\n%s", size[0], size[1], keys, sparks, blank, got)
			}
		}
	}
}

// Over a stream of frames a second apart, one record a second, the oldest
// cell of a sparkline showing the whole window never goes blank (ut40b-19:
// at each bucket's start, before its first record, the window was drawn
// without the bucket being filled, a cell short, its oldest cell blank,
// back a second later): it is a whole bucket, the line moving on a cell
// only when the new bucket has a value.
func TestSparkDataOldestCellHoldsOverFrames(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	var win model.Window
	s.Read(func(st *model.State) { win = st.Series[model.LaundryTopic].View.History() })
	start := fixedNow.Truncate(win.Bucket)
	full := start.Add(win.Span() + win.Bucket) // the window holds a record in every bucket from here on
	var last []float64
	for sec := range int((win.Span() + 3*time.Minute) / time.Second) {
		now := start.Add(time.Duration(sec) * time.Second)
		if now.After(full) {
			s.Read(func(st *model.State) {
				h := sparkData(st.Series[model.LaundryTopic], []machineRow{{key: "dryer-01"}}, win.N, now, nil)
				heat := h[0][1]
				if math.IsNaN(heat[0]) || math.IsNaN(heat[len(heat)-1]) {
					t.Fatalf("%v: an end of the sparkline is blank: %v", now.Sub(start), heat)
				}
				n := len(heat) // the newest cell's mean changes as its bucket fills
				if last != nil && !slices.Equal(heat[:n-1], last[:n-1]) && !slices.Equal(heat[:n-2], last[1:n-1]) {
					t.Fatalf("%v: the sparkline neither held nor moved on a cell:\n%v\n%v", now.Sub(start), last, heat)
				}
				last = heat
			})
		}
		at := now.Add(500 * time.Millisecond) // the record comes after the frame
		s.Fold([]model.Record{{Topic: model.LaundryTopic, Time: at,
			Value: []byte(fmt.Sprintf(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":%d,"power_w":1500}`, 50+sec%40))}}, at)
	}
}
