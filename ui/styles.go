package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles is every style washboard draws with, built once per session.
// Colour is never the only signal: warn and crit also carry markers, so
// the screen reads the same with NO_COLOR (Bubble Tea then drops colours).
type Styles struct {
	Header, HeaderDim, OK, Warn, Crit, Dim, Title, TitleFocused lipgloss.Style
	Border, BorderFocused, Selected, Key, Err, Accent           lipgloss.Style
	// Escape draws the escapes washboard writes for bytes it does not
	// show as themselves (escapes.go): underlined, so it reads without
	// colour too, besides the record's own backslashes shown as \\.
	Escape lipgloss.Style
	// escOpen and escClose are Escape's sequences, rendered once: lipgloss
	// draws an underlined text rune by rune, an escape's every character
	// wrapped in its own sequences.
	escOpen, escClose string
}

// NewStyles builds the styles for a dark or light terminal background.
func NewStyles(dark bool) *Styles {
	choose := lipgloss.LightDark(dark)
	pick := func(light, dark string) lipgloss.Style {
		return lipgloss.NewStyle().Foreground(choose(lipgloss.Color(light), lipgloss.Color(dark)))
	}
	s := &Styles{
		Header:        lipgloss.NewStyle().Bold(true),
		HeaderDim:     pick("#666666", "#9a9a9a"),
		OK:            pick("#1a7f37", "#4ec97a"),
		Warn:          pick("#9a6700", "#e3b341").Bold(true),
		Crit:          pick("#cf222e", "#ff6b6b").Bold(true),
		Dim:           pick("#6e7781", "#8b949e"),
		Title:         pick("#57606a", "#8b949e"),
		TitleFocused:  pick("#0969da", "#58a6ff").Bold(true),
		Border:        pick("#d0d7de", "#3d444d"),
		BorderFocused: pick("#0969da", "#58a6ff"),
		Selected:      lipgloss.NewStyle().Reverse(true),
		Key:           pick("#0969da", "#58a6ff").Bold(true),
		Err:           pick("#cf222e", "#ff6b6b"),
		Accent:        pick("#8250df", "#d2a8ff"),
		Escape:        pick("#bc4c00", "#ffa657").Underline(true),
	}
	s.escOpen, s.escClose = styleEnds(s.Escape)
	return s
}

// styleEnds is the sequences style draws before and after a text.
func styleEnds(style lipgloss.Style) (string, string) {
	const probe = "x"
	open, close, ok := strings.Cut(style.Render(probe), probe)
	if !ok {
		return "", ""
	}
	return open, close
}
