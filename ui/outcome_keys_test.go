package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// While the demo-group question is asked, every key but n cancels it and
// does nothing else: a pane's number, tab, z, ?, c, p, q, esc and the
// arrows neither move focus, zoom, open help, the picker or the form, nor
// quit (ut18a F4: 5 moved focus to Groups and left the question pending,
// so a later 4 then n started a group that joins and commits).
func TestDemoQuestionEveryOtherKeyOnlyCancels(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	keys := []string{"1", "4", "5", "8", "tab", "shift+tab", "z", "?", "c", "p", "q", "esc", "up", "down", "pgdown", "g", "o", "space", "enter"}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, pane := range []string{"4", "5"} {
			for _, k := range keys {
				d := &recordingDemos{}
				a := lagApp(t, size[0], size[1], Cluster{Name: "x"}, d)
				press(a, pane)
				focus, zoom := a.focus, a.zoom
				press(a, "n")
				if !demoAsking(a) {
					t.Fatalf("%dx%d pane %s: n did not ask:\n%s", size[0], size[1], pane, screen(a))
				}
				_, cmd := a.Update(keyPress(k))
				if quits(cmd) {
					t.Errorf("%dx%d pane %s, key %q: quit instead of cancelling", size[0], size[1], pane, k)
				}
				s := screen(a)
				switch {
				case a.focus != focus || a.zoom != zoom:
					t.Errorf("%dx%d pane %s, key %q: focus %d zoom %v, want %d %v (the key did more than cancel)",
						size[0], size[1], pane, k, a.focus, a.zoom, focus, zoom)
				case a.showHelp || a.picker != nil || a.panes[a.focus].Capturing():
					t.Errorf("%dx%d pane %s, key %q: help, picker or a field opened:\n%s", size[0], size[1], pane, k, s)
				case demoAsking(a) || !strings.Contains(s, "demo groups stay off"):
					t.Errorf("%dx%d pane %s, key %q: the question is not cancelled:\n%s", size[0], size[1], pane, k, s)
				}
				press(a, "4", "n") // asks again: the question was cancelled, not kept
				if len(d.calls) != 0 {
					t.Errorf("%dx%d pane %s, key %q: a demo group was started: %v", size[0], size[1], pane, k, d.calls)
				}
			}
		}
	}
}

// demoAsking reports whether Partitions or Groups asks the demo-group
// question.
func demoAsking(a *App) bool {
	return a.panes[panePartitions].(*PartitionsPane).demo.confirm != "" || a.panes[paneGroups].(*GroupsPane).demo.confirm != ""
}

// ctrl+c quits while the question is asked, and n still confirms.
func TestDemoQuestionCtrlCQuitsAndNConfirms(t *testing.T) {
	a := lagApp(t, 80, 24, Cluster{Name: "x"}, &recordingDemos{})
	press(a, "4", "n")
	_, cmd := a.Update(keyPress("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c did nothing while the question was asked")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Fatal("ctrl+c did not quit while the question was asked")
	}
	d := &recordingDemos{}
	a = lagApp(t, 80, 24, Cluster{Name: "x"}, d)
	press(a, "4", "n", "n")
	if strings.Join(d.calls, ",") != "enable,start orders" {
		t.Fatalf("n n: calls %v", d.calls)
	}
}

// The question's screens: its footer says n starts and any other key
// cancels; after 5 Partitions keeps the focus and says the cancel.
func TestGoldenDemoQuestion(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		w, h := size[0], size[1]
		for _, step := range []struct {
			name string
			keys []string
		}{
			{"asked", []string{"4", "n"}},
			{"cancelled-by-5", []string{"4", "n", "5"}},
		} {
			name := "demo-question-" + step.name + "-" + itoa(w) + "x" + itoa(h)
			t.Run(name, func(t *testing.T) {
				a := lagApp(t, w, h, Cluster{Name: "x"}, &recordingDemos{})
				press(a, step.keys...)
				got := screen(a)
				assertFits(t, got, w, h)
				golden(t, name, got)
			})
		}
	}
}

// An outcome is read once: the next key takes it away whichever pane the
// key goes to, so its rows go back to the list (ut18a F13: the Partitions
// box kept "started washboard-demo-1 …" over every row while its border
// said 1-1/14).
func TestOutcomeGoesAtTheNextKeyWhereverItGoes(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, next := range []string{"5", "6", "tab", "j"} {
			w, h := size[0], size[1]
			a := lagApp(t, w, h, Cluster{Name: "x"}, &recordingDemos{})
			press(a, "4", "n", "n")
			if !strings.Contains(screen(a), "started washboard-demo-1 on orders") {
				t.Fatalf("%dx%d: no outcome:\n%s", w, h, screen(a))
			}
			press(a, next)
			if next != "j" && next != "6" {
				press(a, "z", "z") // as in the finding: keys to other panes
			}
			s := screen(a)
			if strings.Contains(s, "started washboard") {
				t.Errorf("%dx%d, key %q: the outcome is still shown:\n%s", w, h, next, s)
			}
			if next != "j" && !boxHasRow(s, "4 Partitions", "orders") {
				t.Errorf("%dx%d, key %q: Partitions shows no row:\n%s", w, h, next, s)
			}
		}
	}
}

// boxHasRow reports whether the box titled title shows a line containing
// want under its top border.
func boxHasRow(screen, title, want string) bool {
	lines := strings.Split(ansi.Strip(screen), "\n")
	for i, l := range lines {
		col := strings.Index(l, title)
		if col < 0 {
			continue
		}
		start := strings.LastIndex(l[:col], "╭")
		end := strings.Index(l[col:], "╮")
		if start < 0 || end < 0 {
			continue
		}
		for _, row := range lines[i+1:] {
			if len(row) < col+end || strings.HasPrefix(row[start:], "╰") {
				break
			}
			if strings.Contains(row[start:col+end], want) {
				return true
			}
		}
	}
	return false
}

// A Topics outcome (w, u, v) goes at the next key too, whichever pane
// the key goes to.
func TestTopicsOutcomeGoesAtTheNextKey(t *testing.T) {
	a := foreignApp(t, 200, 50)
	do(a, "w") // no watcher in this session: it says so
	const said = "choosing topics to read is off in this session"
	if !strings.Contains(screen(a), said) {
		t.Fatalf("w: no outcome:\n%s", screen(a))
	}
	do(a, "5")
	if s := screen(a); strings.Contains(s, said) {
		t.Errorf("the Topics outcome stayed after a key to Groups:\n%s", s)
	}
}

// Help lists the scrolling keys together (ut18a F17: pgdn among the
// pane's keys, pgup among the global ones), at both sizes.
func TestHelpListsScrollingKeysTogether(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, pane := range []string{"1", "4", "5", "8"} {
			a := lagApp(t, size[0], size[1], Cluster{Name: "x"}, &recordingDemos{})
			press(a, pane)
			groups := a.helpLines()
			up, down := -1, -1
			for i, l := range groups {
				l = ansi.Strip(l)
				if strings.Contains(l, "pgup") && up < 0 {
					up = i
				}
				if strings.Contains(l, "pgdn") && down < 0 {
					down = i
				}
			}
			if up < 0 && down < 0 {
				continue // help's own pgup/pgdn: the footer says them, together (ut37-8)
			}
			if up < 0 || down < 0 {
				t.Fatalf("%dx%d pane %s: pgup at %d, pgdn at %d:\n%s", size[0], size[1], pane, up, down, strings.Join(groups, "\n"))
			}
			// One entry (pgup/pgdn, s20-help), or one group: the next
			// line (a column of their own), or the same line's same
			// column at the wide help.
			if down == up {
				continue
			}
			if down != up+1 && down != up-1 {
				t.Errorf("%dx%d pane %s: pgup on line %d, pgdn on %d:\n%s", size[0], size[1], pane, up, down, strings.Join(groups, "\n"))
			} else if size[0] >= 100 {
				lu, ld := ansi.Strip(groups[up]), ansi.Strip(groups[down])
				if strings.Index(lu, "pgup") != strings.Index(ld, "pgdn") {
					t.Errorf("%dx%d pane %s: pgup and pgdn in different columns:\n%s\n%s", size[0], size[1], pane, lu, ld)
				}
			}
		}
	}
}

// The brokers view does not offer b brokers (ut18a F19); its border says
// b goes back to the topics, once (ut36b-25: the cluster line said `b
// topics` again, on a row of its own).
func TestBrokersViewClusterLineSaysBack(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		w, h := size[0], size[1]
		a := foreignApp(t, w, h)
		if s := screen(a); !strings.Contains(s, "b brokers") {
			t.Fatalf("%dx%d: the topics list does not offer b brokers:\n%s", w, h, s)
		}
		do(a, "b")
		s := screen(a)
		if strings.Contains(s, "b brokers") || strings.Contains(s, "b topics") || !strings.Contains(s, "back to topics") {
			t.Errorf("%dx%d: the brokers view does not say once that b goes back:\n%s", w, h, s)
		}
		name := "topics-brokers-" + itoa(w) + "x" + itoa(h)
		assertFits(t, s, w, h)
		golden(t, name, s)
	}
}

// Partitions' help lists + - [ ] x (demo keys) because they act there, on
// a group row, as in Groups (ut18a F17; README's Keys table says so).
func TestPartitionsDemoKeysActOnAGroupRow(t *testing.T) {
	d := &recordingDemos{enabled: true}
	a := lagApp(t, 200, 50, Cluster{Name: "x"}, d)
	for _, k := range []string{"4", "j", "+", "-", "]", "[", "x"} { // row 2: ↳ audit
		a.View() // the cursor's row is the last frame's
		press(a, k)
	}
	if got := strings.Join(d.calls, ","); got != "add audit,remove audit,pace audit,pace audit,stop audit" {
		t.Fatalf("demo keys on Partitions' audit row: calls %q\n%s", got, screen(a))
	}
}

// An outcome or question takes the screen when the box cannot hold the
// table's heading, one row of it and the text (ut18a F13: three lines in
// the 80x24 grid's four-row box hid every row while the border said
// 1-1/14).
func TestDemoTextLeavesARowOrTakesTheScreen(t *testing.T) {
	c := &Common{Now: func() time.Time { return fixedNow }}
	outcome := "started washboard-demo-1 on orders: with the cursor on its row, + adds members, [ ] pace, x stops"
	tests := []struct {
		name     string
		confirm  string
		w, h     int
		wantZoom bool
	}{
		{"outcome of 3 lines, heading and a row fit", "", 38, 5, false},
		{"outcome of 3 lines, no row left", "", 38, 4, true},
		{"question of 3 lines, no row left", "orders", 45, 4, true},
		{"question of 3 lines, a row left", "orders", 45, 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &demoCtl{c: c, confirm: tt.confirm}
			if tt.confirm == "" {
				d.say(outcome, false)
			}
			if n := d.height(tt.w); n != 3 {
				t.Fatalf("the text takes %d lines at %d cells, the test wants 3", n, tt.w)
			}
			d.fit(tt.w, tt.h)
			if d.zoom != tt.wantZoom {
				t.Errorf("%dx%d: zoom %v, want %v", tt.w, tt.h, d.zoom, tt.wantZoom)
			}
		})
	}
}
