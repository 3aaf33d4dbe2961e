package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// lostItem is a part of a Log record the form could not hold
// (model.RecordForm: "value (control byte \x1b)"), the field it would
// have been in, and what that field held when the record filled the form.
type lostItem struct {
	what  string
	field int
	given string
}

// lostItems is what model.RecordForm left out of form f, each with its field.
func lostItems(lost []string, f model.Form) []lostItem {
	var out []lostItem
	for _, w := range lost {
		it := lostItem{what: w, field: fieldValue, given: f.Value}
		switch {
		case w == "key" || strings.HasPrefix(w, "key "):
			it.field, it.given = fieldKey, f.Key
		case strings.HasPrefix(w, "header "):
			it.field, it.given = fieldHeaders, f.Headers
		}
		out = append(out, it)
	}
	return out
}

// templateNote says what of a Log record could not become the form, for
// the fields that still hold what the record gave them: a field edited
// since (a value typed where the record's could not go) takes its part of
// the note away, for good (ut22b N9: `not text, left out: value (control
// byte \x1b)` stayed under a value typed after R).
func (p *ProducePane) templateNote() string {
	var whats []string
	for _, it := range p.lost {
		whats = append(whats, it.what)
	}
	return lostNote(whats)
}

// dropLost forgets what was left out of the fields edited since the
// record filled the form (changed).
func (p *ProducePane) dropLost() {
	p.lost = slices.DeleteFunc(p.lost, func(it lostItem) bool { return p.value(it.field) != it.given })
}
