package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// tightenSparks narrows column col of texts, sparklines all drawn at the
// same width with the newest at the right, to the longest history among
// them (at least least cells), by cutting the blank cells every one of
// them starts with: a short history sits under its heading instead of at
// the far right of a wide screen. It returns the column's new width.
func tightenSparks(texts [][]string, col, least int) int {
	drawn, longest := 0, 0
	for _, r := range texts {
		if col < len(r) {
			drawn = max(drawn, ansi.StringWidth(r[col]))
			longest = max(longest, ansi.StringWidth(strings.TrimLeft(r[col], " ")))
		}
	}
	width := max(longest, least)
	for _, r := range texts {
		if col >= len(r) {
			continue
		}
		if cut := ansi.StringWidth(r[col]) - width; cut > 0 && strings.HasPrefix(r[col], strings.Repeat(" ", cut)) {
			r[col] = r[col][cut:]
		}
	}
	return min(width, max(drawn, least))
}

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
