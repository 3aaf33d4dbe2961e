package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// abortedDetail is the detail's line for a record of an aborted
// transaction: the list marks the row `aborted`, the export writes
// "aborted":true, and the detail says what that means.
const abortedDetail = "aborted: its transaction was aborted, so consumers reading committed records never see it"

// detailMetaCap caps how much of a key or header value the detail view
// escapes; values have their own cap (model.DetailCap).
const detailMetaCap = 4 << 10

// logDetail is the detail view of one record, copied out of the shared
// log when opened: the ring may drop the record while the user reads it.
type logDetail struct {
	rec     model.Record
	earlier bool              // of an earlier log of its partition (model.State.Earlier)
	format  model.ValueFormat // the pane's value format when rendered (issue 10)
	width   int               // the width body was rendered for
	styles  *Styles           // the styles it was rendered with
	body    []string          // rendered when opened and on resize or restyle, not per frame
	top     int               // first body line shown
}

// openDetail opens the selected record (the newest while following).
func (p *LogPane) openDetail() {
	if rec, ok := p.selected(); ok {
		p.detail = &logDetail{rec: rec, format: p.format}
		p.c.Store.Read(func(st *model.State) { p.detail.earlier = st.Earlier(&rec) })
		p.detail.layout(p.c.Styles, p.w)
	}
}

// layout renders the body for width w and styles st when either changed;
// it runs in Update and SetSize, never while drawing.
func (d *logDetail) layout(st *Styles, w int) {
	if d.width != w || d.styles != st || d.body == nil {
		d.width, d.styles, d.body = w, st, d.render(st, w)
	}
}

// selected copies out the selected record (the newest while following).
func (p *LogPane) selected() (model.Record, bool) {
	if rec, ok := p.keptSelected(); ok { // the kept page's record: rolled out of the ring
		return rec, true
	}
	page := p.page()
	var rec model.Record
	found := false
	p.chosen = p.mineOutsideStore()
	p.c.Store.Read(func(st *model.State) {
		p.syncIdx(st)
		v := p.idx.view(st.Log)
		if v.n() > 0 {
			rec, found = st.Log.At(int(v.at(p.window(v, page).cursor)-v.first)), true
		}
	})
	return rec, found
}

func (p *LogPane) detailKey(msg tea.KeyPressMsg) {
	k := p.c.Keys
	if key.Matches(msg, k.Back) || key.Matches(msg, k.Enter) {
		p.detail = nil
		return
	}
	if key.Matches(msg, k.Format) {
		p.format = p.format.Next()
		p.detail.format, p.detail.body = p.format, nil
		p.detail.layout(p.c.Styles, p.w)
		return
	}
	d := p.detail
	page := max(p.h-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		d.top--
	case key.Matches(msg, k.Down):
		d.top++
	case key.Matches(msg, k.PageUp):
		d.top -= page
	case key.Matches(msg, k.PageDown):
		d.top += page
	case key.Matches(msg, k.Top):
		d.top = 0
	case key.Matches(msg, k.Bottom):
		d.top = len(d.body)
	}
	d.top = min(max(d.top, 0), max(len(d.body)-page, 0))
}

// lines is the detail view: a fixed first line naming the record, then
// the scrolled body.
func (d *logDetail) lines(st *Styles, w, h int) []string {
	body := d.body
	if d.width != w || d.styles != st || body == nil { // not laid out yet: draw without keeping it
		body = d.render(st, w)
	}
	r := &d.rec
	at := position(r)
	// The heading is the record's address: whole, the hint in the cells
	// it leaves (shorter, or none; the footer has the keys too). Only an
	// address wider than the pane has its topic cut in the middle (ut18b
	// G16: the hint was kept whole and the address cut).
	addr := model.PrintableString(r.Topic) + at
	if draw.Width(addr) > w {
		addr = strings.TrimRight(fitWhere(model.PrintableString(r.Topic), at, len(at), max(w, len(at)+2), 0), " ")
	}
	hint := ""
	for _, h := range []string{"  esc back · ↑↓ scroll", "  esc back"} {
		if draw.Width(addr)+draw.Width(h) <= w {
			hint = h
			break
		}
	}
	head := st.Accent.Render(addr) + st.Dim.Render(hint)
	page := max(h-1, 1)
	from := min(d.top, max(len(body)-page, 0))
	return append([]string{head}, body[from:min(from+page, len(body))]...)
}

func (d *logDetail) render(st *Styles, w int) []string {
	r := &d.rec
	label := func(s string) string { return st.Dim.Render(draw.Fit(s, 10)) }
	if r.Note != "" { // a note from the tail: the whole of it, at word boundaries
		out := append(wrapName(label("topic"), model.PrintableString(r.Topic), w),
			label("partition")+strconv.Itoa(r.Partition),
			label("time")+timestamp(r),
		)
		for i, l := range draw.WrapHanging(noteTag+model.PrintableString(r.Note), max(w-10, 8)) {
			lab := label("note")
			if i > 0 {
				lab = strings.Repeat(" ", 10)
			}
			out = append(out, lab+st.Warn.Render(l))
		}
		return out
	}
	out := append(wrapName(label("topic"), model.PrintableString(r.Topic), w),
		label("partition")+strconv.Itoa(r.Partition)+st.Dim.Render("   offset ")+strconv.FormatInt(r.Offset, 10),
		label("timestamp")+timestamp(r),
	)
	if r.Aborted { // the list's `aborted` mark and the export's "aborted":true, said here too (ut25b R2)
		for _, l := range draw.Wrap(abortedDetail, max(w-10, 8)) {
			out = append(out, label("")+st.Warn.Render(l))
		}
	}
	if d.earlier {
		for _, l := range draw.Wrap(earlierTag+": its partition's offsets started again since it was read, so another record can have this offset", max(w-10, 8)) {
			out = append(out, label("")+st.Warn.Render(l))
		}
	}
	out = append(out, st.wrapEscaped(label("key"), keyOrNone(r, undecodedFormat(r.KeySchema, d.format)), w, d.format == model.FormatBase64)...)
	out = append(out, schemaLines(st, label, "", r.KeySchema, w)...) // under the key, unlabelled: "key schema" filled the label's 10 cells and ran into its text
	out = append(out, label("headers")+headerCount(len(r.Headers)))
	for _, h := range r.Headers {
		key, _ := model.Escaped([]byte(h.Key))
		text := escOf(key, false).then(plainOf(" = ")).then(escOf(model.BytesOneLineJSON(h.Value, nil, d.format, detailMetaCap)))
		out = append(out, st.wrapEscaped("  ", text, w, d.format == model.FormatBase64)...)
	}
	// The value's bytes follow below in the chosen format, so an
	// undecodable value is not dumped a second time under its error.
	out = append(out, schemaLines(st, label, "schema", r.ValueSchema, w)...)
	var decoded []byte
	if r.ValueSchema != nil {
		decoded = r.ValueSchema.JSON
	}
	value, kind := model.PrettyAs(r.Value, decoded, undecodedFormat(r.ValueSchema, d.format), max(w-2, 8))
	out = append(out,
		label("size")+count(r.WireSize())+" bytes"+st.Dim.Render(" (value "+count(len(r.Value))+")"),
		label("value")+valueKindLine(st, kind, d.format),
	)
	for _, l := range st.valueEscapes(value, kind, d.format) {
		out = append(out, "  "+l)
	}
	return out
}

// valueEscapes styles the escapes in a value's detail lines: text is
// model.Escaped, JSON keeps its own escaping, hex and base64 have none.
func (st *Styles) valueEscapes(lines []string, kind model.ValueKind, f model.ValueFormat) []string {
	text := kind == model.KindText || f == model.FormatText
	if !text && !strings.HasPrefix(string(kind), "JSON") && kind != model.KindDecoded {
		return lines
	}
	return st.escapeSpans(lines, model.EscapeSpans(strings.Join(lines, ""), !text))
}

// wrapName is a labelled name (a topic) that wraps under its label when
// wider than w, at a name boundary as names wrap everywhere (draw.Wrap:
// after a '-', '.', '_' or '/'; ut22b N12: `…-stream-fr` / `om-north-…`
// at a cell): a detail view is where a name is read whole, and wrapping
// never adds a character to it (a topic holds no spaces).
func wrapName(label, name string, w int) []string {
	room := max(w-draw.Width(label), 8)
	parts := draw.Wrap(name, room)
	if len(parts) == 0 {
		parts = []string{""}
	}
	out := []string{label + parts[0]}
	for _, p := range parts[1:] {
		out = append(out, strings.Repeat(" ", draw.Width(label))+p)
	}
	return out
}

func timestamp(r *model.Record) string {
	if r.Time.IsZero() {
		return "none (the record carries timestamp -1)"
	}
	return r.Time.Local().Format("2006-01-02 15:04:05.000 MST")
}

func keyOrNone(r *model.Record, f model.ValueFormat) escText {
	if r.Key == nil {
		return plainOf("∅ null (no key)")
	}
	var decoded []byte
	if r.KeySchema != nil {
		decoded = r.KeySchema.JSON
	}
	return escOf(model.BytesOneLineJSON(r.Key, decoded, f, detailMetaCap))
}

// headerCount says how many headers a record has in words: a bare `0`
// beside `headers` read as a header named 0 (ut42b-25); Produce's form
// says the same state `none`.
func headerCount(n int) string {
	switch n {
	case 0:
		return "none"
	case 1:
		return "1 header"
	}
	return strconv.Itoa(n) + " headers"
}

// wrapField wraps safe text after a label, continuation lines indented.
func wrapField(label, text string, w int) []string {
	indent := draw.Width(label)
	width := max(w-indent, 8)
	parts := strings.Split(ansi.Hardwrap(text, width, true), "\n")
	out := []string{label + parts[0]}
	for _, p := range parts[1:] {
		out = append(out, strings.Repeat(" ", indent)+p)
	}
	return out
}

// valueKindLine says what the value is and, when that is not already the
// format's own name ("text", "hex, 20 bytes", "base64"), how it is shown.
func valueKindLine(st *Styles, kind model.ValueKind, f model.ValueFormat) string {
	if strings.HasPrefix(string(kind), f.String()) {
		return string(kind)
	}
	return string(kind) + st.Dim.Render(" · shown as "+f.String())
}
