package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// lines draws the flow in w x h.
func (f *actionFlow) lines(w, h int) []string {
	st := f.c.Styles
	out := []string{st.Accent.Render(draw.Clip(model.PrintableString(f.title), w))}
	for i, fl := range f.fields {
		label := draw.Fit(fl.label, 12)
		v := fl.input.View()
		focused := i == f.focus && f.stage == flowForm
		switch {
		case fl.input.Value() == "" && fl.input.Placeholder != "":
			// empty reads as empty: the cursor before a dimmed hint, never
			// a reverse-video letter of the hint that looks like a value
			v = st.Dim.Render(fl.input.Placeholder)
			if focused {
				v = st.Selected.Render(" ") + v
			}
		case !focused:
			v = model.PrintableString(fl.input.Value())
		}
		out = append(out, draw.Clip(st.Dim.Render(label)+" "+v, w))
	}
	if f.help != "" && f.stage == flowForm {
		out = append(out, st.Dim.Render(draw.Clip(f.help, w)))
	}
	var outcome []string
	if f.outcome != "" {
		style := st.Dim
		if f.failed {
			style = st.Err
		} else if f.stage == flowDone {
			style = st.OK
		}
		for _, l := range wrapWords(model.PrintableString(f.outcome), w) {
			outcome = append(outcome, style.Render(l))
		}
	}
	switch f.stage {
	case flowForm:
		out = append(out, st.Dim.Render(draw.Clip("enter preview · tab next field · esc cancel", w)))
		out = append(out, outcome...)
	case flowWorking:
		out = append(out, st.Dim.Render("working…"))
		out = append(out, outcome...)
	case flowConfirm:
		// the prompt, the input and any complaint always show; the preview
		// gets the rows left
		out = append(out, f.previewLines(w, h-len(out)-2-len(outcome))...)
		out = append(out, st.Warn.Render(draw.Clip("type "+quote(f.word)+" and enter to "+f.act.String()+"; esc cancels", w)),
			draw.Clip(f.confirm.View(), w))
		out = append(out, outcome...)
	case flowDone:
		out = append(out, f.previewLines(w, h-len(out)-1-len(outcome))...)
		out = append(out, outcome...)
		out = append(out, st.Dim.Render(draw.Clip("any key closes", w)))
	}
	if len(out) > h && h > 0 {
		out = out[len(out)-h:] // the outcome and the confirmation matter most
	}
	return out
}

// quote is a name as prompts show it: printable, in quotes.
func quote(s string) string { return "\"" + model.PrintableString(s) + "\"" }

// previewLines is the preview in n lines: its last line (the total, or
// what is at stake) always shows; the rest scrolls (f.scroll, moved by
// up/down/pgup/pgdn) with a line saying what is above and below.
func (f *actionFlow) previewLines(w, n int) []string {
	p := f.preview
	if len(p) <= n || len(p) < 2 {
		out := make([]string, 0, len(p))
		for _, l := range p {
			out = append(out, draw.Clip(l, w))
		}
		return out
	}
	n = max(n, 3)
	body, tail := p[:len(p)-1], p[len(p)-1]
	rows := n - 2 // the marker and the tail
	from := min(max(f.scroll, 0), len(body)-rows)
	var out []string
	for _, l := range body[from : from+rows] {
		out = append(out, draw.Clip(l, w))
	}
	above, below := from, len(body)-from-rows
	out = append(out, f.c.Styles.Dim.Render(draw.Clip(fmt.Sprintf("… %d above, %d below (↑/↓ pgup/pgdn scroll)", above, below), w)))
	return append(out, draw.Clip(tail, w))
}

// wrapWords breaks s into lines of at most w cells at spaces.
func wrapWords(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) <= w:
			line += " " + word
		default:
			out = append(out, draw.Clip(line, w))
			line = word
		}
	}
	if line != "" {
		out = append(out, draw.Clip(line, w))
	}
	return out
}

// flowHelp is the footer while an action flow has the keys.
func flowHelp(k *KeyMap) []key.Binding {
	enter, next, back := k.Enter, k.NextField, k.Back
	enter.SetHelp(enter.Help().Key, "preview / confirm")
	next.SetHelp(next.Help().Key, "next field")
	back.SetHelp(back.Help().Key, "cancel")
	return []key.Binding{enter, next, back}
}

// footer is the flow's footer for its stage: the form's keys, scrolling
// and cancel while confirming, "any key closes" on the outcome.
func (f *actionFlow) footer(k *KeyMap) []key.Binding {
	switch f.stage {
	case flowDone:
		return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("any key", "close"))}
	case flowConfirm, flowWorking:
		back := k.Back
		back.SetHelp(back.Help().Key, "cancel")
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
			key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("↑/↓ pgdn", "scroll preview")), back}
	}
	return flowHelp(k)
}

// flowHost is a pane that can hold an action flow.
type flowHost interface{ flowOpen() bool }

func (h *actionHost) flowOpen() bool { return h.flow != nil }

// zoomForFlow zooms the focused pane while an action flow is open in it,
// so its form, preview and confirmation have the screen, and unzooms when
// the flow closes (unless the user had zoomed already).
func (a *App) zoomForFlow() {
	fh, ok := a.panes[a.focus].(flowHost)
	open := ok && fh.flowOpen()
	switch {
	case open && !a.zoom:
		a.zoom, a.autoZoom = true, true
		a.resize()
	case !open && a.autoZoom:
		a.zoom, a.autoZoom = false, false
		a.resize()
	}
}
