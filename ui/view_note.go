package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// paneNote is an outcome said at the top of one pane until the next key:
// what v (enter, ctrl+s) did, said in the view's pane, which takes the
// focus and may take Topics' place on screen (ut24a P6: ctrl+s saved a
// view without a word on screen; P10: an edit of a running view, not
// applied until the next start, said nothing).
type paneNote struct {
	pane int
	text string
	bad  bool // a failure, drawn as a warning
}

// over puts the note, wrapped whole, above the pane's lines in a w x h
// box: the pane's last lines make room for it while it is read.
func (n paneNote) over(st *Styles, pane int, lines []string, w, h int) []string {
	if n.text == "" || n.pane != pane || w <= 0 || h <= 0 {
		return lines
	}
	wrapped := draw.Wrap(model.PrintableString(n.text), max(w, 8))
	style := st.Dim
	if n.bad {
		style = st.Warn
	}
	out := make([]string, 0, h)
	for _, l := range wrapped {
		out = append(out, style.Render(l))
	}
	out = append(out, lines...)
	return out[:min(len(out), h)]
}

// noticeIn is notice fitted to h rows: a sentence that does not fit is
// said by its first clause (up to " · "), and one still too long ends its
// last row with "…", so what a small box shows reads as cut, never as a
// sentence stopping mid-way (ut24a P7: `rider-updates is not on this` /
// `cluster · [[view]] in the` in a two-row box at 80x24).
func noticeIn(st *Styles, text string, w, h int) []string {
	lines := notice(st, text, w)
	if h <= 0 || len(lines) <= h {
		return lines
	}
	if first, _, ok := strings.Cut(text, " · "); ok {
		if short := notice(st, first, w); len(short) <= h {
			return short
		}
		text = first
	}
	plain := draw.Wrap(text, max(w, 8))[:h]
	plain[h-1] = strings.TrimRight(ansi.Truncate(plain[h-1], max(w, 8)-1, ""), " ") + "…"
	out := make([]string, h)
	for i, l := range plain {
		out[i] = st.Dim.Render(l)
	}
	return out
}
