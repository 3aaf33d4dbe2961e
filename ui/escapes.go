package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// How a record's bytes that are not shown as themselves are drawn (ut19b
// G3): the escape washboard writes for a control byte, a bidi or
// zero-width mark, a lone combining mark or a byte that is not UTF-8
// (model.Escaped) is drawn in the Escape style, and a backslash the
// record itself holds reads \\, so the text \x1b[2J a producer typed
// reads \\x1b[2J and a real escape byte reads \x1b[2J in the style:
// the two differ in colour and without it (NO_COLOR). JSON keeps its
// own escaping (a backslash in a JSON string is already \\); there only
// \xNN, a byte that is not UTF-8, is washboard's.

// escapeStyled draws the escapes washboard wrote in s, safe text that
// may be cut and may hold styles already; json says whether s is JSON
// text (model.EscapeSpans). Its width is s's.
func (st *Styles) escapeStyled(s string, json bool) string {
	return st.escapeSpans([]string{s}, model.EscapeSpans(s, json))[0]
}

// escapeSpans draws spans, byte ranges of the text the lines make when
// joined (a text wrapped into lines without a byte lost or added), in
// the Escape style, an escape wrapped across two lines styled in both.
func (st *Styles) escapeSpans(lines []string, spans []model.Span) []string {
	if len(spans) == 0 {
		return lines
	}
	out := make([]string, len(lines))
	at := 0 // where the line starts in the joined text
	k := 0  // the first span not wholly before the line
	for i, l := range lines {
		end := at + len(l)
		var b strings.Builder
		pos := 0
		for ; k < len(spans) && spans[k].From < end; k++ {
			from, to := max(spans[k].From-at, 0), min(spans[k].To-at, len(l))
			if to > from {
				b.WriteString(l[pos:from])
				b.WriteString(st.escOpen + l[from:to] + st.escClose)
				pos = to
			}
			if spans[k].To > end { // goes on on the next line
				break
			}
		}
		b.WriteString(l[pos:])
		out[i] = b.String()
		at = end
	}
	return out
}

// escText is safe text and where the escapes washboard wrote are in it.
type escText struct {
	text  string
	spans []model.Span
}

// escOf finds the escapes of s, JSON text when json is set.
func escOf(s string, json bool) escText { return escText{s, model.EscapeSpans(s, json)} }

// plainOf is text with no escape of washboard's in it (a label, " = ").
func plainOf(s string) escText { return escText{text: s} }

// then is t followed by u.
func (t escText) then(u escText) escText {
	spans := append([]model.Span(nil), t.spans...)
	for _, s := range u.spans {
		spans = append(spans, model.Span{From: s.From + len(t.text), To: s.To + len(t.text)})
	}
	return escText{t.text + u.text, spans}
}

// wrapEscaped is wrapField for escText: the text wrapped after label,
// continuation lines indented, its escapes styled on every line they
// reach. It breaks as names do or after a space, nothing dropped
// (draw.WrapKeep: a key's `reconc` / `iliation`, a hex byte's `7` / `4`
// were broken at a cell, ut25b R6, R7), or, hard, at the last cell of
// every line (base64, which has no words).
func (st *Styles) wrapEscaped(label string, t escText, w int, hard bool) []string {
	indent := draw.Width(label)
	var parts []string
	if hard {
		parts = strings.Split(ansi.Hardwrap(t.text, max(w-indent, 8), true), "\n")
	} else {
		parts = draw.WrapKeep(t.text, max(w-indent, 8))
	}
	if strings.Join(parts, "") == t.text {
		parts = st.escapeSpans(parts, t.spans)
	} else { // the wrap changed bytes: find each line's escapes on its own
		for i, p := range parts {
			parts[i] = st.escapeStyled(p, false)
		}
	}
	out := []string{label + parts[0]}
	for _, p := range parts[1:] {
		out = append(out, strings.Repeat(" ", indent)+p)
	}
	return out
}
