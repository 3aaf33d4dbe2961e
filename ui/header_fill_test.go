package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut43a-1, ut43b-3, ut43a-16: at 80x24 the header said `wb` and no read
// count while 17-30 cells of the line were blank: the room held for the
// alerts the view's keys could raise. Through two streams of frames in
// which alerts come and go (a warn, a crit, a stale key; the demo's
// machines coming up to 18), at 80, 100, 120 and 200 columns, on the demo,
// a cluster's address and a read-only profile, `washboard` is cut and the
// read count goes only where the blank cells could not hold them.
func TestHeaderFillsHeldRoomWithTheNameAndReadCount(t *testing.T) {
	steps := comeAndGoSteps()
	clusters := []Cluster{
		{Name: "127.0.0.1:31950"},
		{Name: "demo-laundry · 127.0.0.1:31950", Profile: "demo-laundry", ReadOnly: model.ReadOnlyAdmin},
		{Name: "127.0.0.1:31900", Embedded: true},
	}
	for _, w := range []int{80, 100, 120, 200} {
		for _, cl := range clusters {
			for i, h := range headerThroughAlerts(t, cl, w, steps) {
				checkNoBlankBesideCuts(t, h, w, "2,449", cl.Name+", step "+strconv.Itoa(i))
			}
		}
		for i, h := range liveHeaders(t, w, 24) {
			checkNoBlankBesideCuts(t, h, w, count(max(i-1, 0)*97), "live demo, poll "+strconv.Itoa(i))
		}
	}
	// the demo's header through the alerts, read whole (ut43a-16)
	for _, w := range []int{80, 120} {
		hs := headerThroughAlerts(t, Cluster{Name: "127.0.0.1:31900", Embedded: true}, w, steps)
		golden(t, "header-fill-"+strconv.Itoa(w), strings.Join(hs, "\n")+"\n")
	}
	// the kind's first example: the 80-column demo beside a warn said in
	// the short form, `washboard` or the read count said
	hs := headerThroughAlerts(t, Cluster{Name: "127.0.0.1:31900", Embedded: true}, 80, steps[:2])
	if h := hs[1]; !strings.Contains(h, "warn 1") || !strings.Contains(h, "produced 2,449 read") {
		t.Errorf("80-column demo beside a warn: %q: want the read count beside `warn 1`", h)
	}
}

// checkNoBlankBesideCuts fails where h, a w-column header (trailing blanks
// trimmed or not), says `wb` or no read count beside blank cells that
// would hold `washboard` or ` produced N read` (N: read, said as a count). The blank counted is the
// line's widest run of blank cells (the alerts' room before them, or the
// end of a line without alerts), less the cells its figures are held to
// grow by (a count to 999,999, a rate to 99.9/s, `● connected` as wide
// as `○ connecting`), which the line keeps so that its labels do not come
// and go with every digit (ut18b G17).
func checkNoBlankBesideCuts(t *testing.T, h string, w int, read, where string) {
	t.Helper()
	blank := heldBlank(h, w)
	if strings.HasPrefix(h, "wb ") && blank >= len("washboard")-len("wb") {
		t.Errorf("%d columns, %s: %q says `wb` beside %d blank cells", w, where, h, blank)
	}
	if !strings.Contains(h, " read") && blank >= len(" produced  read")+len(read) {
		t.Errorf("%d columns, %s: %q says no read count beside %d blank cells", w, where, h, blank)
	}
}

// heldBlank is the blank cells of header h at w columns that no figure
// holds (checkNoBlankBesideCuts).
func heldBlank(h string, w int) int {
	h = strings.TrimRight(h, " ")
	blank := w - ansi.StringWidth(h)
	for _, run := range regexp.MustCompile(`  +`).FindAllString(h, -1) {
		blank = max(blank, len(run)-1) // the run's first cell is the separator's
	}
	if m := regexp.MustCompile(`([0-9][0-9,]*) read`).FindStringSubmatch(h); m != nil {
		n, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
		blank -= countRoom(n)
	}
	if m := regexp.MustCompile(`│ ([0-9.]+/s|…/s|–/s)`).FindStringSubmatch(h); m != nil {
		blank -= textRoom(m[1], rateCellsHeld)
	}
	if strings.Contains(h, "● connected") {
		blank -= textRoom("● connected", ansi.StringWidth("○ connecting"))
	}
	return blank
}

// comeAndGoSteps are 18 steps of two machines for headerThroughAlerts: the
// first through calm, warn and crit, the second silent from step 4 to
// step 13 (stale from step 11).
func comeAndGoSteps() [][2][]float64 {
	var steps [][2][]float64
	for i := range 18 {
		first := [][]float64{calm, warm, hot, calm, warm, calm}[i%6]
		var second []float64 // silent from step 4 to step 13: stale from step 11
		if i < 4 || i > 13 {
			second = calm
		}
		steps = append(steps, [2][]float64{first, second})
	}
	return steps
}
