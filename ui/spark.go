package ui

import (
	"time"

	"github.com/washboard/washboard/model"
)

// etaText is lag as time: how long the consumer needs to drain it at its
// current rate. "-" is no lag, "∞" a consumer that is not moving.
func etaText(d time.Duration) string {
	switch {
	case d == 0:
		return "-"
	case d < 0:
		return "∞"
	case d < time.Second:
		return "<1s"
	}
	return "~" + model.Elapsed(d)
}

// behindText is lag as time: the age of the record at the committed
// offset; ">" when it is older than the watermark history washboard keeps.
func behindText(d time.Duration, atLeast bool) string {
	if d <= 0 {
		return "-"
	}
	s := "<1s"
	if d >= time.Second {
		s = model.Elapsed(d)
	}
	if atLeast {
		return ">" + s
	}
	return s
}

// healthCell is the health word, coloured and never colour alone.
func (st *Styles) healthCell(h model.Health) string {
	switch h {
	case model.HealthNew:
		return st.Dim.Render(h.String())
	case model.HealthOK:
		return st.OK.Render(h.String())
	case model.HealthWarn:
		return st.Warn.Render(h.String())
	}
	return st.Crit.Render(h.String())
}
