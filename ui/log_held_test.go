package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// clockApp is a Log at w x h, zoomed or in the grid, on an empty store
// of limits lim, whose clock the test moves (*now).
func clockApp(t *testing.T, w, h int, zoom bool, now *time.Time, lim model.Limits) (*App, *LogPane, *model.Store) {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), lim)
	s.Update(func(st *model.State) { st.Link = model.Link{State: model.LinkConnected} })
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return *now },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	do(a, "6")
	if zoom {
		do(a, "z")
	}
	return a, a.panes[paneLog].(*LogPane), s
}

// burstKey is a 69-character key of a payments burst: the keys differ
// in their batch and merchant numbers only.
func burstKey(i int) string {
	return fmt.Sprintf("settlement-batch-%03d-merchant-%04d-reconciliation-payments-v1-ut25b", i%4, 240+i)
}

// steadyKeys are a live cluster's keys, one of them (avro-washer-01)
// rarer than the rest, so it scrolls off and comes back.
var steadyKeys = []string{"washer-02", "marco", "s-19", "shipment-0", "washer-08", "dryer-01", "washer-03", "s-7"}

// valueStart is the cell the values start at on the Log's record rows
// of screen s (every value here is JSON), and whether every row agrees.
func valueStarts(t *testing.T, p *LogPane) []int {
	t.Helper()
	return valueStartsIn(p.Lines(false))
}

// valueStartsIn is valueStarts over lines the Log already drew (a stream
// test reads one frame's lines several ways and draws them once).
func valueStartsIn(lines []string) []int {
	var out []int
	for _, l := range lines {
		s := ansi.Strip(l)
		if i := strings.Index(s, "{"); i >= 0 && strings.Contains(s, "@") {
			out = append(out, ansi.StringWidth(s[:i]))
		}
	}
	return out
}

// Following a live Log whose values are cut on every row, the values
// start at one cell while rows scroll: as the steady keys scroll by, as a
// rare longer key scrolls off and back, and while a burst of 69-character
// keys (a minority of the minute's rows) passes, the burst's keys cut to
// where they differ within the held column and read apart (ut25b R14: 14
// -> 45 -> 38 -> 14 cells in two seconds, and a cell's jitter as a key
// scrolled off); the columns grow once at most (the burst's two-digit
// partitions), never narrow (ut29 W2).
func TestLogValueColumnHoldsWhileRowsScroll(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			off := map[int]int64{} // from 1000 on: no offset gains a digit (the position column would widen by a cell)
			rec := func(topic string, part int, key string) model.Record {
				off[part] = max(off[part]+1, 1000)
				return model.Record{Topic: topic, Partition: part, Offset: off[part], Time: now, Key: []byte(key),
					Value: []byte(`{"machine_id":"` + key + `","ts":"2026-11-30T03:41:54Z","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"power_w":2150,"note":"` + strings.Repeat("x", 120) + `"}`)}
			}
			base, grew := -1, 0
			var moved []string
			for step := range 150 {
				now = now.Add(time.Second)
				var recs []model.Record
				for j := range 5 {
					k := steadyKeys[(step*5+j)%len(steadyKeys)]
					if (step*5+j)%37 == 0 {
						k = "avro-washer-01"
					}
					recs = append(recs, rec(model.LaundryTopic, j%5, k))
				}
				burst := step >= 80 && step < 84
				if burst {
					for i := range 15 {
						recs = append(recs, rec("payments-ut25b-v1", 5+i%6, burstKey(step*15+i)))
					}
				}
				starts := foldAndStarts(t, a, p, s, recs, now, fmt.Sprintf("step %d", step))
				if step < 70 { // the minute the held width is learnt in
					base = starts[0]
					continue
				}
				long := burstOnScreen(p)
				if d := starts[0] - base; d != 0 { // following: the columns hold, growing once at most (log_follow.go)
					grew++
					if d < 0 || grew > 1 {
						moved = append(moved, fmt.Sprintf("step %d: values start %d cells from %d (burst on screen: %v)\n%s", step, d, base, long, logBox(t, screen(a))))
					}
					base = starts[0]
				}
				if long {
					assertKeysApart(t, p, step)
				}
			}
			if len(moved) > 0 {
				t.Errorf("the value column moved as rows scrolled (%d frames):\n%s", len(moved), strings.Join(moved[:min(len(moved), 2)], "\n"))
			}
		})
	}
}

// burstOnScreen reports whether a burst key's row is on screen.
func burstOnScreen(p *LogPane) bool {
	for i := range p.frame.recs {
		if strings.HasPrefix(string(p.frame.recs[i].Key), "settlement-") {
			return true
		}
	}
	return false
}

// assertKeysApart fails when two different keys on screen read the same.
func assertKeysApart(t *testing.T, p *LogPane, step int) {
	t.Helper()
	f := &p.frame
	c, cells := p.columns(f.recs, f.atW)
	shown := map[string]string{}
	for _, cell := range cells {
		s := c.keyCut.fit(cell.key, c.keyW)
		if o, ok := shown[s]; ok && o != cell.key {
			t.Fatalf("step %d: %q and %q both read %q", step, o, cell.key, s)
		}
		shown[s] = cell.key
	}
}

// Paused at 80x24 zoomed with 6 of 20 rows carrying 69-character keys,
// the six are cut to where they differ and the values take the cells:
// the key column is no wider than the short keys need plus
// keyApartGrow, no value is cut to fewer cells than the row leaves past
// the two fifths it keeps, and the six read apart (ut25b R9: the key
// column took 38 cells of every row, the short keys padded by 24-33
// blank cells, every value cut to 15).
func TestLogMinorityLongKeysCutHarder(t *testing.T) {
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {80, 24, false}, {200, 50, false}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			var recs []model.Record
			for i := range 60 {
				key, topic := steadyKeys[i%len(steadyKeys)], model.LaundryTopic
				if i%10 >= 7 { // three rows in ten
					key, topic = burstKey(i), "payments-ut25b-v1"
				}
				recs = append(recs, model.Record{Topic: topic, Partition: i % 4, Offset: int64(100 + i), Time: fixedNow, Key: []byte(key),
					Value: []byte(`{"machine_id":"` + key + `","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"note":"` + strings.Repeat("y", 80) + `"}`)})
			}
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, recs)
			do(a, "space")
			got := screen(a)
			c, _ := p.columns(p.frame.recs, p.frame.atW)
			short := 0
			for _, k := range steadyKeys {
				short = max(short, len(k))
			}
			if c.keyW > short+keyApartGrow {
				t.Errorf("key column %d cells for short keys of %d and a minority of long ones: want at most %d\n%s", c.keyW, short, short+keyApartGrow, logBox(t, got))
			}
			assertKeysApart(t, p, 0)
			room := p.w - logTimeWidth(p.w) - c.whereW - c.keyW - 2
			if room < 20 {
				t.Errorf("values keep %d cells beside the cut keys, want 20 or more\n%s", room, logBox(t, got))
			}
			golden(t, "log-minority-keys-"+strconv.Itoa(sz.w)+"x"+strconv.Itoa(sz.h)+map[bool]string{true: "", false: "-grid"}[sz.zoom], logBox(t, got))
		})
	}
}

// foldAndStarts folds recs into the store at now, draws a frame, and
// returns the cell every record row's value starts at, failing (with
// what, the step) where there is no row or the rows' values start at
// different cells.
func foldAndStarts(t *testing.T, a *App, p *LogPane, s *model.Store, recs []model.Record, now time.Time, what string) []int {
	t.Helper()
	starts, _ := foldAndLines(t, a, p, s, recs, now, what)
	return starts
}

// foldAndLines is foldAndStarts that also returns the Log's lines it
// read the starts from, for a test that checks more of the same frame.
func foldAndLines(t *testing.T, a *App, p *LogPane, s *model.Store, recs []model.Record, now time.Time, what string) ([]int, []string) {
	t.Helper()
	writer(a.c).Fold(recs, now)
	a.Update(changedMsg{version: s.Version()})
	a.View()
	lines := p.Lines(false)
	starts := valueStartsIn(lines)
	if len(starts) == 0 {
		t.Fatalf("%s: no record rows:\n%s", what, logBox(t, screen(a)))
	}
	for _, st := range starts[1:] {
		if st != starts[0] {
			t.Fatalf("%s: values start at different cells %v:\n%s", what, starts, logBox(t, screen(a)))
		}
	}
	return starts, lines
}
