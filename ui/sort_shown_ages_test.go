package ui

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// shownRow is a sorted row as the screen has it: its key and the sorted
// time column's cell.
type shownRow struct{ key, cell string }

// sortedShown is the focused view's rows in their order, each with the
// cell its sorted time column shows (col: "since" or "seen").
func sortedShown(a *App, col string) []shownRow {
	var out []shownRow
	switch p := a.panes[a.focus].(type) {
	case *SeriesPane:
		for _, r := range p.table {
			out = append(out, shownRow{r.key, age(p.frame.now, r.seen)})
		}
	case *StatusPane:
		for _, r := range p.frame.d.rows {
			t := r.seen
			if col == "since" {
				t = r.since
			}
			out = append(out, shownRow{r.key, age(p.frame.now, t)})
		}
	}
	return out
}

// Sorted by a time column, rows whose cells read alike keep key order,
// so over frames of ticking times the order changes only where the
// shown ages do: every view, grid and zoomed, each time column (ut42a-5:
// Machines by `seen`, every row `now`, swapped rows every few seconds
// on the nanoseconds the column does not show).
func TestSortByAgeMovesOnlyWithShownAges(t *testing.T) {
	cases := []struct {
		pane, col string
		sorts     int // `s` presses from key order to the column
	}{
		{"1", "seen", 4}, // Machines: id, load, heat, power, seen
		{"3", "since", 2},
		{"3", "seen", 3},
	}
	for _, c := range cases {
		for _, zoom := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s-%s-zoom=%v", c.pane, c.col, zoom), func(t *testing.T) {
				now := fixedNow
				a, s := demoLikeApp(t, 80, 24, &now, false)
				press(a, c.pane)
				if zoom {
					press(a, "z")
				}
				for range c.sorts {
					press(a, "s")
				}
				if got := screen(a); !strings.Contains(got, c.col+"▼") {
					t.Fatalf("not sorted by %s:\n%s", c.col, got)
				}
				rng := rand.New(rand.NewPCG(42, 7))
				var last []shownRow
				for frame := range 40 {
					now = now.Add(700 * time.Millisecond)
					s.Fold(tickRecords(now, frame, rng), now)
					screen(a)
					rows := sortedShown(a, c.col)
					if len(rows) < 5 {
						t.Fatalf("frame %d: %d rows", frame, len(rows))
					}
					for i := 1; i < len(rows); i++ {
						if x, y := rows[i-1], rows[i]; x.cell == y.cell && model.NaturalCompare(x.key, y.key) > 0 {
							t.Fatalf("frame %d: %s before %s, both reading %q: ties not in key order\n%v", frame, x.key, y.key, x.cell, rows)
						}
					}
					if last != nil && sameCells(last, rows) && !slices.Equal(last, rows) {
						t.Fatalf("frame %d: the order changed with no age shown changing:\n%v\n%v", frame, last, rows)
					}
					last = rows
				}
			})
		}
	}
}

// sameCells says whether every key shows the same cell in a and b.
func sameCells(a, b []shownRow) bool {
	cells := map[string]string{}
	for _, r := range a {
		cells[r.key] = r.cell
	}
	for _, r := range b {
		if c, ok := cells[r.key]; !ok || c != r.cell {
			return false
		}
	}
	return len(a) == len(b)
}

// tickRecords is a frame's updates: every demo machine and every third
// student heard from at a time within the last second, in no order, the
// students' state flipping each frame (their since ticking too).
func tickRecords(now time.Time, frame int, rng *rand.Rand) []model.Record {
	var recs []model.Record
	at := func() time.Time { return now.Add(-time.Duration(rng.IntN(int(time.Second)))) }
	ids := []string{"avro-dryer-01", "dryer-03", "dryer-04", "washer-04", "washer-07", "washer-08"}
	for _, id := range ids {
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Time: at(),
			Value: fmt.Appendf(nil, `{"machine_id":%q,"program":"dry-low","load_kg":3,"heat_c":50,"power_w":1800}`, id)})
	}
	state := []string{`"LoggedIn"`, `"LoggedOut"`}[frame%2]
	for i := 0; i < 40; i += 3 {
		recs = append(recs, model.Record{Topic: model.StudentTopic, Time: at(),
			Value: fmt.Appendf(nil, `{"StudentId":"s-%d","State":%s}`, i, state)})
	}
	slices.SortFunc(recs, func(x, y model.Record) int { return x.Time.Compare(y.Time) })
	return recs
}

// shownRate is the number rate prints, so an order by it is the order of
// the rates shown.
func TestShownRateIsWhatRatePrints(t *testing.T) {
	for _, r := range []float64{0, 0.01, 0.049, 0.05, 0.14, 0.15, 1.97, 2.03, 2.049, 99.94, 99.96, 100.4, 9999.6, 10_049, 12_350.5} {
		want, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(rate(r), "<"), "/s"), "k"), 64)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(rate(r), "k/s") {
			want *= 1000
		}
		if strings.HasPrefix(rate(r), "<") {
			want = 0.05
		}
		if got := shownRate(r); math.Abs(got-want) > 1e-9 {
			t.Errorf("shownRate(%v) = %v, rate prints %s", r, got, rate(r))
		}
	}
}

// Topics sorted by rate keep topics whose rates read alike in name order
// (two producers at `2.0/s` swapped as their rates' hundredths moved).
func TestTopicsByRateTiesAsShown(t *testing.T) {
	p := &TopicsPane{order: byTopicRate}
	for _, rates := range [][2]float64{{1.97, 2.03}, {2.03, 1.97}} {
		rows := []topicLine{{name: "orders", rate: rates[0]}, {name: "payments", rate: rates[1]}, {name: "audit", rate: 0.4}}
		out, _ := p.visible(rows)
		var got []string
		for _, r := range out {
			got = append(got, r.name)
		}
		if want := []string{"orders", "payments", "audit"}; !slices.Equal(got, want) {
			t.Errorf("rates %v: %v, want %v (both read 2.0/s: name order)", rates, got, want)
		}
	}
}
