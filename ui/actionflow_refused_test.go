package ui

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// refusingAdmin previews as recordingAdmin does and refuses every write,
// as a broker refuses one (INVALID_REPLICATION_FACTOR, NON_EMPTY_GROUP, …).
type refusingAdmin struct{ *recordingAdmin }

var errBrokerRefused = errors.New("INVALID_REPLICATION_FACTOR: Replication factor is below 1 or larger than the number of available brokers.")

func (r refusingAdmin) refuse(call string) error { r.note(call); return errBrokerRefused }
func (r refusingAdmin) ApplyReset(_ context.Context, p model.ResetPlan, _ string) error {
	return r.refuse("apply " + p.Group)
}
func (r refusingAdmin) DeleteGroup(_ context.Context, g, _ string) error {
	return r.refuse("delete group " + g)
}
func (r refusingAdmin) DeleteOffsets(_ context.Context, g, t string) (int, error) {
	return 0, r.refuse("delete offsets " + g + " " + t)
}
func (r refusingAdmin) CreateTopic(_ context.Context, s model.TopicSpec) error {
	return r.refuse("create " + s.Name)
}
func (r refusingAdmin) AddPartitions(_ context.Context, t string, _ int32) error {
	return r.refuse("partitions " + t)
}
func (r refusingAdmin) SetTopicConfig(_ context.Context, t, n, _ string) (string, string, error) {
	return "", "", r.refuse("set " + t + " " + n)
}
func (r refusingAdmin) DeleteTopic(_ context.Context, t string) error {
	return r.refuse("delete topic " + t)
}

// openFlow is the action flow open in the focused pane, or nil.
func openFlow(a *App) *actionFlow {
	switch p := a.panes[a.focus].(type) {
	case *GroupsPane:
		return p.acts.flow
	case *PartitionsPane:
		return p.acts.flow
	}
	return nil
}

// flowActions are every operator action, from the pane's key to the
// confirmation typed (without its enter); form says whether it has one.
var flowActions = []struct {
	name string
	keys []string
	word string
	form bool
}{
	{"C", []string{"4", "C", "type:payments-chargeback", "tab", "type:4", "tab", "type:5", "tab", "type:retention.ms=2h", "enter"}, "payments-chargeback", true},
	{"A", []string{"4", "A", "type:5", "enter"}, "orders", true},
	{"E", []string{"4", "E", "type:segment.ms", "tab", "type:1h", "enter"}, "orders", true},
	{"D topic", []string{"4", "D"}, "orders", false},
	{"o", []string{"5", "o", "type:earliest", "enter"}, "audit", true},
	{"O", []string{"5", "O", "enter"}, "audit", true},
	{"D group", []string{"5", "D"}, "audit", false},
}

// After a refused write every action offers a key back to what was typed,
// and the outcome says it: esc goes back to the form with every field as
// typed (the refusal kept under it), or, for an action without a form,
// to its confirmation read again with the name typed; any other key
// closes. ut27 T5: C's refusal said "any key closes" and C opened empty.
func TestRefusedWriteGoesBackToWhatWasTyped(t *testing.T) {
	for _, tc := range flowActions {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, refusingAdmin{rec})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, tc.keys...)
			f := openFlow(a)
			if f == nil || f.stage != flowConfirm {
				t.Fatalf("%v did not reach the confirmation:\n%s", tc.keys, screen(a))
			}
			typed := f.values()
			act(a, "type:"+tc.word, "enter")
			s := screen(a)
			back, footer := "esc goes back to the form with what you typed; any other key closes", "esc back to form"
			if !tc.form {
				back, footer = "esc goes back to the confirmation with what you typed; any other key closes", "esc back to confirmation"
			}
			flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
			if !strings.Contains(flat, "INVALID_REPLICATION_FACTOR") || !strings.Contains(flat, back) {
				t.Fatalf("the refusal does not say %q:\n%s", back, s)
			}
			if !strings.Contains(ansi.Strip(a.footer()), footer) {
				t.Fatalf("footer %q does not offer %q", ansi.Strip(a.footer()), footer)
			}
			act(a, "esc")
			f = openFlow(a)
			if f == nil {
				t.Fatalf("esc closed the refusal:\n%s", screen(a))
			}
			if tc.form {
				if f.stage != flowForm || !slices.Equal(f.values(), typed) {
					t.Fatalf("esc: stage %d with %q, want the form with %q:\n%s", f.stage, f.values(), typed, screen(a))
				}
				if !strings.Contains(screen(a), "INVALID_REPLICATION_FACTOR") {
					t.Fatalf("the form does not say why it is back:\n%s", screen(a))
				}
				act(a, "enter") // the preview again, then the name again
			} else if f.stage != flowConfirm || f.confirm.Value() != tc.word {
				t.Fatalf("esc: stage %d with %q typed, want the confirmation with %q:\n%s", f.stage, f.confirm.Value(), tc.word, screen(a))
			}
			if tc.form {
				act(a, "type:"+tc.word)
			}
			writes := len(rec.calls)
			act(a, "enter")
			if len(rec.calls) <= writes {
				t.Fatalf("enter at the confirmation wrote nothing again: %v\n%s", rec.calls, screen(a))
			}
			act(a, "x") // any other key closes
			if openFlow(a) != nil {
				t.Fatalf("x did not close the refusal:\n%s", screen(a))
			}
		})
	}
}

// esc at a confirmation is said in one set of words on one screen: "esc
// goes back to the form" where the action has a form, "esc cancels"
// where it has none, in the prompt, in the complaint about a wrong name
// and in the footer. ut27 T10: D's prompt said "esc cancels" and its
// complaint "or esc to go back".
func TestEscIsSaidOneWayAtAConfirmation(t *testing.T) {
	esc := regexp.MustCompile(`esc( [a-z]+){1,5}`)
	for _, tc := range flowActions {
		t.Run(tc.name, func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, tc.keys...)
			act(a, "type:"+tc.word+"-wrong", "enter")
			s := screen(a)
			box := s[:strings.LastIndex(s, "\n")] // the footer is checked on its own, in its words
			flat := strings.Join(strings.Fields(strings.ReplaceAll(box, "│", " ")), " ")
			if !strings.Contains(flat, "exactly to confirm") {
				t.Fatalf("a wrong name is not complained about:\n%s", s)
			}
			want, footer := "esc goes back to the form", "esc back to form"
			if !tc.form {
				want, footer = "esc cancels", "esc cancel"
			}
			said := esc.FindAllString(flat, -1)
			if len(said) < 2 {
				t.Fatalf("esc is said %d times, want in the prompt and the complaint:\n%s", len(said), s)
			}
			for _, w := range said {
				if !strings.HasPrefix(w, want) {
					t.Errorf("%q on a screen whose esc is %q:\n%s", w, want, s)
				}
			}
			if f := ansi.Strip(a.footer()); !strings.Contains(f, footer) {
				t.Errorf("footer %q, want %q", f, footer)
			}
		})
	}
}

// Every field of every form, empty, shows a hint worded as one ("e.g. …"
// or "empty: …"): the action forms' and Produce's. ut27 T6: C's name and
// Produce's schema (and key, headers, value) were blank when empty.
func TestEveryEmptyFieldShowsAHint(t *testing.T) {
	hint := regexp.MustCompile(`(e\.g\. |empty: )\S`)
	for _, tc := range flowActions {
		if !tc.form {
			continue
		}
		opened := tc.keys[:2]
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		act(a, opened...)
		f := openFlow(a)
		if f == nil {
			t.Fatalf("%v opened no form", opened)
		}
		for i := range f.fields {
			act(a, "ctrl+u") // empty it (a prefilled value too)
			label := f.fields[f.focus].label
			if f.fields[f.focus].input.Value() != "" {
				t.Fatalf("%s %s: ctrl+u left %q", tc.name, label, f.fields[f.focus].input.Value())
			}
			row := ""
			for _, l := range strings.Split(screen(a), "\n") {
				if strings.Contains(l, "▸"+label) {
					row = l
				}
			}
			if !hint.MatchString(row) {
				t.Errorf("%s: field %d (%s) empty shows no hint: %q", tc.name, i, label, row)
			}
			act(a, "tab")
		}
	}
	for _, registry := range []bool{false, true} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			a, p, _ := produceApp(t, size[0], size[1])
			if registry {
				a.c.Schemas = &fakeSchemas{}
			}
			do(a, "7", "enter")
			for range fieldN {
				i := p.active
				if i == fieldSchema && !registry {
					t.Fatalf("tab reached the schema field without a registry")
				}
				do(a, "ctrl+u") // a one-line field: empty
				if isArea(i) {
					p.areas[i].SetValue("") // a text area: emptied as select-all and delete would
				}
				if p.value(i) != "" {
					t.Fatalf("field %s not emptied: %q", fieldLabels[i], p.value(i))
				}
				s := screen(a)
				if i == fieldCount || i == fieldRate {
					if !strings.Contains(s, "▸"+fieldLabels[i]) || !hint.MatchString(s[strings.Index(s, "burst"):]) {
						t.Errorf("%dx%d registry %v: empty %s shows no hint:\n%s", size[0], size[1], registry, fieldLabels[i], s)
					}
				} else if !regexp.MustCompile(`▸` + regexp.QuoteMeta(fieldLabels[i]) + ` +(e\.g\. |empty: )\S`).MatchString(s) {
					t.Errorf("%dx%d registry %v: empty %s shows no hint:\n%s", size[0], size[1], registry, fieldLabels[i], s)
				}
				do(a, "tab")
			}
		}
	}
}

// configAdmin reads a config the topic does not set (Kafka's default).
type configAdmin struct{ *recordingAdmin }

func (r configAdmin) TopicConfig(_ context.Context, t, n string) (model.ConfigRead, error) {
	return model.ConfigRead{Value: "604800000", Set: true, Default: "604800000", DefaultSet: true, DefaultFrom: "Kafka's default"},
		r.note("describe " + t + " " + n)
}

// An edit that changes nothing asks for no typed name: E emptying a config
// the topic does not set, or typing the value it already sets, is said in
// the form (enter and esc then do what they do there), as o's reset that
// moves nothing is. ut27: E previewed "→ unchanged: the topic does not
// set it (Kafka's default)" and still asked for the topic's name.
func TestEditConfigThatChangesNothingAsksNoName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		admin func(*recordingAdmin) Admin
		keys  []string
		want  string
	}{
		{"emptied, not set on the topic", func(r *recordingAdmin) Admin { return configAdmin{r} }, []string{"4", "E", "enter"},
			`nothing to change: "orders" does not set retention.ms: it stays 7d (604800000), Kafka's default`},
		{"the value it already has", func(r *recordingAdmin) Admin { return r }, []string{"4", "E", "tab", "type:1m", "enter"},
			`nothing to change: retention.ms on "orders" is already 1m (60000)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, tc.admin(rec))
			a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			act(a, tc.keys...)
			s := screen(a)
			flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
			if f := openFlow(a); f == nil || f.stage != flowForm || !strings.Contains(flat, tc.want) || strings.Contains(s, `type "orders"`) {
				t.Fatalf("want the form saying %q and no typed name asked:\n%s", tc.want, s)
			}
			act(a, "type:orders", "enter")
			for _, c := range rec.calls {
				if strings.HasPrefix(c, "set") {
					t.Fatalf("wrote %q", c)
				}
			}
		})
	}
}

// A size E leaves as it is is said in the detail's units (ut33: `it stays
// 8388608` where the detail says `8 MiB (8388608)`).
func TestEditConfigSaysASizeInUnits(t *testing.T) {
	read := model.ConfigRead{Value: "8388608", Set: true, Default: "8388608", DefaultSet: true, DefaultFrom: "the broker's own setting"}
	got := configUnchanged("archive", "retention.bytes", "", read)
	if want := "it stays 8 MiB (8388608), the broker's own setting"; !strings.HasSuffix(got, want) {
		t.Errorf("%q, want it to end %q", got, want)
	}
}
