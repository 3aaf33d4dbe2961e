package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// sparkInts draws counts such as lag as a one-line sparkline from zero,
// with the same drawer as the view panes (sparkline.go).
func sparkInts(vals []int64, width int) string {
	data := make([]float64, len(vals))
	for i, v := range vals {
		data[i] = float64(v)
	}
	var s spark
	return s.counts(data, width)
}

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

// lagSpark is the sparkline of a partition's lag samples.
func lagSpark(h *model.Ring[model.Sample], width int) string {
	n := h.Len()
	vals := make([]int64, 0, min(n, width))
	for i := max(n-width, 0); i < n; i++ {
		vals = append(vals, h.At(i).Lag)
	}
	return sparkInts(vals, width)
}

// ringSpark is the sparkline of a ring of totals.
func ringSpark(h *model.Ring[int64], width int) string {
	n := h.Len()
	return sparkInts(h.Slice(nil, n-min(n, width), n), width)
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
	base := time.Unix(0, 0)
	return "~" + age(base.Add(d), base)
}

// behindText is lag as time: the age of the record at the committed
// offset; ">" when it is older than the watermark history washboard keeps.
func behindText(d time.Duration, atLeast bool) string {
	if d <= 0 {
		return "-"
	}
	base := time.Unix(0, 0)
	s := age(base.Add(d), base)
	if s == "now" {
		s = "<1s"
	}
	if atLeast {
		return ">" + s
	}
	return s
}

// healthCell is the health word, coloured and never colour alone.
func (st *Styles) healthCell(h model.Health) string {
	switch h {
	case model.HealthOK:
		return st.OK.Render(h.String())
	case model.HealthWarn:
		return st.Warn.Render(h.String())
	}
	return st.Crit.Render(h.String())
}
