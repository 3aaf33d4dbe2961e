package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// burst66Key is a 66-character key of a bursty producer: the keys differ
// in their batch and merchant numbers only.
func burst66Key(i int) string {
	return fmt.Sprintf("settlement-batch-%03d-merchant-%04d-reconciliation-payments-ut29", i%4, 240+i)
}

// Following a live Log, the values start at one cell on every frame
// (ut29 W2, V1: at 200x50 the value column went 53 -> 58 -> 71 -> 53 ->
// 60 as a burst's 66-character keys scrolled through): a stream of short
// keys, then a burst of 66-character keys, then short keys again, with
// short and long values mixed, at 80x24 and 200x50, zoomed and in the
// grid. The burst's keys are cut to the column, never given the
// cells every row's value starts after. A burst that goes on until its
// keys are most of the minute's rows widens the column once, up to its
// cap (followKeyCap), and it never narrows while following. Pausing
// (space) moves nothing.
//
// Two widths: the key cap is a share of the row, so a width between
// them draws no other case (the code before 8b2ee22 failed at every
// size, 120x40 too, at the burst's first step). Twenty steps after the
// burst: its rows scroll off the tallest page (50 rows, five a step)
// within ten, where the column could narrow back.
func TestLogValueStartHoldsWhileFollowing(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, sz := range logStreamSizes {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			for _, burstLen := range []int{4, 40} { // a minority of the minute's rows, and most of them
				now := fixedNow
				a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
				off := map[int]int64{}
				rec := func(topic string, part int, key string, long bool) model.Record {
					off[part] = max(off[part]+1, 1000)
					v := `{"amount":118,"batch":6}`
					if long {
						v = `{"machine_id":"` + key + `","program":"cotton-60","load_kg":6.5,"note":"` + strings.Repeat("x", 120) + `"}`
					}
					return model.Record{Topic: topic, Partition: part, Offset: off[part], Time: now, Key: []byte(key), Value: []byte(v)}
				}
				base, moves := -1, 0
				for step := range 40 + burstLen { // 20 steps before the burst and 20 after
					now = now.Add(500 * time.Millisecond)
					var recs []model.Record
					for j := range 5 {
						recs = append(recs, rec(model.LaundryTopic, j, steadyKeys[(step*5+j)%len(steadyKeys)], (step+j)%3 != 0))
					}
					if step >= 20 && step < 20+burstLen {
						for i := range 12 {
							recs = append(recs, rec("payments-ut29", 5+i%3, burst66Key(step*12+i), i%2 == 0))
						}
					}
					starts := foldAndStarts(t, a, p, s, recs, now, fmt.Sprintf("burst of %d steps, step %d", burstLen, step))
					if base >= 0 && starts[0] != base {
						moves++
						if burstLen < 10 || moves > 1 || starts[0] < base {
							t.Fatalf("burst of %d steps, step %d: values start at %d, not %d as before (move %d):\n%s", burstLen, step, starts[0], base, moves, logBox(t, screen(a)))
						}
					}
					base = starts[0]
				}
				do(a, "space") // pausing freezes the screen: the values stay where they were
				if starts := valueStarts(t, p); len(starts) == 0 || starts[0] != base {
					t.Errorf("burst of %d steps: paused, values start at %v, not %d as while following:\n%s", burstLen, starts, base, logBox(t, screen(a)))
				}
			}
		})
	}
}
