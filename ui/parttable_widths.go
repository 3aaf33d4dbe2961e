package ui

import (
	"strconv"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// partNumW is the widest cell of each column over the whole
// Partitions list (every row the pane holds, not the page, and the
// filter aside): the leader, the watermarks, the committed offset, the
// rate, the lag in its short form (aheadShort), the health, behind and
// eta, as cells writes them. The table sizes those columns from it (then
// holds the figures to their digit group), and judges from it whether a
// column is blank, so a page of 3-digit offsets and one of 5-digit ones
// lay the table out alike, and paging, the cursor moving or a filter
// typed changes no column, heading or width (ut22b N14: paging from
// small to large offsets dropped the leader and eta and widened the
// names; ut26 S2, S8: a filter changed the columns, `commit` and
// `committed`, `history` and `lag history`).
type partNumW struct {
	leader, low, high, committed, rate int
	lagShort, health, behind, eta      int
	// partHigh is the widest partition's high watermark: a committed
	// offset is at most its partition's, so the committed column is held
	// at it and a group catching up, 999 to 1,000, moves no column (a
	// topic's group row, which held it at its sum, says no offset: ut35-19)
	partHigh int
}

// of is the list's widest cell of the column headed h (0 for another).
func (n partNumW) of(h string) int {
	switch h {
	case "leader":
		return n.leader
	case "low":
		return n.low
	case "high":
		return n.high
	case "committed":
		return max(n.committed, n.partHigh)
	case "rate":
		return n.rate
	case "health":
		return n.health
	case "behind":
		return n.behind
	case "eta":
		return n.eta
	}
	return 0
}

// listNumWidths measures rows' figures as cells writes them. Called
// under Store.Read, once per poll (table). A topic's group row has no
// committed offset (cells), so only partitions' group rows count.
func listNumWidths(st *model.State, rows []prow, idx partIndex) partNumW {
	var n partNumW
	for _, r := range rows {
		switch r.kind {
		case partRow:
			if e := st.Tail.Errs[model.TP{Topic: r.topic, Partition: r.part}]; e != "" { // the health's "ERR …" (cells)
				n.health = max(n.health, draw.Width("ERR "+model.PrintableString(e)))
			}
			if pt := idx[model.TP{Topic: r.topic, Partition: r.part}]; pt != nil {
				n.leader = max(n.leader, len(itoa(pt.Leader)))
				n.low, n.high = max(n.low, countW(pt.Low)), max(n.high, countW(pt.High))
				n.partHigh = max(n.partHigh, countW(pt.High))
				n.rate = max(n.rate, rateW(pt.Rate))
			}
		case topicGroupRow, partGroupRow:
			if st.Lag == nil || st.Lag.Groups[r.group] == nil {
				continue
			}
			n.health, n.behind, n.eta = max(n.health, 1), max(n.behind, 1), max(n.eta, 1) // "-" at least
			if r.noCommit {
				continue
			}
			g := st.Lag.Groups[r.group]
			if r.kind == topicGroupRow {
				if tl := g.Topics[r.topic]; tl != nil {
					n.rate = max(n.rate, rateW(tl.Rate))
					n.lagShort = max(n.lagShort, draw.Width(aheadShort(tl.LagText()))+boolInt(r.partial))
					n.health = max(n.health, draw.Width(tl.Health.String()))
					n.behind = max(n.behind, draw.Width(behindText(tl.Behind, tl.BehindAtLeast)))
					n.eta = max(n.eta, draw.Width(etaText(tl.ETA)))
				}
				continue
			}
			if p := g.Parts[model.TP{Topic: r.topic, Partition: r.part}]; p != nil {
				n.committed = max(n.committed, countW(p.Committed))
				n.rate = max(n.rate, rateW(p.Rate))
				n.lagShort = max(n.lagShort, draw.Width(aheadShort(p.LagText())))
				n.health = max(n.health, draw.Width(p.Health.String()))
				n.behind = max(n.behind, draw.Width(behindText(p.Behind, p.BehindAtLeast)))
				n.eta = max(n.eta, draw.Width(etaText(partETA(p))))
			}
		}
	}
	return n
}

// countW is the cells count(v) takes, without making the text: digits,
// the separators between groups of three and a minus.
func countW(v int64) int {
	w := 0
	if v < 0 {
		w, v = 1, -v
	}
	d := 1
	for ; v >= 10; v /= 10 {
		d++
	}
	return w + d + (d-1)/3
}

// rateW is the cells rate(r) takes, its figure written into a buffer
// on the stack rather than a string per row (listNumWidths runs over
// every row of the list each poll).
func rateW(r float64) int {
	var b [32]byte
	switch {
	case r > 0 && r < 0.05:
		return len("<0.1/s") // rate's form of a rate one decimal rounds to 0
	case r >= 10_000:
		return len(strconv.AppendFloat(b[:0], r/1000, 'f', 1, 64)) + len("k/s")
	case r >= 100:
		return len(strconv.AppendFloat(b[:0], r, 'f', 0, 64)) + len("/s")
	}
	return len(strconv.AppendFloat(b[:0], r, 'f', 1, 64)) + len("/s")
}

// heldRate is the cells a rate column of content width w is held at:
// "99.9/s" (and "9999/s") below 10,000/s, so a rate that crosses
// 10/s, or a producer that stops and reads 0.0/s, moves no column; at
// and above, what the figures take ("99.9k/s").
func heldRate(w int) int {
	if w <= 0 {
		return 0
	}
	return max(w, len("99.9/s"))
}
