package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// manyGroupsApp is the orders topic read by n groups with long names,
// its detail opened in a w x h screen (zoomed when zoom).
func manyGroupsApp(t *testing.T, n, w, h int, zoom bool) *App {
	t.Helper()
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	var gs []model.GroupStat
	var cs []model.Committed
	for i := range n {
		id := fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%02d", i)
		gs = append(gs, model.GroupStat{ID: id, State: "Empty"})
		cs = append(cs, model.Committed{Group: id, Offsets: map[model.TP]int64{tp0: int64(i), tp1: int64(2 * i)}})
	}
	a := realApp(t, ordersStore(gs, cs), w, h)
	press(a, "8")
	a.View()
	press(a, "enter")
	if zoom {
		press(a, "z")
	}
	return a
}

// ordersStore is groupLagStore (the orders topic, two partitions, the
// groups gs with the commits cs) with the topic listed and polled.
func ordersStore(gs []model.GroupStat, cs []model.Committed) *model.Store {
	s := groupLagStore(gs, cs)
	s.Update(func(st *model.State) {
		st.Topics = []string{"orders"}
		st.Link.PolledAt, st.Link.AnsweredAt = fixedNow, fixedNow
		st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 2, Replication: 1}}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	return s
}

// detailBox is the topic detail's box on screen: its border count
// (a-b/n, 0s without one) and its rows.
func detailBox(t *testing.T, s string) (a, b, n int, rows []string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !strings.Contains(l, "╭─ 8 ") {
			continue
		}
		col := len([]rune(l[:strings.Index(l, "╭─ 8 ")]))
		if m := borderCount.FindStringSubmatch(l[strings.Index(l, "╭─ 8 "):]); m != nil {
			a, _ = strconv.Atoi(m[1])
			b, _ = strconv.Atoi(m[2])
			n, _ = strconv.Atoi(strings.ReplaceAll(m[3], ",", ""))
		}
		for _, r := range lines[i+1:] {
			rr := []rune(r)
			if col >= len(rr) || rr[col] == '╰' {
				break
			}
			row := string(rr[col+1:])
			if j := strings.Index(row, "│"); j >= 0 {
				row = row[:j]
			}
			rows = append(rows, strings.TrimRight(row, " "))
		}
		return a, b, n, rows
	}
	t.Fatalf("no topic detail on screen:\n%s", s)
	return
}

var groupsHeading = regexp.MustCompile(`^group +.*health$`)

// ut25a Q8: the topic detail's consumer groups table scrolled its heading
// away (pages of `0    864     0.0/s  STALL?`). While the view is in the
// groups' rows their heading stays in the box's first row; the border's
// a-b/N names the rows shown under it, `… K more lines below` the rest,
// and pgdn/pgup page by the rows shown, skipping none (pgdn repeats
// none; pgup repeats at most the line it came from, where a heading
// pinned over one page and not the other leaves no page ending above
// it). A first attempt was reverted for counts that went wrong. 80x24, 45
// groups, zoomed and in the grid.
func TestTopicDetailKeepsTheGroupsHeading(t *testing.T) {
	for _, zoom := range []bool{true, false} {
		a := manyGroupsApp(t, 45, 80, 24, zoom)
		name := fmt.Sprintf("zoom %v", zoom)
		// the detail's lines, read by moving one line at a time: the
		// first row below a pinned heading is line a
		var body []string
		head := -1
		var pinnedScreen string
		for step := 0; ; step++ {
			s := screen(a)
			first, last, n, rows := detailBox(t, s)
			if n == 0 {
				t.Fatalf("%s: the detail is not scrolled:\n%s", name, s)
			}
			pinned := detailTableHeading.MatchString(rows[0]) && slices.Contains(body[:min(first-1, len(body))], rows[0])
			if pinned {
				if pinnedScreen == "" && groupsHeading.MatchString(rows[0]) {
					pinnedScreen = s
				}
				rows = rows[1:]
			}
			if len(body) != first-1 {
				t.Fatalf("%s: step %d shows line %d first, want %d:\n%s", name, step, first, len(body)+1, s)
			}
			body = append(body, rows[0])
			if head < 0 && groupsHeading.MatchString(rows[0]) {
				head = first - 1
			}
			below := 0
			if m := belowCount.FindStringSubmatch(rows[len(rows)-1]); m != nil {
				below, _ = strconv.Atoi(m[1])
				rows = rows[:len(rows)-1]
			}
			if last-first+1 != len(rows) || last+below != n {
				t.Fatalf("%s: the border says %d-%d/%d over %d rows with %d said below:\n%s", name, first, last, n, len(rows), below, s)
			}
			// a group's row on screen has its heading above it
			for i, r := range rows {
				if head >= 0 && first-1+i > head && !pinned && first-1 > head {
					t.Fatalf("%s: group rows %q without their heading:\n%s", name, r, s)
				}
			}
			if below == 0 {
				body = append(body, rows[1:]...)
				break
			}
			do(a, "down")
		}
		if head < 0 || !strings.Contains(pinnedScreen, "batch-") {
			t.Fatalf("%s: no groups heading (%d) or never pinned:\n%s", name, head, strings.Join(body, "\n"))
		}
		// every screen's rows are the detail's lines a..b, by pgdn from the
		// top to the end and pgup back, each page after (before) the last
		for _, dir := range []string{"pgdown", "pgup"} {
			if dir == "pgdown" {
				do(a, "g")
			} else {
				do(a, "G")
			}
			prevA, prevB := 0, 0
			for range 40 {
				s := screen(a)
				first, last, _, rows := detailBox(t, s)
				if detailTableHeading.MatchString(rows[0]) && slices.Index(body, rows[0]) < first-1 {
					rows = rows[1:]
				} else if first-1 > head {
					t.Fatalf("%s %s: the groups' rows %d-%d without their heading:\n%s", name, dir, first, last, s)
				}
				if belowCount.MatchString(rows[len(rows)-1]) {
					rows = rows[:len(rows)-1]
				}
				if strings.Join(rows, "\n") != strings.Join(body[first-1:last], "\n") {
					t.Fatalf("%s %s: the box does not show lines %d-%d:\n%s", name, dir, first, last, s)
				}
				if prevA != 0 && (dir == "pgdown" && first != prevB+1 && last != len(body) || dir == "pgup" && (last < prevA-1 || last > prevA) && first != 1) {
					t.Fatalf("%s %s: from lines %d-%d the page moved to %d-%d:\n%s", name, dir, prevA, prevB, first, last, s)
				}
				if dir == "pgdown" && last == len(body) || dir == "pgup" && first == 1 {
					break
				}
				prevA, prevB = first, last
				do(a, dir)
			}
		}
		if zoom {
			golden(t, "topic-detail-groups-pinned-80x24", pinnedScreen)
		}
	}
}

// The paging model with the groups' heading pinned: 53 lines, the heading
// on line 7 (from 0), a 21-row box. A page down starts under the last row
// shown (20 rows from the top, 19 under the pinned heading); the last
// page ends on the last line; a page up ends on the row above.
func TestTopicDetailPagesUnderThePinnedHeading(t *testing.T) {
	k := DefaultKeyMap()
	for _, tc := range []struct {
		keys []string
		want []int
	}{
		{[]string{"pgdown", "pgdown", "pgdown"}, []int{20, 33, 33}},
		{[]string{"G", "pgup", "pgup"}, []int{33, 14, 0}},
		{[]string{"g", "j", "j", "j", "j", "j", "j", "j", "j"}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
	} {
		d := &topicDetail{rows: 53, tables: []tableSpan{{head: 7, last: 52}}}
		for i, key := range tc.keys {
			d.scrollKey(k, keyPress(key), 21)
			if d.scroll.offset != tc.want[i] {
				t.Fatalf("keys %v: after %q the first line is %d, want %d", tc.keys[:i+1], key, d.scroll.offset, tc.want[i])
			}
			first, shown, below := d.window(21)
			if first+shown+below != 53 || shown+boolInt(below > 0)+boolInt(d.pinned(first, 21)) != 21 {
				t.Fatalf("keys %v: window %d+%d+%d of 53 in 21 rows (pinned %v)", tc.keys[:i+1], first, shown, below, d.pinned(first, 21))
			}
		}
	}
}

// At the bottom (G) the box is full and ends on the last line, wherever
// the tables end: a heading pinned at the last start, over a table whose
// last row is the first shown, left a blank row under the last line (a
// 60-partition topic at 80x24: `67-71/71` over 5 lines and a blank row).
func TestTopicDetailBottomIsFull(t *testing.T) {
	k := DefaultKeyMap()
	for rows := 8; rows <= 30; rows++ {
		for h := 3; h <= 10 && h < rows; h++ {
			for last := 3; last < rows; last++ {
				d := &topicDetail{rows: rows, tables: []tableSpan{{head: 1, last: last}}}
				d.scrollKey(k, keyPress("G"), h)
				first, shown, below := d.window(h)
				if below != 0 || first+shown != rows || shown+boolInt(d.pinned(first, h)) != h {
					t.Fatalf("%d lines, a table on lines 1-%d, %d rows: G shows %d+%d, %d below, pinned %v: not a full box ending on the last line",
						rows, last, h, first, shown, below, d.pinned(first, h))
				}
			}
		}
	}
}
