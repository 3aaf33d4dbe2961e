package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// At 80x24 a series pane's help fits whole (ut34a-3: 33 lines in two
// pages): each key once, every pane, the notes, no live status, and a
// border without a position. A pane with more to say (Groups' health
// words) scrolls (pgdn) until every pane and its notes have shown, and at
// the bottom the border offers the way back up.
func TestHelpScrollsWholeAt80x24(t *testing.T) {
	a := logApp(t, 80, 24)
	typeText(a, "/washer")
	a.Update(keyPress("enter")) // a filter: the Log's border says "N/M match"
	a.Update(keyPress("z"))
	a.Update(keyPress("1"))
	a.Update(keyPress("?"))
	first := ansi.Strip(screen(a))
	footer := first[strings.LastIndex(first, "\n")+1:]
	first = first[:strings.LastIndex(first, "\n")]
	if strings.Count(first, "↑/k") != 1 || strings.Contains(footer, "scroll") { // it fits: the body says the pane's, the footer no scrolling (ut39-4)
		t.Fatalf("↑/k listed %d times in the body, footer %q:\n%s", strings.Count(first, "↑/k"), footer, first)
	}
	assertHelpWhole(t, first, "stale")
	if strings.Contains(first, "1-") || strings.Contains(first, "scroll ╮") {
		t.Errorf("the help fits, yet the border says it scrolls:\n%s", first)
	}
	a.Update(keyPress("5"))
	if s := ansi.Strip(screen(a)); a.helpVP.TotalLineCount() > a.helpVP.Height() {
		t.Errorf("Groups' help scrolls at 80x24 (s20-help):\n%s", s)
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 14}) // smaller: the viewport is the fallback
	seen := []string{ansi.Strip(screen(a))}
	if !strings.Contains(seen[0], "1-") || !strings.Contains(seen[0], "esc or ? to close") {
		t.Errorf("the border does not say which rows show:\n%s", seen[0])
	}
	if !strings.Contains(seen[0], "↑/↓ pgup/pgdn scroll") { // it scrolls: the footer says how (ut37-8)
		t.Errorf("help scrolls, yet its footer does not say how:\n%s", seen[0])
	}
	for range 10 {
		a.Update(keyPress("pgdown"))
		seen = append(seen, ansi.Strip(screen(a)))
	}
	assertHelpWhole(t, strings.Join(seen, "\n"), "rebalance log")
	for _, page := range seen {
		if body := page[:strings.LastIndex(page, "\n")]; strings.Contains(body, "↑/k") {
			t.Errorf("help scrolls, yet its body says ↑/k again beside the footer's scrolling:\n%s", page)
		}
	}
	// At the bottom the border offers the way back up, not more below.
	last := seen[len(seen)-1]
	if strings.Contains(last, "↓ pgdn scroll") || !strings.Contains(last, "↑ pgup scroll") {
		t.Errorf("at the bottom the border still offers scrolling down:\n%s", strings.SplitN(last, "\n", 3)[1])
	}
	a.Update(keyPress("esc"))
	if a.showHelp {
		t.Fatal("esc does not close the help")
	}
}

// assertHelpWhole checks the help shown lists every pane, the note ending
// it (last) and no live status.
func assertHelpWhole(t *testing.T, shown, last string) {
	t.Helper()
	for i, name := range paneNames {
		if name == "Machines" || name == "Riders" || name == "Students" { // the demo's views by their titles
			name = ""
		}
		if !strings.Contains(shown, string(rune('1'+i))+" "+name) {
			t.Errorf("pane %d never shows in the help:\n%s", i+1, shown)
		}
	}
	if !strings.Contains(shown, last) {
		t.Errorf("the notes never show (%q):\n%s", last, shown)
	}
	if strings.Contains(shown, "match") {
		t.Errorf("the pane list carries live status:\n%s", shown)
	}
}

// At 80x24 the notes of every pane wrap at word boundaries: each word of
// a note shows whole on some line of the help.
func TestHelpNotesWrapAtWords(t *testing.T) {
	for _, h := range []int{24, 60} {
		for pane := 1; pane <= paneCount; pane++ {
			helpNotesWrapAtWords(t, pane, h)
		}
	}
}

// helpNotesWrapAtWords checks pane's notes at 80xh: the short ones at
// 80x24 where the pane has them, the full ones where they fit.
func helpNotesWrapAtWords(t *testing.T, pane, h int) {
	t.Helper()
	{
		a := logApp(t, 80, h)
		a.Update(keyPress(itoa(pane)))
		n, ok := a.panes[a.focus].(helpNoter)
		if !ok {
			return
		}
		notes := n.HelpNotes()
		if s, ok := n.(helpShortNoter); ok && h < 60 {
			notes = s.HelpNotesShort()
		}
		a.Update(keyPress("?"))
		words := map[string]bool{}
		for range 12 {
			for _, l := range strings.Split(screen(a), "\n") {
				for _, w := range strings.Fields(strings.Trim(l, "│")) {
					words[w] = true
				}
			}
			a.Update(keyPress("pgdown"))
		}
		for _, note := range notes {
			for _, w := range strings.Fields(note) {
				if !words[w] {
					t.Errorf("80x%d pane %d: %q of the note %q is broken:\n%s", h, pane, w, note, screen(a))
				}
			}
		}
	}
}

// While help is open its footer says help's own keys, not those of the
// pane it hides, which do nothing then (a user test, issue 14, B31), and
// its scrolling only where it is taller than its box (ut39-4).
// The pane's footer drawn just before help opens is not kept (ut15a A11:
// the frame's footer memo did not know help was open).
func TestHelpFooterSaysHelpsKeys(t *testing.T) {
	a := testApp(t, 80, 24)
	press(a, "1")
	_ = screen(a) // the pane's footer, drawn and kept
	press(a, "?")
	lines := strings.Split(screen(a), "\n")
	f := lines[len(lines)-1]
	if !strings.Contains(f, "a pane's keys") || strings.Contains(f, "scroll") { // it fits: nothing to scroll (ut39-4)
		t.Errorf("help's footer %q: want the pane numbers and no scrolling", f)
	}
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 12}) // too small for it: now it scrolls
	lines = strings.Split(screen(a), "\n")
	if f := lines[len(lines)-1]; !strings.Contains(f, "↑/↓ pgup/pgdn scroll") {
		t.Errorf("help scrolls, yet its footer %q does not say how", f)
	}
	for _, once := range []string{"close", "quit"} { // the border says how to close, the body how to quit (ut37-8)
		if strings.Contains(f, once) {
			t.Errorf("help's footer %q says %q again", f, once)
		}
	}
	if strings.Contains(f, "sort") || strings.Contains(f, "filter") {
		t.Errorf("help's footer %q offers the hidden pane's keys", f)
	}
}

// Help's pane list names each pane, without the state its title carries
// (ut15a A11: "6 Log · +aborted").
func TestHelpNamesPanesWithoutTheirState(t *testing.T) {
	a := testApp(t, 200, 50)
	press(a, "6", "a", "?")
	s := screen(a)
	if strings.Contains(s, "+aborted") && !strings.Contains(s, "keys · Log") {
		t.Fatalf("help is not open:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "6 ") && strings.Contains(l, "Log · +aborted") && !strings.Contains(l, "keys ·") {
			t.Errorf("help's pane list says the Log's state: %q", l)
		}
	}
}

// In a session that cannot suspend (SSH), ctrl+z says why in the footer
// until the next key, and help does not offer it (ut15a A16: it did
// nothing, silently).
func TestCtrlZOverSSHSaysWhy(t *testing.T) {
	a := testApp(t, 120, 30) // Common.Suspend is false, as in serve
	_ = screen(a)
	a.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	lines := strings.Split(screen(a), "\n")
	if f := lines[len(lines)-1]; !strings.Contains(f, "cannot be suspended") {
		t.Errorf("footer after ctrl+z over ssh: %q", f)
	}
	press(a, "?")
	s := screen(a)
	if strings.Contains(s, "suspend") {
		t.Errorf("help offers ctrl+z where it cannot suspend:\n%s", s)
	}
	lines = strings.Split(s, "\n")
	if f := lines[len(lines)-1]; strings.Contains(f, "cannot be suspended") {
		t.Errorf("the note outlived the next key: %q", f)
	}
}
