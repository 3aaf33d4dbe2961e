package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// lostAborted, among what of a Log record the form could not hold
// (model.RecordForm's lost), says the record was one of an aborted
// transaction: the form holds its bytes, but a send is committed, which
// the record never was (ut25b R2).
const lostAborted = "\x00aborted transaction"

// recordForm is a Log record as the Produce form takes it: model.RecordForm,
// with lostAborted among what was left out when the record was aborted.
func recordForm(r *model.Record) (model.Form, []string) {
	f, lost := model.RecordForm(r)
	if r.Aborted {
		lost = append(lost, lostAborted)
	}
	return f, lost
}

// splitAborted takes lostAborted out of lost, saying whether it was there.
func splitAborted(lost []string) ([]string, bool) {
	if !slices.Contains(lost, lostAborted) {
		return lost, false
	}
	return slices.DeleteFunc(slices.Clone(lost), func(w string) bool { return w == lostAborted }), true
}

// abortedNote is the note under a form filled from an aborted
// transaction's record, while it holds that record, or "".
func (p *ProducePane) abortedNote() string {
	if !p.aborted {
		return ""
	}
	return "aborted record (rolled back by its producer): " + p.c.Keys.Send.Help().Key + " asks again before sending it as committed"
}

// abortedShort is the aborted note's short forms (shortNotices).
func abortedShort() []string {
	return []string{"aborted record (rolled back by its producer)", "aborted record", "aborted"}
}

// question is what the next ctrl+s asks a second press for, or "": what
// would make the send other than the form suggests, each problem and then
// what the second press does (ut25b R13: a value left out as not text was
// sent empty on one press; R2: an aborted record was sent as committed;
// a value that is not valid JSON, as before).
func (p *ProducePane) question() string {
	var why, does []string
	if p.jsonErr != "" {
		why, does = append(why, jsonWords(p.jsonErr)), append(does, "anyway")
	}
	if p.aborted {
		why, does = append(why, "the record was aborted (rolled back by its producer)"), append(does, "as a committed record")
	}
	var whats []string
	for _, it := range p.lost {
		whats = append(whats, it.what)
		switch {
		case it.field == fieldValue:
			does = append(does, "with an empty value")
		case it.field == fieldKey:
			does = append(does, "with no key")
		default:
			does = append(does, "without header "+model.PrintableString(strings.TrimPrefix(strings.SplitN(it.what, " (", 2)[0], "header ")))
		}
	}
	if len(whats) > 0 {
		why = append(why, lostNote(whats))
	}
	if len(why) == 0 {
		return ""
	}
	return strings.Join(why, "; ") + "; " + p.c.Keys.Send.Help().Key + " again sends it " + strings.Join(does, ", ")
}

// recordTemplateNote is what of the record was left out (templateNote),
// unless the question ctrl+s asked says it already.
func (p *ProducePane) recordTemplateNote() string {
	if p.confirm {
		return ""
	}
	return p.templateNote()
}

// recordAbortedNote is abortedNote, unless the question ctrl+s asked says
// it already.
func (p *ProducePane) recordAbortedNote() string {
	if p.confirm {
		return ""
	}
	return p.abortedNote()
}
