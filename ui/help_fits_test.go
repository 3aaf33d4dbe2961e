package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// `?` fits one screen for every pane at 80x24 and 200x50, on the demo and
// on a cluster without the views' topics: the box at most 22 rows at
// 80x24, nothing to scroll, each key listed once, and only the panes the
// console shows (ut35-2, ut35-3, ut35-11, ut35-15, ut35-21, ut34b-18).
func TestHelpFitsAndSaysEachKeyOnce(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, cluster := range []string{"demo", "foreign"} {
			for pane := 1; pane <= paneCount; pane++ {
				if cluster == "foreign" && pane <= paneStatus2+1 {
					continue // not on that console's screen
				}
				t.Run(fmt.Sprintf("%s-%d-%dx%d", cluster, pane, size[0], size[1]), func(t *testing.T) {
					a := helpApp(t, cluster, pane, size[0], size[1])
					if a.helpVP.TotalLineCount() > a.helpVP.Height() {
						t.Errorf("help scrolls: %d lines in %d rows:\n%s", a.helpVP.TotalLineCount(), a.helpVP.Height(), screen(a))
					}
					if rows := helpBoxRows(screen(a)); size[0] == 80 && rows > 22 {
						t.Errorf("help takes %d rows at 80x24, want at most 22", rows)
					}
					assertKeysOnce(t, a)
					s := screen(a)
					if cluster == "foreign" && (strings.Contains(s, "1 Series view") || strings.Contains(s, "1 Machines")) {
						t.Errorf("help lists panes 1-3 on a cluster without their views:\n%s", s)
					}
					if strings.Contains(s, "`") { // ut38b-14: a README's quotes printed as they are
						t.Errorf("help prints Markdown backticks:\n%s", s)
					}
					for _, jargon := range []string{"lag.window", "lag.stop_after", "within the window"} {
						if strings.Contains(s, jargon) {
							t.Errorf("help says %q, a config key, not a length:\n%s", jargon, s)
						}
					}
				})
			}
		}
	}
}

// helpApp is an app of cluster ("demo" or "foreign") at w x h with pane's
// help open.
func helpApp(t *testing.T, cluster string, pane, w, h int) *App {
	t.Helper()
	a := testApp(t, w, h)
	if cluster == "foreign" {
		a = foreignApp(t, w, h)
	}
	// As the console in a terminal has them: demo groups and ctrl+z.
	a.c.Demos, a.c.Suspend = &recordingDemos{}, true
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	keys := []string{fmt.Sprint(pane), "?"}
	if pane == paneProduce+1 {
		keys = []string{fmt.Sprint(pane), "esc", "?"} // the form has the keyboard until esc
	}
	press(a, keys...)
	return a
}

// helpBoxRows is how many rows the help's box takes, borders included.
func helpBoxRows(s string) int {
	lines := strings.Split(s, "\n")
	top := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "╭─ keys") })
	bottom := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "╰") })
	return bottom - top + 1
}

// assertKeysOnce fails when a key is listed twice, or the same key label
// twice: help's own esc/? (which closes it) aside, as its keys are the
// help's and not the pane's.
func assertKeysOnce(t *testing.T, a *App) {
	t.Helper()
	seen, labels := map[string]string{}, map[string]bool{}
	for _, g := range a.helpKeys().groups() {
		for _, b := range g {
			h := b.Help()
			if h.Key == "esc/?" {
				continue
			}
			if labels[h.Key] {
				t.Errorf("%q listed twice", h.Key)
			}
			labels[h.Key] = true
			for _, k := range slices.Compact(slices.Sorted(slices.Values(b.Keys()))) {
				if prev, ok := seen[k]; ok {
					t.Errorf("key %q listed as %q and as %q", k, prev, h.Key+" "+h.Desc)
				}
				seen[k] = h.Key + " " + h.Desc
			}
		}
	}
}

// A read-only session's help leaves the writes it refuses out of the key
// list and says once that they are refused (ut34a-22).
func TestHelpSaysRefusedKeysOnce(t *testing.T) {
	for _, tt := range []struct {
		mode    model.ReadOnly
		refused bool
	}{{model.ReadOnlyAdmin, true}, {model.ReadOnlyOff, false}} {
		a := adminApp(t, tt.mode, &recordingAdmin{})
		press(a, "5", "?")
		s := screen(a)
		listed := false
		for _, g := range a.helpKeys().groups() {
			for _, b := range g {
				if b.Help().Key == "o" || b.Help().Key == "D" {
					listed = true
				}
			}
		}
		if listed == tt.refused {
			t.Errorf("%s: o/D listed %v:\n%s", tt.mode, listed, s)
		}
		said := strings.Contains(s, "refused read-only admin: o reset offsets")
		if said != tt.refused {
			t.Errorf("%s: the refusal said %v:\n%s", tt.mode, said, s)
		}
		// Short names only: a key's notes in the comma list read as one
		// more refused item (ut40a-15).
		const whole = "refused read-only admin: o reset offsets, D delete group, O delete group's offsets on topic"
		if said = slices.Contains(a.helpLines(), whole); said != tt.refused {
			t.Errorf("%s: the refusal said %v:\n%s", tt.mode, said, s)
		}
	}
}

// The Log filter's field examples are the fields of the records the Log
// holds, generic where it holds no JSON (ut34b-22: the demo's heat_c on
// any cluster).
func TestLogFilterExamplesFromFieldsSeen(t *testing.T) {
	at := fixedNow
	own := model.Record{Topic: "payments", Time: at, Value: []byte(`{"amount":1200,"currency":"EUR","meta":{"source":"web"}}`)}
	text := model.Record{Topic: "payments", Time: at, Value: []byte("plain text")}
	for _, tt := range []struct {
		recs []model.Record
		want string
	}{
		{[]model.Record{own}, "amount>1200  currency=EUR  meta.source!=web"},
		{[]model.Record{text}, genericFieldExamples},
		{nil, genericFieldExamples},
	} {
		ring := model.NewRing[model.Record](8)
		for _, r := range tt.recs {
			ring.Push(r)
		}
		if got := logFieldExamples(ring); got != tt.want {
			t.Errorf("examples of %d records: %q, want %q", len(tt.recs), got, tt.want)
		}
	}
	a := foreignApp(t, 200, 50)
	writer(a.c).Fold([]model.Record{own}, fixedNow)
	press(a, "6", "?")
	if s := screen(a); !strings.Contains(s, "amount>1200") || strings.Contains(s, "heat_c") {
		t.Errorf("the Log's help does not take its examples from the records read:\n%s", s)
	}
}

// Produce's help lists the form's own keys once: fields, esc, the topic's
// suggestions (ut35-16).
func TestProduceHelpListsTheFormsKeys(t *testing.T) {
	a := helpApp(t, "demo", paneProduce+1, 80, 24)
	s := screen(a)
	for _, want := range []string{"next/previous field while editing", "esc", "stop editing, or a burst", "take the topic suggested", "other topics in the topic field"} {
		if !strings.Contains(s, want) {
			t.Errorf("Produce's help lacks %q:\n%s", want, s)
		}
	}
}
