package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut36a-12, ut36b-6: with nothing typed, the header changed its wording
// from frame to frame as counts came and went: `Machines !2 warn · 4
// stale` and `!!1 · !1 · 4 keys stale` a minute apart. At one width each
// part keeps one form whatever the counts: over a minute and a half of
// frames in which a warn, a crit and a stale key come and go, every part
// but the alerts reads the same (its figures aside), and the alerts keep
// one form (the view's title said or not, their words said or not). The
// program's name and the read count are the exception: they are said in
// the cells held for alerts not said now, so they come and go with the
// alerts where the line cannot hold them beside every alert (ut43a-1,
// ut43b-3: `wb` and no read count beside 17-30 blank cells).
func TestHeaderHoldsItsFormsAsCountsComeAndGo(t *testing.T) {
	steps := comeAndGoSteps()
	figures := regexp.MustCompile(`[0-9][0-9,.]*`)
	for _, cl := range []Cluster{
		{Name: "127.0.0.1:31950"},
		{Name: "demo-laundry · 127.0.0.1:31950", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAdmin},
		{Name: "127.0.0.1:31900", Embedded: true},
	} {
		for _, w := range []int{80, 120, 200} {
			hs := headerThroughAlerts(t, cl, w, steps)
			var rest, titled, worded string
			sawStale := false
			for i, h := range hs {
				segs := strings.Split(h, " │ ")
				alerts := "" // said last, flush right (ut39-1)
				if last := segs[len(segs)-1]; len(segs) > 1 && saysAlerts.MatchString(last) {
					alerts, segs = last, segs[:len(segs)-1]
					segs[len(segs)-1] = strings.TrimRight(segs[len(segs)-1], " ")
				}
				sawStale = sawStale || strings.Contains(alerts, "stale")
				// the name and the read count take the blank cells held for
				// alerts not said now, and give them back as alerts come
				// (ut43a-1: TestHeaderFillsHeldRoomWithTheNameAndReadCount)
				r := figures.ReplaceAllString(strings.Join(segs, " │ "), "#")
				r = strings.Replace(strings.TrimPrefix(strings.TrimPrefix(r, "washboard "), "wb "), " produced # read", "", 1)
				if i == 0 {
					rest = r
				} else if r != rest {
					t.Errorf("%s, %d columns, step %d: header %q moved its parts (was %q)", cl.Name, w, i, h, rest)
				}
				if alerts == "" {
					continue
				}
				title := map[bool]string{true: "title", false: "no title"}[strings.Contains(alerts, "Machines")]
				if titled == "" {
					titled = title
				} else if title != titled {
					t.Errorf("%s, %d columns, step %d: alerts %q said with %s, before with %s", cl.Name, w, i, alerts, title, titled)
				}
				if strings.Contains(alerts, "warn") || strings.Contains(alerts, "crit") {
					// `!1 warn` in words, `warn 1` in the short form (ut41-7)
					word := map[bool]string{true: "words", false: "short form"}[strings.Contains(alerts, "!")]
					if worded == "" {
						worded = word
					} else if word != worded {
						t.Errorf("%s, %d columns, step %d: alerts %q said in %s, before in %s", cl.Name, w, i, alerts, word, worded)
					}
				}
			}
			if w >= 120 && !sawStale { // narrower, the stale count may be one that goes whole
				t.Errorf("%s, %d columns: no frame said the stale key: %q", cl.Name, w, hs)
			}
		}
	}
}
