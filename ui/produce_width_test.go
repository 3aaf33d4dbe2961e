package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// boxWidths is the Log's and Produce's box widths on a grid screen.
func boxWidths(t *testing.T, s string) (log, produce int) {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "╮╭─ 7 Produce"); i >= 0 && strings.HasPrefix(l, "╭─ 6 Log") {
			log = draw.Width(l[:i]) + 1
			return log, draw.Width(l) - log
		}
	}
	t.Fatalf("no Log and Produce row:\n%s", s)
	return 0, 0
}

// ut43a-13: at 200x50 the Log cut its values beside a Produce box whose
// right part stood blank: the row was split two thirds to one whatever
// either held. Produce's box is as wide as its content needs (the topic
// and key whole, the value wrapped over the rows the form leaves it), at
// most its third, and the Log has the rest; a topic that needs the third
// gets it. At 80x24 the third is what the form needs: nothing changes.
func TestProduceWidthFollowsItsContent(t *testing.T) {
	share := func(w int) int { return w - w*2/3 }
	for _, tc := range []struct {
		name   string
		size   [2]int
		topic  string
		narrow bool // Produce narrower than its third
	}{
		{"demo-200x50", [2]int{200, 50}, model.LaundryTopic, true},
		{"long-topic-200x50", [2]int{200, 50}, "warehouse-inventory-adjustments-stream-from-north-depot-v2", false},
		{"demo-80x24", [2]int{80, 24}, model.LaundryTopic, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, p, _ := produceApp(t, tc.size[0], tc.size[1])
			writer(a.c).Update(func(st *model.State) { st.Topics = append(st.Topics, tc.topic) })
			p.setTopic(tc.topic)
			do(a, "1")
			got := screen(a)
			logW, prodW := boxWidths(t, got)
			if tc.narrow != (prodW < share(tc.size[0])) || logW+prodW != tc.size[0] {
				t.Fatalf("Produce is %d wide (its third %d), the Log %d; narrower wanted: %v\n%s", prodW, share(tc.size[0]), logW, tc.narrow, got)
			}
			text := produceBoxText(got)
			if tc.narrow {
				golden(t, "produce-width-"+tc.name, got)
				if !strings.Contains(text, tc.topic) || strings.Contains(text, "more row") {
					t.Fatalf("the form is not whole in its narrower box:\n%s", got)
				}
			}
		})
	}
}

// The width follows the content held (produce_width.go): over a minute
// of frames with a template rolled every few seconds, the Log's edge
// moves at most once, to a wider Produce, never back and forth.
func TestProduceWidthHoldsOverFrames(t *testing.T) {
	a, p, _ := produceApp(t, 200, 50)
	now := fixedNow
	a.c.Now = func() time.Time { return now }
	do(a, "1")
	first, _ := boxWidths(t, screen(a))
	last, moves := first, 0
	for i := range 60 {
		now = now.Add(time.Second)
		if i%5 == 0 {
			p.reroll()
		}
		a.Update(changedMsg{version: writer(a.c).Version()})
		logW, _ := boxWidths(t, screen(a))
		if logW > last {
			t.Fatalf("frame %d: the Log widened back from %d to %d", i, last, logW)
		}
		if logW != last {
			moves++
		}
		last = logW
	}
	if moves > 1 {
		t.Fatalf("the Log's edge moved %d times in a minute of frames", moves)
	}
}
