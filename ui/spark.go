package ui

import (
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

var sparkLevels = []rune("▁▂▃▄▅▆▇█")

// spark draws the newest width values as a one-line sparkline scaled to
// their maximum. A table row cannot host an ntcharts canvas per line, and
// a run of block characters reads the same.
func spark(vals []int64, width int) string {
	if width <= 0 || len(vals) == 0 {
		return ""
	}
	vals = vals[max(len(vals)-width, 0):]
	var top int64
	for _, v := range vals {
		top = max(top, v)
	}
	var b strings.Builder
	for _, v := range vals {
		lvl := 0
		if top > 0 {
			lvl = int(v * int64(len(sparkLevels)-1) / top)
		}
		b.WriteRune(sparkLevels[lvl])
	}
	return b.String()
}

// lagSpark is the sparkline of a partition's lag samples.
func lagSpark(h *model.Ring[model.Sample], width int) string {
	n := h.Len()
	vals := make([]int64, 0, min(n, width))
	for i := max(n-width, 0); i < n; i++ {
		vals = append(vals, h.At(i).Lag)
	}
	return spark(vals, width)
}

// ringSpark is the sparkline of a ring of totals.
func ringSpark(h *model.Ring[int64], width int) string {
	n := h.Len()
	return spark(h.Slice(nil, n-min(n, width), n), width)
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
