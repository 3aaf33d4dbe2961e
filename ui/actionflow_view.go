package ui

import (
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
		if i != f.focus || f.stage != flowForm {
			v = model.PrintableString(fl.input.Value())
		}
		out = append(out, draw.Clip(st.Dim.Render(label)+" "+v, w))
	}
	if f.help != "" && f.stage == flowForm {
		out = append(out, st.Dim.Render(draw.Clip(f.help, w)))
	}
	switch f.stage {
	case flowForm:
		out = append(out, st.Dim.Render(draw.Clip("enter preview · tab next field · esc cancel", w)))
	case flowWorking:
		out = append(out, st.Dim.Render("working…"))
	case flowConfirm:
		out = append(out, f.previewLines(w, h-len(out)-3)...)
		out = append(out, st.Warn.Render(draw.Clip("type "+model.PrintableString(f.word)+" and enter to "+f.act.String()+"; esc cancels", w)),
			draw.Clip(f.confirm.View(), w))
	case flowDone:
		out = append(out, f.previewLines(w, h-len(out)-4)...)
		out = append(out, st.Dim.Render(draw.Clip("any key closes", w)))
	}
	if f.outcome != "" {
		style := st.Dim
		if f.failed {
			style = st.Err
		} else if f.stage == flowDone {
			style = st.OK
		}
		for _, l := range wrapWords(model.PrintableString(f.outcome), w) {
			out = append(out, style.Render(l))
		}
	}
	if len(out) > h && h > 0 {
		out = out[len(out)-h:] // the outcome and the confirmation matter most
	}
	return out
}

// previewLines is the preview cut to n lines, saying how many are left out.
func (f *actionFlow) previewLines(w, n int) []string {
	n = max(n, 2)
	var out []string
	for i, l := range f.preview {
		if i == n-1 && len(f.preview) > n {
			out = append(out, f.c.Styles.Dim.Render(draw.Clip("… "+plural(len(f.preview)-i, "more line")+" (a taller window shows them)", w)))
			break
		}
		out = append(out, draw.Clip(l, w))
	}
	return out
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
