package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// After e in the zoomed Log at 80x24 the notice names the file whole
// (wrapped), and the footer keeps the hints it had before the export; at
// 200 columns the footer names the file too (issue 14, B6: the notice was
// cut before the name ended, and the file's name in the e hint pushed e,
// enter, R and f out of the footer for good).
func TestLogExportNoticeWholeFooterKept(t *testing.T) {
	for _, tc := range []struct {
		size [2]int
		grid bool
	}{{[2]int{80, 24}, false}, {[2]int{200, 50}, false}, {[2]int{320, 50}, false}, {[2]int{80, 24}, true}} {
		size := tc.size
		a := logApp(t, size[0], size[1]) // zoomed
		if tc.grid {
			press(a, "z")
		}
		a.c.ExportDir = filepath.Join(t.TempDir(), "a-rather-long-export-directory-name")
		before := footerLine(a)
		_, cmd := a.Update(keyPress("e"))
		a.Update(cmd())
		p := a.panes[paneLog].(*LogPane)
		s := screen(a)
		text := s
		if tc.grid { // the Log is the bottom left box
			var left []string
			for _, l := range strings.Split(s, "\n") {
				if l, _, ok := strings.Cut(l, "││"); ok {
					left = append(left, l)
				}
			}
			text = strings.Join(left, "\n")
		}
		if !strings.Contains(boxText(text), strings.ReplaceAll("to "+p.lastPath, " ", "")) {
			t.Errorf("%v: the notice does not name %s whole:\n%s", size, p.lastPath, s)
		}
		after := footerLine(a)
		for _, hint := range strings.Split(strings.TrimSuffix(before, " …"), " • ") {
			if hint = strings.TrimSuffix(hint, " …"); !strings.Contains(after, hint) {
				t.Errorf("%v: the footer lost %q after the export:\nbefore %q\nafter  %q", size, hint, before, after)
			}
		}
		if size[0] >= 320 && !strings.Contains(after, "(last …"+filepath.Base(p.lastPath)[len(filepath.Base(p.lastPath))-15:]) && !strings.Contains(after, "(last "+filepath.Base(p.lastPath)) {
			t.Errorf("%v: the wide footer does not name the file: %q", size, after)
		}
	}
}

// footerLine is the screen's last line, its trailing spaces dropped.
func footerLine(a *App) string {
	lines := strings.Split(ansi.Strip(screen(a)), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}
