package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// burstCycle is a live cluster the Log follows: steady topics writing a
// few records every half second with short keys, and bursty ones
// writing a read's worth of long-keyed records (enough to fill the page)
// every period steps.
type burstCycle struct {
	name   string
	steady []cycleTopic // a record of each every step, per
	bursts []cycleTopic
}

// cycleTopic is one producer of burstCycle: its topic, partitions, the
// records of a burst (or per step, steady), every period steps from at,
// and its keys and values.
type cycleTopic struct {
	topic      string
	parts, n   int
	period, at int
	key, value func(i int) string
}

// The cycles of the user tests: ut32a's steady fulfilment topic (10-11
// character keys, 57-cell values) beside bursts of 300 and 60 records
// with 66-character keys on two warehouse topics; ut32b's two steady
// topics (`sku-N`, `cust-N`) beside bursts of 150 with 63-character keys
// on a settlement topic. ut32a's also with the first burst in the Log's
// first frame (a console started as a burst is read).
var burstCycles = []burstCycle{
	ut32aCycle("ut32a", 5),
	ut32aCycle("ut32a-burst-first", 0),
	{name: "ut32b", steady: []cycleTopic{
		{topic: "warehouse.inventory.stock-level-adjustments.eu-central-1.v2", parts: 12, n: 8,
			key:   func(i int) string { return fmt.Sprintf("sku-%d", i%4) },
			value: func(i int) string { return fmt.Sprintf(`{"sku":"sku-%d","delta":-%d,"n":%d}`, i%4, i%3, i%4) }},
		{topic: "fulfilment.shipment-events.customer-notifications.team-prod", parts: 24, n: 1,
			key:   func(i int) string { return fmt.Sprintf("cust-%d", i%3) },
			value: func(i int) string { return fmt.Sprintf(`{"customer":"cust-%d","event":"shipped","n":%d}`, i%3, i%3) }},
	}, bursts: []cycleTopic{
		{topic: "settlement.payments.reconciliation-events.eu-west-1.v3", parts: 12, n: 150, period: 30, at: 5,
			key: func(i int) string {
				return fmt.Sprintf("settlement-batch-2026-11-30-merchant-%04d-reconciliation-key-eu", 1+i%150)
			},
			value: func(i int) string {
				return fmt.Sprintf(`{"batch":37,"merchant":%d,"amount":%d.%02d,"currency":"EUR"}`, 1+i%150, 100+i%900, i%100)
			}},
	}},
}

// ut32a Za1, ut32b Zb1: following at 200x50, the Log re-laid its
// position and key columns each time a burst of long-keyed records came
// and went (every 15 s) beside steady topics with short keys: a frame of
// the burst's short values alone gave its long topic the cells the
// steady values need, those widths were held, and the next frame, the
// steady rows back, could not keep them: the values started 8-9 cells
// off, and each topic read in two forms, one per frame. Over several
// burst cycles, once the first have passed (the minute the held widths
// are learnt in), the values start at one cell on every frame, at 200x50
// and 80x24, in the grid and zoomed (W2: the held widths never narrow
// while following), and the keys start at one cell and each topic reads one way,
// zoomed too (ut33 Q4: zoomed at 200x50 the topic/key boundary moved 3
// cells between a burst frame and a steady one, the held split taken
// from each frame's own).
//
// 160 half-second steps: the checks from step 70 see each burst topic
// come and go at least twice (steps 92/95 and 125/132, 155) and the
// minute roll past the first bursts (125, 132), where held widths
// learnt from them could lapse; later steps repeat those frames. The
// code before a9f1c05 failed at steps 76-95, before 91b7324 at 72-76.
func TestLogColumnsHoldThroughBurstCycles(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, cyc := range burstCycles {
		for _, sz := range []struct {
			w, h int
			zoom bool
		}{{200, 50, false}, {200, 50, true}, {80, 24, false}, {80, 24, true}} {
			t.Run(cyc.name+"/"+shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
				now := fixedNow
				a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
				off := map[string]int64{} // from 1000: no offset gains a digit (a topic's cut would move a cell, as it should)
				n := map[string]int{}
				rec := func(bt cycleTopic) model.Record {
					i := n[bt.topic]
					n[bt.topic]++
					part := i % bt.parts
					at := fmt.Sprintf("%s/%d", bt.topic, part)
					off[at] = max(off[at]+1, 1000)
					return model.Record{Topic: bt.topic, Partition: part, Offset: off[at], Time: now, Key: []byte(bt.key(i)), Value: []byte(bt.value(i))}
				}
				base, keyAt := -1, -1
				forms := map[string]string{} // topic -> how it reads
				for step := range 160 {
					now = now.Add(500 * time.Millisecond)
					var recs []model.Record
					for _, bt := range cyc.steady {
						for range bt.n {
							recs = append(recs, rec(bt))
						}
					}
					for _, bt := range cyc.bursts {
						if step%bt.period == bt.at {
							for range bt.n {
								recs = append(recs, rec(bt))
							}
						}
					}
					starts, lines := foldAndLines(t, a, p, s, recs, now, fmt.Sprintf("step %d", step))
					if step < 70 { // two bursts have passed
						continue
					}
					if base >= 0 && starts[0] != base {
						t.Fatalf("step %d: values start at %d, not %d as before:\n%s", step, starts[0], base, logBox(t, screen(a)))
					}
					base = starts[0]
					rows := logRowsIn(lines)
					if len(rows) != len(p.frame.recs) {
						t.Fatalf("step %d: %d rows drawn for %d records", step, len(rows), len(p.frame.recs))
					}
					for _, at := range keyStarts(lines) {
						if keyAt >= 0 && at != keyAt {
							t.Fatalf("step %d: keys start at %d, not %d as before:\n%s", step, at, keyAt, logBox(t, screen(a)))
						}
						keyAt = at
					}
					for i, r := range rows {
						topic, form := p.frame.recs[i].Topic, r[0][:strings.LastIndex(r[0], "/")]
						if was, ok := forms[topic]; ok && was != form {
							t.Fatalf("step %d: %s reads %q, not %q as before:\n%s", step, topic, form, was, logBox(t, screen(a)))
						}
						forms[topic] = form
					}
				}
			})
		}
	}
}

// keyStarts is the cell each record row's key starts at in the Log's
// lines: past the time, the position and the blanks after it.
func keyStarts(lines []string) []int {
	var out []int
	for _, r := range keyRowsIn(lines) {
		out = append(out, r.keyAt)
	}
	return out
}

// ut32aCycle is ut32a's cycle named name, its first 300-record burst
// read at step first.
func ut32aCycle(name string, first int) burstCycle {
	return burstCycle{name: name, steady: []cycleTopic{
		{topic: "fulfilment-shipment-tracking-events-high-volume-stream-prod", parts: 8, n: 3,
			key: func(i int) string { return fmt.Sprintf("shipment-%d", i%40) },
			value: func(i int) string {
				return fmt.Sprintf(`{"shipment":%d,"status":"in-transit","depot":"depot-%d"}`, 1000+i, i%5)
			}},
	}, bursts: []cycleTopic{
		{topic: "warehouse.inventory.stock-level-adjustments.eu-central-1.v2", parts: 12, n: 300, period: 30, at: first,
			key: func(i int) string {
				return fmt.Sprintf("sku-adjustment-key-for-warehouse-bin-location-aisle-%014d", i%100)
			},
			value: func(i int) string { return fmt.Sprintf(`{"sku":%d,"delta":-%d,"reason":"picked"}`, i%100, i%7) }},
		{topic: "warehouse.inventory.stock-level-adjustments.ap-south-1.v2", parts: 6, n: 60, period: 40, at: 12,
			key: func(i int) string {
				return fmt.Sprintf("sku-adjustment-key-for-warehouse-bin-location-aisle-%014d", i%100)
			},
			value: func(i int) string { return fmt.Sprintf(`{"sku":%d,"delta":-%d,"reason":"picked"}`, i%100, i%7) }},
	}}
}
