package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// The shared page of the rebalance log shows every group's newest entry
// before any group's older ones (ut42a-10: the newest of the group of
// the newest entry fitted, the other's longer newest did not, and the
// first group took its older entries, all under `each group's newest`),
// and its title counts what shows.
func TestSideLogSharedNewestFirst(t *testing.T) {
	entry := func(owner int, lines int, at int) logEntry {
		// at 40 cells an entry's text wraps at 31 cells: each word of 25 cells
		// takes a line
		words := make([]string, lines)
		for i := range words {
			words[i] = strings.Repeat(string(rune('a'+owner)), 25)
		}
		return logEntry{Rebalance: model.Rebalance{At: fixedNow.Add(time.Duration(at) * time.Second), Group: "g" + itoa(owner),
			Kind: "x", Detail: strings.Join(words, " ")}, owner: owner}
	}
	tests := []struct {
		name  string
		all   []logEntry
		rows  int
		shown []int // indexes into all, oldest first
		title string
	}{
		{"2 groups, the other's newest longer than the rows left (ut42a-10)",
			[]logEntry{entry(0, 2, 0), entry(1, 3, 1), entry(0, 2, 2), entry(0, 2, 3)}, 4,
			[]int{3}, "1 of 2 groups' newest, 1 of 4"},
		{"2 groups, both newest fit, then the older in turn",
			[]logEntry{entry(0, 2, 0), entry(1, 3, 1), entry(0, 2, 2), entry(0, 2, 3)}, 7,
			[]int{1, 2, 3}, "each group's newest, 3 of 4"},
		{"3 groups, a short newest after a long one that does not fit",
			[]logEntry{entry(2, 1, 0), entry(1, 4, 1), entry(0, 2, 2), entry(0, 2, 3)}, 4,
			[]int{0, 3}, "2 of 3 groups' newest, 2 of 4"},
		{"3 groups, every newest fits, older ones where all fit (ut42b-11)",
			[]logEntry{entry(2, 1, 0), entry(1, 2, 1), entry(0, 2, 2), entry(0, 2, 3), entry(1, 1, 4)}, 7,
			[]int{0, 1, 3, 4}, "each group's newest, 4 of 5"},
		{"3 groups, every newest fits and is the newest in time",
			[]logEntry{entry(0, 1, 0), entry(0, 1, 1), entry(1, 2, 2), entry(2, 2, 3)}, 5,
			[]int{1, 2, 3}, "each group's newest, 3 of 4"},
	}
	for _, tt := range tests {
		got, page := logSelect(tt.all, 40, tt.rows, sideLog{}, nil)
		var want []model.Rebalance
		for _, i := range tt.shown {
			want = append(want, tt.all[i].Rebalance)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d entries shown, want %d", tt.name, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].At != want[i].At {
				t.Errorf("%s: entry %d is %s's at %v, want %s's at %v", tt.name, i, got[i].Group, got[i].At, want[i].Group, want[i].At)
			}
		}
		f := sideFrame{page: page, shown: len(got), total: len(tt.all)}
		if title := f.logTitle(sideLog{}, 200); !strings.Contains(title, " · "+tt.title+" · ") {
			t.Errorf("%s: title %q, want it to say %q", tt.name, title, tt.title)
		}
	}
}

// Side by side of three groups whose entries differ in length, at 80x24
// and 200x50: the log's newest page shows each group's newest entry and
// says so (ut42b-11: three groups, the title `newest 1 of 2`, a group's
// reset, its only entry, needing pgup), its columns scrolling.
func TestSideLogShowsEachGroupsNewest(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		a := New(&Common{Ctx: context.Background(), Store: roomSideStore(), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
		a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
		a.c.Store.(*model.Store).Update(func(st *model.State) {
			st.Lag.Events.Push(model.Rebalance{At: fixedNow, Group: roomSideGroups[1], Kind: "action",
				Detail: "by the local console: reset offsets on every topic to latest: orders/0 9→54 /1 none→54 /2 12→54 (read back: every partition holds) marker-one"})
			for i := range 6 {
				st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(time.Duration(i+1) * time.Second), Group: roomSideGroups[2],
					Kind: "rebalance", Detail: "gen " + itoa(i+2) + ": joined rdkafka from 127.0.0.1:4435" + itoa(i) + " marker-two-" + itoa(i)})
			}
			st.Lag.Events.Push(model.Rebalance{At: fixedNow.Add(10 * time.Second), Group: roomSideGroups[3], Kind: "action",
				Detail: "by the local console: set retention.ms: 7d (604800000) → 36h (129600000) marker-three"})
		})
		press(a, "5", "z", "down", "space", "space", "space", "enter")
		s := screen(a)
		assertFits(t, s, sz.w, sz.h)
		flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
		if strings.Contains(flat, "rebalance log · ") && !strings.Contains(flat, "rebalance log · each group's newest, ") {
			t.Errorf("%dx%d: the log's title does not say the shared page:\n%s", sz.w, sz.h, s)
		}
		for _, m := range []string{"marker-one", "marker-two-5", "marker-three"} {
			if !strings.Contains(flat, m) {
				t.Errorf("%dx%d: %q not on the log's newest page:\n%s", sz.w, sz.h, m, s)
			}
		}
		if strings.Contains(flat, "marker-two-4") && !strings.Contains(flat, "marker-one") {
			t.Errorf("%dx%d: a group's older entry shows before another's newest:\n%s", sz.w, sz.h, s)
		}
	}
}
