package ui

import (
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// runChain runs cmd and every command the messages it yields return, as
// Bubble Tea does (a page read, then the gap reads after it).
func runChain(a *App, cmd tea.Cmd) {
	if cmd == nil || isBlink(cmd) {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runChain(a, c)
		}
	case nil:
	default:
		_, next := a.Update(msg)
		runChain(a, next)
	}
}

// contiguous says whether the offsets on screen follow one another.
func contiguous(rows []string) bool {
	for i := 1; i < len(rows); i++ {
		a, _ := strconv.Atoi(rows[i-1])
		b, _ := strconv.Atoi(rows[i])
		if b != a+1 {
			return false
		}
	}
	return len(rows) > 1
}

// A Log bounded by bytes rolls its oldest records out while paused and
// paged back: the paged-back records still reach the oldest record held,
// so no offsets go missing between them, at the page's arrival and after
// each key; and ↑ at the top of the paged-back records reads further back
// (ut36a-33: paged back to 430-629 from @630, the list went @629, @642,
// 630-641 gone unsaid).
func TestLogPagedBackLeavesNoGapAsTheLogRolls(t *testing.T) {
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, true}, {200, 50, false}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			lim := model.DefaultLimits()
			lim.LogBytes = 60 * 200 // about 60 records of 200 bytes
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, lim)
			a.c.Pager = &fakePager{}
			part0 := func(int) (string, int) { return "orders", 0 }
			next := 400
			roll := func(n int) {
				writer(a.c).Fold(padRecs(next, n, part0), fixedNow)
				next += n
				a.Update(changedMsg{version: s.Version()})
			}
			roll(100)
			do(a, "space", "g")
			roll(15) // the paused page's records roll out
			screen(a)
			_, cmd := a.Update(keyPress("up"))
			roll(12) // more roll out before the page comes
			runChain(a, cmd)
			got := screen(a)
			if p.hist == nil {
				t.Fatalf("↑ at the top did not page back:\n%s", got)
			}
			if rows := rowOffsets(got); !contiguous(rows) {
				t.Fatalf("offsets %v on screen skip records neither paged back nor held:\n%s", rows, got)
			}
			roll(10) // a second goes by with no key: the tick reads the gap
			_, cmd = a.Update(tickMsg(fixedNow))
			batch, _ := cmd().(tea.BatchMsg)
			if len(batch) != 2 {
				t.Fatalf("the tick after records rolled out asks for %d commands, want the next tick and the gap read", len(batch))
			}
			runChain(a, batch[1])
			if rows := rowOffsets(screen(a)); !contiguous(rows) {
				t.Fatalf("a second after records rolled out, offsets %v on screen skip them:\n%s", rows, screen(a))
			}
			roll(10)
			a.View()
			_, cmd = a.Update(keyPress("down"))
			runChain(a, cmd)
			_, cmd = a.Update(keyPress("up"))
			runChain(a, cmd)
			got = screen(a)
			if rows := rowOffsets(got); !contiguous(rows) {
				t.Fatalf("after a key, offsets %v on screen skip records that rolled out:\n%s", rows, got)
			}
			oldest := p.hist.recs[0].Offset
			do(a, "g")
			_, cmd = a.Update(keyPress("up"))
			runChain(a, cmd)
			if got := p.hist.recs[0].Offset; got >= oldest {
				t.Fatalf("↑ at the top of the paged-back records read nothing older than %d (first %d):\n%s", oldest, got, screen(a))
			}
			// at the bounds, what is read on pushes the oldest paged-back records out
			first, n := p.hist.recs[0].Offset, len(p.hist.recs)
			p.hist.bytes = historyBytes
			roll(10)
			_, cmd = a.Update(keyPress("down"))
			runChain(a, cmd)
			if h := p.hist; len(h.recs) > n || h.recs[0].Offset <= first || h.next != h.recs[0].Offset || h.atStart {
				t.Errorf("at the bounds, reading on kept %d records from %d (next %d, at start %v), want at most %d from past %d",
					len(h.recs), h.recs[0].Offset, h.next, h.atStart, n, first)
			}
			if strings.Contains(screen(a), "loading") {
				t.Errorf("still loading after the reads came:\n%s", screen(a))
			}
		})
	}
}
