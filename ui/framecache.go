package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
)

// drawMemo is what a session's last frame was drawn from, so drawing the
// next one skips what did not change: pane boxes come from the BoxCache,
// the footer is drawn again only when the focused pane's keys or the
// width changed, and a frame equal to the last is not a new frame.
type drawMemo struct {
	boxes *BoxCache
	// styles and sig: the styles the boxes were keyed by (styleSig), worked
	// out again only when the session's styles change.
	styles *Styles
	sig    string
	// footerKey and footer: the footer and what it was drawn from.
	footerKey, footer string
	last              string // the last frame drawn
}

// box draws a pane's box through the cache, as its lines: a pane whose
// title, status and lines are those of a box already drawn at this size,
// in these styles, by this session or another, is not drawn (nor split
// into lines) again.
func (a *App) box(title, status string, lines []string, w, h int, focused bool) []string {
	m := &a.draw
	if m.styles != a.c.Styles {
		m.styles, m.sig = a.c.Styles, styleSig(a.c.Styles)
	}
	st := a.c.Styles
	return m.boxes.rows(boxInput{sig: m.sig, title: title, status: status, lines: lines, w: w, h: h, focused: focused},
		func() string { return box(st, title, status, lines, w, h, focused) })
}

// footerMemo returns the footer, drawn again only when what it shows
// changed: the focused pane's keys (bindings, their help, whether they are
// on), the picker, help, the width or the styles.
func (a *App) footerMemo() string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(a.w))
	b.WriteByte(' ')
	b.WriteString(strconv.Itoa(a.focus))
	if a.showHelp { // help's own keys (footer): a memo without it kept the pane's
		b.WriteString(" help")
		if a.helpScrolls() { // its footer offers scrolling only then
			b.WriteString(" scrolls")
		}
	}
	b.WriteString(a.keyNote)
	if a.picker != nil {
		b.WriteString(" picker")
		writeBindings(&b, a.picker.help(a.c.Keys))
	} else {
		if a.panes[a.focus].Capturing() {
			b.WriteString(" capturing")
		}
		writeBindings(&b, a.offered(a.panes[a.focus], a.panes[a.focus].Help())) // what the cursor is on changes what is offered
	}
	if a.draw.styles != a.c.Styles {
		a.draw.styles, a.draw.sig = a.c.Styles, styleSig(a.c.Styles)
	}
	b.WriteString(a.draw.sig)
	k := b.String()
	if k != a.draw.footerKey || a.draw.footer == "" {
		a.draw.footerKey, a.draw.footer = k, a.footer()
	}
	return a.draw.footer
}

func writeBindings(b *strings.Builder, bs []key.Binding) {
	for _, k := range bs {
		b.WriteByte('\x00')
		if !k.Enabled() {
			b.WriteByte('-')
		}
		for _, s := range k.Keys() {
			b.WriteString(s)
			b.WriteByte(',')
		}
		h := k.Help()
		b.WriteString(h.Key)
		b.WriteByte('\x01')
		b.WriteString(h.Desc)
	}
}
