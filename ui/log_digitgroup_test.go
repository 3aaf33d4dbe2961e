package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut34a-2: following the demo at 80x24, every value started one cell
// later, and the topic was cut anew, as `rider-updates/1@95` became
// `/1@100`. A position is held to its offset's digit group, as the
// header holds its read count: over a stream whose offsets cross 99 to
// 100 and 9,999 to 10,000 no value moves; across 999 to 1,000 (a new
// group) they move once at most.
func TestLogValueStartHoldsAsOffsetsGainADigit(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	runs := []struct {
		name  string
		from  int64
		moves int
	}{{"95-to-110", 90, 0}, {"990-to-1010", 990, 1}, {"9990-to-10010", 9990, 0}}
	for _, sz := range logStreamSizes {
		for _, run := range runs {
			t.Run(shareName(run.name+"-", sz.w, sz.h, sz.zoom), func(t *testing.T) {
				now := fixedNow
				a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
				valueAt, moves := -1, 0
				for step := range 20 {
					now = now.Add(time.Second)
					var recs []model.Record
					for j, topic := range []string{"rider-updates", "laundry-machine-logs"} {
						key := []string{"kofi", "washer-05"}[j]
						recs = append(recs, model.Record{Topic: topic, Partition: 1, Offset: run.from + int64(step), Time: now,
							Key: []byte(key), Value: []byte(fmt.Sprintf(`{"name":%q,"step":%d,"note":"a value long enough to be cut at 80 columns"}`, key, step))})
					}
					writer(a.c).Fold(recs, now)
					a.Update(changedMsg{version: s.Version()})
					screen(a)
					for _, l := range p.Lines(false) {
						line := ansi.Strip(l)
						at := strings.Index(line, "{")
						if at < 0 || !strings.Contains(line, "@") {
							continue
						}
						at = ansi.StringWidth(line[:at])
						if valueAt >= 0 && at != valueAt {
							moves++
							if moves > run.moves {
								t.Fatalf("step %d (offset %d): values start at %d, not %d as before:\n%s", step, run.from+int64(step), at, valueAt, logBox(t, screen(a)))
							}
						}
						valueAt = at
					}
				}
			})
		}
	}
}
