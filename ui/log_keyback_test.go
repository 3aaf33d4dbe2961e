package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// logStreamSizes are the sizes a Log stream test runs at: 80x24 and
// 200x50, zoomed and in the grid.
var logStreamSizes = []struct {
	w, h int
	zoom bool
}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}}

// keyRow is a record row of the Log as drawn: where its key starts, how
// many blank cells follow the key before the value, and whether the
// value is cut.
type keyRow struct {
	keyAt, blanks int
	cut, unkeyed  bool
}

// keyRowsOf reads the record rows of the Log's lines.
func keyRowsOf(p *LogPane) []keyRow { return keyRowsIn(p.Lines(false)) }

// keyRowsIn is keyRowsOf over lines the Log already drew.
func keyRowsIn(lines []string) []keyRow {
	var out []keyRow
	for _, l := range lines {
		line := strings.TrimRight(ansi.Strip(l), " ")
		f := strings.Fields(line)
		if len(f) > 0 && len(f[0]) == 8 && f[0][2] == ':' {
			f = f[1:]
		}
		if len(f) < 3 || !strings.Contains(f[0], "@") {
			continue
		}
		at := strings.Index(line, f[0]) + len(f[0])
		at += len(line[at:]) - len(strings.TrimLeft(line[at:], " "))
		rest := line[at+len(f[1]):]
		blanks := len(rest) - len(strings.TrimLeft(rest, " ")) - 1
		out = append(out, keyRow{keyAt: ansi.StringWidth(line[:at]), blanks: blanks, cut: strings.HasSuffix(line, model.Ellipsis), unkeyed: f[1] == "∅"})
	}
	return out
}

// ut34b-5: following a cluster at 80x24 (grid), the Log kept an 11-cell
// blank key column on unkeyed rows (`∅` then blanks) while every value
// was cut, the width held for a burst of long keys no longer on screen;
// giving the cells back must not move where the keys start on the next
// burst (ut33 Q4). Over a stream of unkeyed fleet rows, a short-keyed
// burst (`acct-N`) every 5 s and long `settlement-batch-…` keys that come
// and go, at 80x24 and 200x50: the keys start at one cell on every
// frame, and no value is cut while four or more cells of its row's key
// column stand blank, where every row in view is unkeyed (among keyed
// rows the held width stands: the values start at one cell, ut29 W2).
func TestLogKeyColumnGivesBackBlankCells(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	const (
		fleet = "logistics.fleet-tracking.ap-south-1.v3"
		east  = "payments.settlement.reconciliation-events.us-east-1.v2"
		west  = "payments.settlement.reconciliation-events.eu-west-1.v2"
	)
	for _, sz := range logStreamSizes {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			rec := streamRecs(&now, 1000) // from 1000: no offset gains a digit
			keyAt := -1
			for step := range 240 {
				now = now.Add(500 * time.Millisecond)
				var recs []model.Record
				for j := range 2 {
					i := step*2 + j
					recs = append(recs, rec(fleet, i%6, nil, fmt.Sprintf("vehicle %d at lat 1%d.%03d lon 7%d.%03d speed %d", i%40, i%9, i%1000, i%7, i%997, 20+i%60)))
				}
				if step%10 == 0 {
					for i := range 10 {
						recs = append(recs, rec(east, i%4, []byte(fmt.Sprintf("acct-%d", i)), fmt.Sprintf(`{"batch":%d}`, i)))
					}
				}
				if step < 60 || step >= 150 && step < 180 { // long keys come and go
					recs = append(recs, rec(west, step%12, []byte(fmt.Sprintf("settlement-batch-%d-reconciliation-key", step)),
						fmt.Sprintf(`{"batch":%d,"amount":%d.5}`, 1400+step, 1400+step)))
				}
				writer(a.c).Fold(recs, now)
				a.Update(changedMsg{version: s.Version()})
				screen(a)
				if step < 20 {
					continue
				}
				rows := keyRowsOf(p)
				unkeyed := !slices.ContainsFunc(rows, func(r keyRow) bool { return !r.unkeyed })
				for _, r := range rows {
					if keyAt >= 0 && r.keyAt != keyAt {
						t.Fatalf("step %d: keys start at %d, not %d as before:\n%s", step, r.keyAt, keyAt, logBox(t, screen(a)))
					}
					keyAt = r.keyAt
					if r.cut && r.blanks >= 4 && unkeyed {
						t.Fatalf("step %d: a value cut beside %d blank key cells:\n%s", step, r.blanks, logBox(t, screen(a)))
					}
				}
			}
		})
	}
}

// streamRecs makes a stream test's records: each partition's offsets
// count up from from, each record stamped with *now.
func streamRecs(now *time.Time, from int64) func(topic string, part int, key []byte, value string) model.Record {
	off := map[string]int64{}
	return func(topic string, part int, key []byte, value string) model.Record {
		at := fmt.Sprintf("%s/%d", topic, part)
		off[at] = max(off[at]+1, from)
		return model.Record{Topic: topic, Partition: part, Offset: off[at], Time: *now, Key: key, Value: []byte(value)}
	}
}
