package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
)

// helpShortNoter is a pane whose help notes have a short form, for a
// screen whose help would not fit with the full one (80x24): the same
// things said in fewer lines, or a README section's name for them.
type helpShortNoter interface {
	HelpNotesShort() []string
}

// helpNoteLines is the notes under the keys, a blank line first: the keys
// the session refuses, then the pane's notes (short ones if asked and the
// pane has them), each wrapped under its own text in w cells.
func (a *App) helpNoteLines(refused []key.Binding, short bool, w int) []string {
	var notes []string
	if len(refused) > 0 {
		notes = append(notes, a.refusedNote(refused))
	}
	p := a.panes[a.focus]
	if s, ok := p.(helpShortNoter); ok && short {
		notes = append(notes, s.HelpNotesShort()...)
	} else if n, ok := p.(helpNoter); ok {
		notes = append(notes, n.HelpNotes()...)
	}
	if len(notes) == 0 {
		return nil
	}
	lines := []string{""}
	for _, note := range notes {
		lines = append(lines, hangNote(note, max(w, 20))...)
	}
	return lines
}

// refusedNote says once which of the pane's keys this session refuses,
// in the words the header uses for its mode: `read-only admin: o reset
// offsets, D delete group are refused` (ut34a-22: help offered them and o
// then answered with a refusal). Each key by its short name, without what
// the pane's notes add to it: in a comma list `o reset offsets: preview,
// then type its name, D …` read as if "type its name" were refused too
// (ut40a-15).
func (a *App) refusedNote(refused []key.Binding) string {
	notes := a.paneKeyNotes()
	said := make([]string, len(refused))
	for i, b := range refused {
		desc := b.Help().Desc
		if more, ok := notes[b.Help().Key]; ok {
			desc = strings.TrimSuffix(desc, ": "+more)
		}
		said[i] = b.Help().Key + " " + desc
	}
	why := "in this session"
	if m := a.c.Cluster.ReadOnly; m != model.ReadOnlyOff {
		why = "read-only " + m.String()
	}
	return "refused " + why + ": " + strings.Join(said, ", ")
}
