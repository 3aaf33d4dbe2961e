package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// headerPart is one field of the header; when the line is too narrow the
// least important fields go first, so the link's state and the alerts stay
// on screen at any width.
type headerPart struct {
	text string
	rank int // lower is more important
}

// header is the top line: alerts, what washboard is connected to, whether
// that link is healthy, and the total message rate.
func (a *App) header() string {
	st := a.c.Styles
	var conn model.Conn
	var msgRate float64
	var total uint64
	now := a.c.now()
	a.c.Store.Read(func(s *model.State) {
		conn, msgRate, total = s.Conn, s.Rate.Rate(now), s.Rate.Total()
	})
	parts := []headerPart{{st.Header.Render("washboard"), 0}}
	if al := a.alerts(now); al != "" { // what an operator must see
		parts = append(parts, headerPart{al, 0})
	}
	cl := a.c.Cluster
	if cl.Embedded {
		parts = append(parts, headerPart{"embedded demo cluster " + st.Accent.Render(cl.Name), 2},
			headerPart{st.HeaderDim.Render("real cluster: --brokers host:port"), 5})
	} else {
		parts = append(parts, headerPart{"cluster " + st.Accent.Render(model.PrintableString(cl.Name)), 2})
	}
	switch conn.State {
	case "connected":
		parts = append(parts, headerPart{st.OK.Render("● connected"), 1})
	case "error":
		parts = append(parts, headerPart{st.Crit.Render("✖ " + model.PrintableString(conn.Err)), 0})
	default:
		parts = append(parts, headerPart{st.Warn.Render("○ connecting"), 1})
	}
	parts = append(parts, headerPart{rate(msgRate) + " " + st.HeaderDim.Render(count(total)+" msgs"), 3})
	if cl.ReadOnly {
		parts = append(parts, headerPart{st.Warn.Render("read-only"), 1})
	}
	if cl.Notice != "" {
		parts = append(parts, headerPart{st.Warn.Render(cl.Notice), 4})
	}
	return model.Clip(fitParts(parts, st.HeaderDim.Render(" │ "), a.w), a.w)
}

// fitParts joins the parts, dropping the least important ones (highest
// rank, rightmost first) until the line fits in w cells.
func fitParts(parts []headerPart, sep string, w int) string {
	for {
		texts := make([]string, len(parts))
		worst := -1
		for i, p := range parts {
			texts[i] = p.text
			if p.rank > 0 && (worst < 0 || p.rank >= parts[worst].rank) {
				worst = i
			}
		}
		line := strings.Join(texts, sep)
		if ansi.StringWidth(line) <= w || worst < 0 {
			return line
		}
		parts = append(parts[:worst:worst], parts[worst+1:]...)
	}
}
