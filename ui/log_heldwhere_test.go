package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// Following a mixed cluster where clumps of rows of a long-named topic
// (62 characters, short values) pass among rows with long values, the
// values start at one cell while rows scroll: the position column holds
// the width the rows of the last minute needed, as the key column does,
// so a clump's topic is cut rather than given the column for the second
// it is on screen (ut28b V1: the value column went 55 -> 61 -> 55 cells
// at 200x50 as a clump of `fraud-scores-…` rows passed).
func TestLogPositionColumnHoldsThroughClumpsOfLongTopics(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	const fraud = "fraud-scores-by-card-holder-risk-evaluation-pipeline-v2-ut28b"
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}, {150, 40, false}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			off := map[string]int64{} // from 1000 on: no offset gains a digit
			rec := func(topic string, part int, key, value string) model.Record {
				at := fmt.Sprint(topic, part)
				off[at] = max(off[at]+1, 1000)
				return model.Record{Topic: topic, Partition: part, Offset: off[at], Time: now, Key: []byte(key), Value: []byte(value)}
			}
			base := -1
			var moved []string
			for step := range 150 {
				now = now.Add(time.Second)
				var recs []model.Record
				for j := range 3 {
					k := steadyKeys[(step*3+j)%len(steadyKeys)]
					recs = append(recs, rec(model.LaundryTopic, j%5, k, `{"machine_id":"`+k+`","ts":"2026-11-30T06:03:43.270Z","program":"synthetic","note":"`+strings.Repeat("x", 120)+`"}`))
				}
				if step%9 < 2 { // a clump: a producer flushing every few seconds
					for i := range 8 {
						recs = append(recs, rec(fraud, i%3, fmt.Sprintf("c-%d", (step+i)%40), fmt.Sprintf(`{"card":"c-%d","score":0.61,"verdict":"OK"}`, i)))
					}
				}
				starts := foldAndStarts(t, a, p, s, recs, now, fmt.Sprintf("step %d", step))
				if step < 70 { // the minute the held widths are learnt in
					base = starts[0]
					continue
				}
				if d := starts[0] - base; d != 0 {
					moved = append(moved, fmt.Sprintf("step %d: values start %d cells from %d\n%s", step, d, base, logBox(t, screen(a))))
				}
			}
			if len(moved) > 0 {
				t.Errorf("the value column moved as rows scrolled (%d frames):\n%s", len(moved), strings.Join(moved[:min(len(moved), 2)], "\n"))
			}
		})
	}
}
