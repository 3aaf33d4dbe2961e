package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// escapeCutIDs are group ids holding an escape byte and a bidi mark at
// different places, so the cuts of the Groups list, its side view and
// their headings fall at every offset from an escape (ut22b N9:
// `evil-\x1b[31mred-group-\u202…ng-name-for-wrapping-tests-0001`).
var escapeCutIDs = func() []string {
	var out []string
	for pad := range 8 {
		out = append(out, strings.Repeat("e", pad)+"vil-\x1b[31mred-group-\u202e-rtl-long-name-for-wrapping-tests-000"+itoa(pad))
	}
	return append(out, "\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b-esc-run-group")
}()

// brokenEscape is the first text on screen that names no character: an
// escape washboard writes (\xHH, \uHHHH) cut before its end, or the
// rest of one after an ellipsis; "" when there is none.
func brokenEscape(s string, ids []string) string {
	var escaped []string
	for _, id := range ids {
		escaped = append(escaped, model.PrintableString(id))
	}
	for _, line := range strings.Split(s, "\n") {
		for i := strings.IndexByte(line, '\\'); i >= 0; i = strings.IndexByte(line, '\\') {
			line = line[i:]
			if len(line) > 1 && strings.IndexByte("xuU", line[1]) >= 0 && escapeLen(line) == 0 {
				return line
			}
			line = line[1:]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		for _, piece := range strings.Split(line, model.Ellipsis)[1:] {
			piece, _, _ = strings.Cut(piece, " ")
			piece, _, _ = strings.Cut(piece, "│")
			if len(piece) < 3 {
				continue
			}
			found, whole := false, false
			for _, e := range escaped {
				for at := strings.Index(e, piece); at >= 0 && !whole; {
					found = true
					whole = !insideEscape(e, at)
					next := strings.Index(e[at+1:], piece)
					if next < 0 {
						break
					}
					at += 1 + next
				}
			}
			if found && !whole {
				return model.Ellipsis + piece
			}
		}
	}
	return ""
}

// escapeLen is the length of the whole escape s starts with, 0 when s
// does not start with one.
func escapeLen(s string) int {
	n := map[byte]int{'x': 4, 'u': 6, 'U': 10, 'n': 2, 't': 2, 'r': 2, '\\': 2}[s[1]]
	if n == 0 || len(s) < n {
		return 0
	}
	for _, c := range []byte(s[2:n]) {
		if !strings.ContainsRune("0123456789abcdef", rune(c)) {
			return 0
		}
	}
	return n
}

// insideEscape reports whether byte at of escaped text e is inside one
// of its escapes, not at its start.
func insideEscape(e string, at int) bool {
	for i := 0; i < len(e); i++ {
		if e[i] != '\\' || i+1 >= len(e) {
			continue
		}
		if n := escapeLen(e[i:]); n > 0 {
			if at > i && at < i+n {
				return true
			}
			i += n - 1
		}
	}
	return false
}

// A group id holding escapes is cut before or after a whole escape,
// never inside one, in the Groups list and the side view, grid and
// zoomed, at 80x24 and 200x50 (a user test, ut22b N9).
func TestGroupCutsKeepEscapesWhole(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}, {120, 40}} {
		for _, view := range []struct {
			name string
			keys []string
		}{
			{"grid list", []string{"5"}},
			{"zoomed list", []string{"5", "z"}},
			{"grid side by side", []string{"5", "space", "space", "space", "space", "enter"}},
			{"zoomed side by side", []string{"5", "z", "space", "space", "enter"}},
			{"side by side, later names", []string{"5", "z", "G", "space", "k", "space", "k", "space", "enter"}},
		} {
			t.Run(itoa(sz.w)+"x"+itoa(sz.h)+" "+view.name, func(t *testing.T) {
				a := testApp(t, sz.w, sz.h)
				writer(a.c).Update(func(st *model.State) {
					for _, id := range escapeCutIDs {
						st.Groups = append(st.Groups, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
					}
				})
				a.Update(changedMsg{version: a.c.Store.Version()})
				do(a, view.keys...)
				s := screen(a)
				if !strings.Contains(s, `\x1b`) {
					t.Fatalf("no escaped group id on screen:\n%s", s)
				}
				if bad := brokenEscape(s, escapeCutIDs); bad != "" {
					t.Errorf("a group id is cut inside an escape (%q):\n%s", bad, s)
				}
			})
		}
	}
}
