package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/washboard/washboard/model"
)

// filter is a pane's `/` filter: typing narrows the rows live, enter keeps
// the filter, esc drops it. It is per-session state, like the scroll.
type filter struct {
	input  textinput.Model
	typing bool
}

func newFilter() filter {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "key or status"
	in.CharLimit = 1024 // a whole Kafka name: topics run to 249 characters, group ids further (ut24a P23)
	return filter{input: in}
}

// handle takes a key while typing, or `/` and esc otherwise; it reports
// whether the key was the filter's.
func (f *filter) handle(k *KeyMap, msg tea.KeyPressMsg) (bool, tea.Cmd) {
	if f.typing {
		switch {
		case key.Matches(msg, k.Enter):
			f.typing = false
			f.input.Blur()
		case key.Matches(msg, k.Back):
			f.clear()
		default:
			var cmd tea.Cmd
			f.input, cmd = f.input.Update(msg)
			return true, cmd
		}
		return true, nil
	}
	switch {
	case key.Matches(msg, k.Filter):
		f.typing = true
		return true, f.input.Focus()
	case key.Matches(msg, k.Back) && f.input.Value() != "":
		f.clear()
		return true, nil
	}
	return false, nil
}

// help is the footer while the filter has the keyboard: what ends typing.
// The bindings are the key map's own (handle matches them), relabelled.
func (f *filter) help(k *KeyMap) []key.Binding {
	apply, drop := k.Enter, k.Back
	apply.SetHelp(apply.Help().Key, "keep filter")
	drop.SetHelp(drop.Help().Key, "drop filter")
	return []key.Binding{apply, drop}
}

func (f *filter) clear() {
	f.typing = false
	f.input.SetValue("")
	f.input.Blur()
}

// match reports whether any of the texts contains the filter, ignoring case.
func (f *filter) match(texts ...string) bool { return f.matcher()(texts...) }

// matcher is match with the query read and lowered once, for a loop over
// many rows; nil-free: with no filter it matches everything.
func (f *filter) matcher() func(texts ...string) bool {
	q := strings.ToLower(f.input.Value())
	if q == "" {
		return func(...string) bool { return true }
	}
	return func(texts ...string) bool {
		for _, t := range texts {
			if strings.Contains(strings.ToLower(t), q) {
				return true
			}
		}
		return false
	}
}

// note is the filter's part of a pane's border status.
func (f *filter) note() string {
	if v := f.input.Value(); v != "" {
		return "filter " + model.PrintableString(v)
	}
	return ""
}

// setWidth fits the input to a pane w cells wide (on resize, not per frame).
func (f *filter) setWidth(w int) { f.input.SetWidth(max(w-2, 1)) }

// line is the input line shown while typing, w cells wide (inputLine: a
// `…` where the text goes on).
func (f *filter) line(w int) string {
	return inputLine(f.input, lipgloss.NewStyle().Reverse(true), w) // Styles.Selected's look: the pane's styles are not the filter's
}

// naturalKeys is m's keys in natural order (washer-9 before washer-10),
// reusing *order while m holds the same keys: a frame's snapshot runs
// under the store's lock, and sorting names there on every frame was most
// of its cost. The order is rebuilt only when a key came or went.
func naturalKeys[V any](order *[]string, m map[string]V) []string {
	same := len(*order) == len(m)
	for i := 0; same && i < len(*order); i++ {
		_, same = m[(*order)[i]]
	}
	if !same {
		*order = (*order)[:0]
		for k := range m {
			*order = append(*order, k)
		}
		slices.SortFunc(*order, model.NaturalCompare)
	}
	return *order
}
