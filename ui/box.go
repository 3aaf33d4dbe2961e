package ui

import "github.com/washboard/washboard/ui/draw"

// box draws a pane's bordered box in the session's styles (draw.Box).
func box(st *Styles, title, status string, lines []string, w, h int, focused bool) string {
	return draw.Box(draw.BoxStyles{Border: st.Border, BorderFocused: st.BorderFocused, Title: st.Title,
		TitleFocused: st.TitleFocused, Dim: st.Dim}, title, status, lines, w, h, focused)
}
