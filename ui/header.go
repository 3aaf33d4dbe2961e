package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
)

// header is the top line: what washboard is connected to, whether that
// link is healthy, and the total message rate.
func (a *App) header() string {
	st := a.c.Styles
	var conn model.Conn
	var msgRate float64
	var total uint64
	now := a.c.now()
	a.c.Store.Read(func(s *model.State) {
		conn, msgRate, total = s.Conn, s.Rate.Rate(now), s.Rate.Total()
	})
	parts := []string{st.Header.Render("washboard")}
	if al := a.alerts(now); al != "" { // first: what an operator must see
		parts = append(parts, al)
	}
	cl := a.c.Cluster
	if cl.Embedded {
		parts = append(parts, "embedded demo cluster "+st.Accent.Render(cl.Name)+st.HeaderDim.Render(" (real cluster: --brokers host:port)"))
	} else {
		parts = append(parts, "cluster "+st.Accent.Render(model.PrintableString(cl.Name)))
	}
	switch conn.State {
	case "connected":
		parts = append(parts, st.OK.Render("● connected"))
	case "error":
		parts = append(parts, st.Crit.Render("✖ "+model.PrintableString(conn.Err)))
	default:
		parts = append(parts, st.Warn.Render("○ connecting"))
	}
	parts = append(parts, rate(msgRate)+" "+st.HeaderDim.Render(count(total)+" msgs"))
	if cl.ReadOnly {
		parts = append(parts, st.Warn.Render("read-only"))
	}
	if cl.Notice != "" {
		parts = append(parts, st.Warn.Render(cl.Notice))
	}
	return model.Clip(strings.Join(parts, st.HeaderDim.Render(" │ ")), a.w)
}
