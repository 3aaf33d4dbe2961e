package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// pagedApp is a foreign cluster's Log holding offsets 2-11 of one
// partition of a long-named topic, paged back from its top: the page
// before is offsets 0-1 (the log start).
func pagedApp(t *testing.T, w, h int, filter string) *App {
	t.Helper()
	const long = "orders-of-the-laundry-machines-at-the-north-campus-eu1"
	a := foreignApp(t, w, h)
	a.c.Pager = &fakePager{}
	store := a.c.Store.(*model.Store)
	var recs []model.Record
	for off := 2; off < 12; off++ {
		recs = append(recs, model.Record{Topic: long, Partition: 0, Offset: int64(off), Time: fixedNow,
			Key: []byte("o-" + strconv.Itoa(off)), Value: []byte(`{"order":` + strconv.Itoa(off) + `}`)})
	}
	store.Fold(recs, fixedNow)
	a.Update(changedMsg{version: store.Version()})
	do(a, "6", "z")
	if filter != "" {
		do(a, "/")
		typeText(a, filter)
		do(a, "enter")
	}
	do(a, "space", "g")
	_, cmd := a.Update(keyPress("up"))
	run(a, cmd)
	a.View()
	return a
}

// rowOffsets are the offsets of the record rows on screen, top first.
func rowOffsets(s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`/0@(\d+) `).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// Paging back extends the Log instead of replacing it: the older
// records show above the held ones in one list that fills the pane, ↓
// from the paged-back records goes on into the held ones, and esc goes
// back to the Log paused on the record the cursor reached (a user test
// of issue 14, A9: a two-row list over empty rows, ↓ stuck on it).
func TestLogPagedBackIsOneList(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		name := "log-paged-one-list-" + strconv.Itoa(size[0]) + "x" + strconv.Itoa(size[1])
		t.Run(name, func(t *testing.T) {
			a := pagedApp(t, size[0], size[1], "")
			got := screen(a)
			assertFits(t, got, size[0], size[1])
			if want := "0 1 2 3 4 5 6 7 8 9 10 11"; strings.Join(rowOffsets(got), " ") != want {
				t.Fatalf("rows %v, want the paged-back records above the held ones (%s):\n%s", rowOffsets(got), want, got)
			}
			if !strings.Contains(got, "paged back · offsets 0-1 · log start reached (offset 0)") {
				t.Errorf("the head does not say what is paged back:\n%s", got)
			}
			golden(t, name, logBox(t, got))
			do(a, "down", "down", "down")
			p := a.panes[paneLog].(*LogPane)
			if r, ok := p.historySelected(); !ok || r.Offset != 4 {
				t.Fatalf("↓ ×3 from offset 1 (the newest paged back, where ↑ from 2 went) selects %v (%v), want offset 4:\n%s", r.Offset, ok, screen(a))
			}
			do(a, "esc")
			if p.hist != nil {
				t.Fatal("esc stayed paged back")
			}
			if r, ok := p.selected(); !ok || r.Offset != 4 || p.follow {
				t.Fatalf("esc left the Log on %d (following %v), want paused on offset 4", r.Offset, p.follow)
			}
			do(a, "g", "up")
			if p.hist == nil {
				t.Fatal("↑ at the oldest record did not page back again")
			}
			do(a, "space")
			if p.hist != nil || !p.follow {
				t.Fatalf("space paged back left the list open (%v) or did not follow (%v)", p.hist != nil, p.follow)
			}
		})
	}
}

// With a filter, the paged-back records are the filter's matches too: one
// list of matches, older ones above; and the applied filter is still said
// above the paged-back line, without keys that do not apply there (ut28b
// V7: paged back, the filter's line was replaced by the paged-back one).
func TestLogPagedBackKeepsTheFilter(t *testing.T) {
	for _, size := range [][2]int{{120, 30}, {80, 24}, {200, 50}} {
		t.Run(strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1]), func(t *testing.T) {
			a := pagedApp(t, size[0], size[1], `re::(0|1|5|7)\}$`)
			got := screen(a)
			assertFits(t, got, size[0], size[1])
			if want := "0 1 5 7"; strings.Join(rowOffsets(got), " ") != want {
				t.Fatalf("rows %v, want %s:\n%s", rowOffsets(got), want, got)
			}
			box := logBox(t, got)
			if !strings.Contains(box, `filter re::(0|1|5|7)\}$`) || !strings.Contains(box, "paged back") {
				t.Errorf("paged back, the filter or the paged-back line is not said:\n%s", box)
			}
			if strings.Contains(box, "esc clear") {
				t.Errorf("paged back, the filter's line offers esc to clear, which goes to the live log there:\n%s", box)
			}
		})
	}
}

// A page larger than the pane shows its newest records above the row the
// cursor left, at the bottom: what was asked for (older records) fills
// the screen, with where it came from in sight.
func TestLogPagedBackShowsTheOlderPage(t *testing.T) {
	a := foreignApp(t, 80, 24)
	a.c.Pager = &fakePager{}
	store := a.c.Store.(*model.Store)
	var recs []model.Record
	for off := 300; off < 312; off++ {
		recs = append(recs, model.Record{Topic: "orders", Partition: 0, Offset: int64(off), Time: fixedNow, Value: []byte(`{"order":` + strconv.Itoa(off) + `}`)})
	}
	store.Fold(recs, fixedNow)
	a.Update(changedMsg{version: store.Version()})
	do(a, "6", "z", "space", "g")
	_, cmd := a.Update(keyPress("up"))
	run(a, cmd)
	got := screen(a)
	rows := rowOffsets(got)
	if n := len(rows); n < 15 || rows[n-1] != "300" || rows[0] != strconv.Itoa(301-n) {
		t.Fatalf("rows %v, want the page's newest, then the row the cursor left (300) at the bottom:\n%s", rows, got)
	}
	if r, ok := a.panes[paneLog].(*LogPane).historySelected(); !ok || r.Offset != 299 {
		t.Fatalf("the cursor is on %d, want 299 (one row up from 300)", r.Offset)
	}
}
