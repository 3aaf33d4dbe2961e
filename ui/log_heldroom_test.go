package ui

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut37-18: past offset 1,000 the position's room is held to its digit
// group (`/0@1012` keeps 9 cells), and the topic was cut to what that
// room left, `laun…-logs/0@1012` beside two blank cells on every row,
// where `laundr…e-logs/0@1012` fits. A topic cut in the middle is never
// followed by cells its position does not take: over rows whose
// positions all take as many cells, a cut topic's position is followed
// by the one space before the key.
func TestLogCutTopicTakesTheHeldPositionsSpareCells(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	row := regexp.MustCompile(`([^ ]*…[^ ]*/[0-9]@[0-9]+)( +)(k-[a-z]+)`)
	for _, sz := range logStreamSizes {
		t.Run(shareName("four-digit-offsets-", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			topics := []string{"rider-updates-of-the-city-fleet", "laundry-machine-logs-of-the-campus-buildings"}
			if sz.w < 100 {
				topics = []string{"rider-updates", "laundry-machine-logs"}
			}
			cut := 0
			for step := range 12 {
				now = now.Add(time.Second)
				var recs []model.Record
				for j, topic := range topics {
					key := []string{"k-kofi", "k-washer"}[j]
					recs = append(recs, model.Record{Topic: topic, Partition: 1, Offset: 1010 + int64(step), Time: now,
						Key: []byte(key), Value: []byte(fmt.Sprintf(`{"name":%q,"step":%d,"note":"a value long enough to be cut at 80 columns and at 200 columns too, as it goes on and on past every border of the screen"}`, key, step))})
				}
				writer(a.c).Fold(recs, now)
				a.Update(changedMsg{version: s.Version()})
				screen(a)
				for _, l := range p.Lines(false) {
					m := row.FindStringSubmatch(ansi.Strip(l))
					if m == nil {
						continue
					}
					cut++
					if len(m[2]) != 1 {
						t.Fatalf("step %d: %q is cut beside %d blank cells:\n%s", step, m[1], len(m[2])-1, logBox(t, screen(a)))
					}
				}
			}
			if cut == 0 && sz.w < 100 {
				t.Fatalf("no topic cut at %dx%d: the test shows nothing:\n%s", sz.w, sz.h, logBox(t, screen(a)))
			}
		})
	}
}
