package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	borderCount = regexp.MustCompile(`(\d+)-(\d+)/([\d,]+)`)
	belowCount  = regexp.MustCompile(`… (\d+) more lines? below`)
	// detailTableHeading is the heading of one of the topic detail's
	// tables (partitions, configs, consumer groups).
	detailTableHeading = regexp.MustCompile(`^(part +leader|config +value|group +.*health)`)
)

// scrollCountAddsUp checks the box whose top border holds marker in
// screen s: the border's a-b/N names as many rows as the box shows (its
// rows, less the last when that says what is below), and b plus the rows
// said below is N. It reports whether the box is scrolled (has a count).
func scrollCountAddsUp(t *testing.T, s, marker string) bool {
	t.Helper()
	lines := strings.Split(s, "\n")
	top := -1
	for i, l := range lines {
		if strings.Contains(l, "╭") && strings.Contains(l, marker) {
			top = i
			break
		}
	}
	if top < 0 {
		t.Fatalf("no box %q on screen:\n%s", marker, s)
	}
	topRunes := []rune(lines[top])
	col := -1
	for i := len([]rune(lines[top][:strings.Index(lines[top], marker)])) - 1; i >= 0; i-- {
		if topRunes[i] == '╭' {
			col = i
			break
		}
	}
	var rows []string
	for _, l := range lines[top+1:] {
		r := []rune(l)
		if col >= len(r) || r[col] == '╰' {
			break
		}
		rows = append(rows, string(r[col:]))
	}
	m := borderCount.FindStringSubmatch(lines[top][strings.Index(lines[top], marker):])
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	n, _ := strconv.Atoi(strings.ReplaceAll(m[3], ",", ""))
	shown, below := len(rows), 0
	if a > 1 && detailTableHeading.MatchString(strings.TrimLeft(rows[0], "│")) && b-a+1 == shown-1-boolInt(belowCount.MatchString(rows[len(rows)-1])) {
		shown-- // a table's heading pinned over its rows, not one of the lines counted (ut25a Q8)
	}
	if bm := belowCount.FindStringSubmatch(rows[len(rows)-1]); bm != nil {
		shown--
		below, _ = strconv.Atoi(bm[1])
	} else if b < n {
		shown = min(shown, n-a+1)
	}
	if b-a+1 != shown || b+below != n {
		t.Errorf("the border says %d-%d/%d, the box shows %d rows and says %d below (%d+%d ≠ %d or %d rows ≠ %d):\n%s",
			a, b, n, shown, below, b, below, n, b-a+1, shown, s)
	}
	return true
}

// ut19b G12a: the 80x24 grid's topic detail said `1-6/13` over 5 rows and
// `… 9 more lines below` (5+9 = 14 ≠ 13): the border and the last row
// counted the lines apart. Every scrolled topic detail adds up, at every
// scroll position, in the grid and zoomed.
func TestTopicDetailScrollCountAddsUp(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 50}} {
		for _, zoom := range []bool{false, true} {
			name := itoa(size[0]) + "x" + itoa(size[1])
			keys := []string{"8", "G", "enter"}
			if zoom {
				name, keys = name+" zoomed", append(keys, "z")
			}
			t.Run(name, func(t *testing.T) {
				a := realApp(t, idleStore(t), size[0], size[1])
				do(a, keys...)
				scrolled := false
				for range 20 {
					scrolled = scrollCountAddsUp(t, screen(a), "8 ") || scrolled
					do(a, "down")
				}
				if size[0] == 80 && !zoom && !scrolled {
					t.Fatalf("the 80x24 grid's detail is not scrolled, so nothing was checked:\n%s", screen(a))
				}
			})
		}
	}
}
