package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Help says each key once a page either way (ut39-4): where it fits
// whole, its body lists the pane's cursor keys (↑/k ↓/j pgup/pgdn as the
// pane has them) and its footer offers no scrolling, whose keys would do
// nothing; where it scrolls, the footer says the scrolling keys and the
// body does not say ↑/k again. Every line keeps a cell free before the
// box's right border (ut39-4: `… ctrl+z suspend│`).
func TestHelpSaysCursorKeysOnceAndKeepsItsMargin(t *testing.T) {
	for _, tt := range []struct {
		w, h    int
		scrolls bool
	}{{80, 24, false}, {200, 50, false}, {80, 12, true}} {
		for _, pane := range []int{1, 4, 5, 8} {
			t.Run(fmt.Sprintf("%d-%dx%d", pane, tt.w, tt.h), func(t *testing.T) {
				a := helpApp(t, "demo", pane, tt.w, tt.h)
				lines := strings.Split(ansi.Strip(screen(a)), "\n")
				footer, body := lines[len(lines)-1], strings.Join(lines[:len(lines)-1], "\n")
				if got := a.helpVP.TotalLineCount() > a.helpVP.Height(); got != tt.scrolls {
					t.Fatalf("help scrolls %v, want %v:\n%s", got, tt.scrolls, body)
				}
				if offered := strings.Contains(footer, "scroll"); offered != tt.scrolls {
					t.Errorf("footer %q offers scrolling %v, help scrolls %v", footer, offered, tt.scrolls)
				}
				wantUp := 1
				if tt.scrolls {
					wantUp = 0
				}
				if n := strings.Count(body, "↑/k"); n != wantUp {
					t.Errorf("the body says ↑/k %d times, want %d:\n%s", n, wantUp, body)
				}
				if (pane == 1 || pane == 2 || pane == 3 || pane == 4 || pane == 5 || pane == 8) && !tt.scrolls && !strings.Contains(body, "↑/k ↓/j pgup/pgdn") { // every list pane (ut42b-2: Topics said no pgup/pgdn; ut43a-7: the views)
					t.Errorf("a list that pages does not say pgup/pgdn with its cursor keys:\n%s", body)
				}
				for _, l := range lines[2 : len(lines)-2] { // the box's rows between its borders
					if strings.HasSuffix(l, "│") && !strings.HasSuffix(l, " │") {
						t.Errorf("a help line runs into the border: %q", l)
					}
				}
			})
		}
	}
}

// The footer memo draws help's footer again when a resize makes the help
// scroll or fit, though width and focus are the same.
func TestHelpFooterFollowsScrolling(t *testing.T) {
	a := helpApp(t, "demo", 5, 80, 24)
	_ = screen(a)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 12})
	lines := strings.Split(screen(a), "\n")
	if f := lines[len(lines)-1]; !strings.Contains(f, "scroll") {
		t.Errorf("help scrolls at 80x12, footer %q", f)
	}
}
