package ui

import (
	"strings"
	"testing"
)

// ut38a-21, ut38a-28: at 200x50 the grid's high watermark jumped from 3
// cells to 7 as a partition crossed 999 (held to "999,999", 2 cells no
// row used, the rates moved 3 cells for a figure that needed 1 more),
// and as figures grew the first heading took its short form and the
// names' cut moved. Over polls whose offsets and lags grow through 999 to
// 1,000 and on, once the groups' figures are in (the columns' content
// known), every frame must keep the headings' words and forms and the
// name column's width (the leader and low watermark, spare, may give
// their cells to a figure where the box has none), and where the box has room to spare (200x50) the
// high watermark is as wide as the list's widest figure, never held
// wider.
func TestPartitionsHoldAsFiguresGrow(t *testing.T) {
	topics := []crossTopic{
		{name: "laundry-machine-logs", parts: 6, high: 150, step: 14, groups: []string{"washboard-demo-1"}, lag: 170, lagAdd: 2},
		{name: "rider-updates", parts: 3, high: 900, step: 4},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			s, a := crossApp(t, topics, size, zoom)
			var first string
			for i := 1; i <= 70; i++ {
				crossPoll(s, i, topics)
				a.version = s.Version()
				box := paneBox(a, "─ 4 Partitions")
				if len(box) < 3 || i < 3 { // poll 2 brings the groups' lag: the columns' content known from poll 3
					continue
				}
				if first == "" {
					first = box[1]
				}
				words0, at0 := headingCols(first)
				words, at := headingCols(box[1])
				// the 80x24 grid keeps its high watermark beside the names
				// (ut40b-10), and has no other cell to give a figure that
				// gains a digit group: there the name column may give it,
				// never take one back
				moved := at[1] != at0[1] && !(size[0] < 200 && !zoom && at[1] < at0[1])
				if notSpare(words) != notSpare(words0) || moved {
					t.Errorf("%dx%d zoom=%v poll %d: the headings changed as figures grew\n%s\nwas\n%s\n%s", size[0], size[1], zoom, i, box[1], first, strings.Join(box, "\n"))
				}
				if size[0] < 200 {
					continue
				}
				widest := 0
				for _, tp := range topics {
					widest = max(widest, countW(tp.high+tp.step*int64(i)+int64(tp.parts-1)))
				}
				for j, w := range words {
					if w == "high" && j+1 < len(at) && at[j+1]-at[j]-1 != max(widest, len("high")) {
						t.Errorf("%dx%d zoom=%v poll %d: high takes %d cells for figures of %d\n%s", size[0], size[1], zoom, i, at[j+1]-at[j]-1, widest, strings.Join(box[:6], "\n"))
					}
				}
			}
		}
	}
}

// notSpare is a heading's words but the spare columns' (leader, low).
func notSpare(words []string) string {
	var out []string
	for _, w := range words {
		if w != "leader" && w != "ldr" && w != "low" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
