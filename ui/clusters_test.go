package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

func TestClusterPicker(t *testing.T) {
	tests := []struct {
		name     string
		profiles []string
		keys     []string
		open     bool   // the picker is open after the keys
		switchTo string // what the program quits for
	}{
		{"c opens it", []string{"alpha", "beta"}, []string{"c"}, true, ""},
		{"nothing to switch to: c says so", []string{"alpha"}, []string{"c"}, true, ""},
		{"no profiles (ad hoc): c says so", nil, []string{"c"}, true, ""},
		{"esc closes the note", nil, []string{"c", "esc"}, false, ""},
		{"down and enter pick the next", []string{"alpha", "beta", "gamma"}, []string{"c", "down", "enter"}, false, "beta"},
		{"G jumps to the last", []string{"alpha", "beta", "gamma"}, []string{"c", "G", "enter"}, false, "gamma"},
		{"the cursor stops at the ends", []string{"alpha", "beta"}, []string{"c", "up", "up", "enter"}, false, ""},
		{"enter on the current one just closes", []string{"alpha", "beta"}, []string{"c", "enter"}, false, ""},
		{"esc closes without switching", []string{"alpha", "beta"}, []string{"c", "down", "esc"}, false, ""},
		{"q closes the picker, not the console", []string{"alpha", "beta"}, []string{"c", "q"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testApp(t, 120, 30)
			for _, n := range tt.profiles {
				a.c.Cluster.Profiles = append(a.c.Cluster.Profiles, Profile{Name: n, About: n + "-1:9092 · plaintext"})
			}
			a.c.Cluster.Profile = "alpha"
			var last tea.Cmd
			for _, k := range tt.keys {
				_, last = a.Update(keyPress(k))
			}
			if (a.picker != nil) != tt.open || a.SwitchTo() != tt.switchTo {
				t.Fatalf("picker open %v, switch to %q; want %v, %q", a.picker != nil, a.SwitchTo(), tt.open, tt.switchTo)
			}
			quits := last != nil && isQuit(last())
			if quits != (tt.switchTo != "") {
				t.Fatalf("the last key quits: %v; want %v", quits, tt.switchTo != "")
			}
			if tt.open && len(tt.profiles) < 2 {
				s := screen(a)
				if !strings.Contains(s, "no other clusters configured: see [[cluster]] in") || !strings.Contains(s, "config.example.toml") {
					t.Fatalf("c with nothing to switch to says nothing:\n%s", s)
				}
				return
			}
			if tt.open {
				s := screen(a)
				for _, want := range []string{"clusters", "● alpha  alpha-1:9092 · plaintext", "beta   beta-1:9092", "enter switch"} {
					if !strings.Contains(s, want) {
						t.Fatalf("picker lacks %q:\n%s", want, s)
					}
				}
			}
		})
	}
}

func isQuit(msg tea.Msg) bool {
	_, ok := msg.(tea.QuitMsg)
	return ok
}

// The header counts SSH viewers and warns about unverified TLS.
func TestHeaderViewersAndInsecure(t *testing.T) {
	a := testApp(t, 200, 30)
	a.c.Cluster.Viewers = func() int { return 3 }
	a.c.Cluster.Insecure = true
	a.rev++
	h := strings.SplitN(screen(a), "\n", 2)[0]
	if !strings.Contains(h, "3 viewers") || !strings.Contains(h, "⚠ tls unverified") {
		t.Fatalf("header %q lacks the viewer count or the TLS warning", h)
	}
}

// Back on the old cluster after a failed switch, the picker is open and
// says why.
func TestPickerOpensWithTheSwitchError(t *testing.T) {
	c := &Common{
		Ctx: context.Background(), Store: testStore(t), Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "a", Profile: "alpha", Profiles: []Profile{{Name: "alpha"}, {Name: "beta"}},
			SwitchError: "could not switch to beta: sasl password file: open /nope: no such file or directory"},
	}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	s := screen(a)
	if a.picker == nil || !strings.Contains(s, "could not switch to beta: sasl") || !strings.Contains(s, "no such file or directory") {
		t.Fatalf("the picker does not say why the switch failed:\n%s", s)
	}
}

// The open picker's footer shows its own keys, not the pane's; over SSH,
// c says switching is the operator's.
func TestPickerFooterAndServeNote(t *testing.T) {
	a := testApp(t, 120, 30)
	a.c.Cluster.Profiles = []Profile{{Name: "alpha"}, {Name: "beta"}}
	a.c.Cluster.Profile = "alpha"
	a.Update(keyPress("c"))
	lines := strings.Split(screen(a), "\n")
	footer := lines[len(lines)-1]
	if !strings.Contains(footer, "enter switch") || !strings.Contains(footer, "esc close") || strings.Contains(footer, "zoom") {
		t.Fatalf("the picker's footer is %q", footer)
	}

	b := testApp(t, 120, 30)
	b.c.Cluster.Viewers = func() int { return 1 }
	b.Update(keyPress("c"))
	if s := screen(b); !strings.Contains(s, "switching clusters is not offered over ssh") {
		t.Fatalf("c over ssh says nothing:\n%s", s)
	}
}
