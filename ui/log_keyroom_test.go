package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// y2Recs are ut31 Y2's Log: a steady topic's rows, 30 rows of
// settlementEU keyed `merchant-account-NN` (19 cells) with `{"v":NN}`
// values, one of them a hostile key (an escape, a bidi override) with a
// 140-cell value, and the other settlement topic held besides.
func y2Recs() []model.Record {
	var recs []model.Record
	for i := range 200 {
		recs = append(recs, model.Record{Topic: "fulfilment-shipment-tracking-events-high-volume-stream-prod", Partition: i % 8, Offset: int64(i / 8), Time: fixedNow,
			Key: []byte(fmt.Sprintf("shipment-%d", i%40)), Value: []byte(fmt.Sprintf(`{"shipment":%d,"status":"in-transit"}`, i))})
	}
	off := map[int]int64{}
	for i := range 30 {
		p := (i * 7) % 12
		recs = append(recs, model.Record{Topic: settleEU, Partition: p, Offset: off[p], Time: fixedNow,
			Key: []byte(fmt.Sprintf("merchant-account-%d", 10+i%20)), Value: []byte(fmt.Sprintf(`{"v":%d}`, 10+i%20))})
		off[p]++
		recs = append(recs, model.Record{Topic: settleUS, Partition: i % 6, Offset: int64(i / 6), Time: fixedNow,
			Key: []byte(fmt.Sprintf("merchant-account-%d", i)), Value: []byte(fmt.Sprintf(`{"v":%d}`, i))})
	}
	return append(recs, model.Record{Topic: settleEU, Partition: 1, Offset: off[1], Time: fixedNow, Key: []byte("evil-\x1b[2J-key-\u202e-rtl"),
		Value: []byte(`{"order":"\\x1b[31m red","note":"zero` + "\u200b" + `width","pad":"` + strings.Repeat("x", 120) + `"}`)})
}

// ut31 Y2: the 80x24 grid's Log filtered to one topic cut every
// `merchant-account-NN` key (19 cells) to 14 while each such row ended
// in 8 blank cells: the value kept 16 cells for the one row whose
// 140-cell value is cut whatever it is given. Those cells go to the key
// where they make the keys whole; the hostile row's value is cut a few
// cells further, its key cut in its column (X13: no blank cells after
// it), and the two settlement topics still read apart (X1).
func TestLogKeyTakesCellsKeptForACutValue(t *testing.T) {
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		name := shareName("log-keyroom-y2-", sz.w, sz.h, sz.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, y2Recs())
			do(a, "6", "/")
			typeText(a, "topic="+settleEU)
			do(a, "enter")
			got := screen(a)
			assertFits(t, got, sz.w, sz.h)
			n := 0
			for _, r := range logRows(p) {
				at := strings.LastIndex(r[0], "/")
				if at < 0 || r[0] == "filter" {
					continue
				}
				if strings.HasPrefix(r[2], `{"v":`) {
					n++
					if !strings.HasPrefix(r[1], "merchant-account-") {
						t.Errorf("a key beside a short value is cut: %q\n%s", r, logBox(t, got))
					}
				}
				if eitherTopic(r[0][:at]) {
					t.Errorf("the topic reads as either settlement topic: %q", r[0])
				}
			}
			if n == 0 {
				t.Fatalf("no merchant rows:\n%s", logBox(t, got))
			}
			golden(t, name, logBox(t, got))
		})
	}
}

// ut31 Y11: following one steady topic in the 80x24 grid, as its offsets
// grew from two digits to three the position column took three more
// cells, its topic part two (the cells telling two other topics the Log
// holds apart, `fulf…am-prod` -> `fulf…ream-prod`), and `shipment-17`
// read `ship…nt-17` beside `shipment-3` whole. The topic the rows on
// screen share gives the key the cells that make its keys whole: the
// keys stay whole and the topic is cut a cell further as the offsets
// grow, and its cut does not flip as a page of shorter keys passes; the
// values start where they did (W2).
func TestLogOneTopicGivesItsKeysTheirCells(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}} {
		name := shareName("log-keyroom-y11-", sz.w, sz.h, sz.zoom)
		t.Run(name, func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			var held []model.Record // the topics the Log holds besides: two pairs that share start and end, with wide positions
			for i := range 12 {
				held = append(held,
					model.Record{Topic: settleEU, Partition: i % 6, Offset: int64(i), Time: now, Key: []byte("m-1"), Value: []byte(`{"v":1}`)},
					model.Record{Topic: settleUS, Partition: i % 6, Offset: int64(i), Time: now, Key: []byte("m-1"), Value: []byte(`{"v":1}`)},
					model.Record{Topic: "warehouse.inventory.stock-level-adjustments.eu-central-1.v2", Partition: i, Offset: 1100 + int64(i), Time: now, Key: []byte("sku-1"), Value: []byte(`{"v":1}`)},
					model.Record{Topic: "warehouse.inventory.stock-level-adjustments.ap-south-1.v2", Partition: i % 6, Offset: 1100 + int64(i), Time: now, Key: []byte("sku-2"), Value: []byte(`{"v":1}`)})
			}
			writer(a.c).Fold(held, now)
			off, n, base, cuts, lastCut := map[int]int64{}, 0, -1, 0, ""
			var before string
			for step := range 70 {
				now = now.Add(500 * time.Millisecond)
				var recs []model.Record
				for range 3 {
					part := n % 8
					off[part] = max(off[part]+1, 94)
					recs = append(recs, model.Record{Topic: "fulfilment-shipment-tracking-events-high-volume-stream-prod", Partition: part, Offset: off[part], Time: now,
						Key: []byte(fmt.Sprintf("shipment-%d", n%40)), Value: []byte(fmt.Sprintf(`{"shipment":%d,"status":"in-transit","carrier":"dhl-express"}`, 600+n))})
					n++
				}
				starts := foldAndStarts(t, a, p, s, recs, now, fmt.Sprintf("step %d", step))
				if step < 20 {
					continue // the held topics' rows scroll away
				}
				for _, r := range logRows(p) {
					if strings.Contains(r[1], model.Ellipsis) {
						t.Fatalf("step %d: the key %q is cut while the one topic on screen has cells to give:\n%s", step, r[1], logBox(t, screen(a)))
					}
					// the topic's cut changes once at most: where the offsets gain their digit
					if cut := r[0][:strings.LastIndex(r[0], "/")]; cut != lastCut {
						if lastCut != "" {
							cuts++
						}
						lastCut = cut
					}
				}
				if cuts > 1 {
					t.Fatalf("step %d: the topic's cut changed %d times (now %q), as the keys on screen changed:\n%s", step, cuts, lastCut, logBox(t, screen(a)))
				}
				if base >= 0 && starts[0] != base {
					t.Fatalf("step %d: values start at %d, not %d as before:\n%s", step, starts[0], base, logBox(t, screen(a)))
				}
				base = starts[0]
				if step == 20 {
					before = logBox(t, screen(a))
				}
			}
			golden(t, name, before+"\n"+logBox(t, screen(a)))
		})
	}
}

// keyRoomBreaks are the ways a following frame gives a key's cells to
// what needs them less: a key on screen cut by d cells while every row's
// value fits in d cells fewer or is longer than valueLeast (cut
// whatever it is given: Y2's kind), or, one topic on screen, while its
// topic shows d cells more than a position and seven cells of it and
// no row's key is apart only by those cells (Y11's kind). keys are the
// widths the keys of the last minute had, so only a key no wider than
// the widest of them counts (the column is sized to the minute's rows).
func keyRoomBreaks(p *LogPane, widestKey int) []string {
	f := &p.frame
	if len(f.recs) == 0 || !p.followHeld() {
		return nil
	}
	c, cells := p.columns(f.recs, f.atW)
	room := p.w - logTimeWidth(p.w) - c.whereW - c.keyW - 2
	topics := map[string]bool{}
	var out []string
	for i := range f.recs {
		r := &f.recs[i]
		topics[r.Topic] = true
		kw := ansi.StringWidth(cells[i].key)
		d := kw - c.keyW
		if d <= 0 || kw > widestKey {
			continue
		}
		spare := true
		for j := range cells {
			if tw := ansi.StringWidth(cells[j].text); tw > room-d && tw <= valueLeast {
				spare = false
			}
		}
		if spare && room-d >= 8 {
			out = append(out, fmt.Sprintf("key %q cut by %d cells while no value needs them (key %d, value %d)", cells[i].key, d, c.keyW, room))
		}
		if len(topics) == 1 && c.whereW-d >= c.ats.widest(f.recs)+7 && len(f.recs) > 1 {
			one := true
			for j := range f.recs {
				one = one && f.recs[j].Topic == r.Topic
			}
			if one {
				out = append(out, fmt.Sprintf("key %q cut by %d cells while the one topic on screen has them (position %d)", cells[i].key, d, c.whereW))
			}
		}
	}
	return out
}

// The kind over generated mixes: one or two topics (one a steady
// topic's, the other a pair of topics that share their start and end,
// so the Log must tell them apart), keys of 10 to 20 characters, short
// values with a few of 60-140 cells among them, offsets crossing 99 ->
// 100 and 999 -> 1000, at 80x24 and 200x50, zoomed and in the grid,
// following. No key is cut for cells only a value cut anyway, or a
// topic every row on screen shares, would take (keyRoomBreaks).
func TestLogKeyRoomOverGeneratedMixes(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	topics := []string{"fulfilment-shipment-tracking-events-high-volume-stream-prod", settleEU, settleUS}
	for seed := range uint64(4) {
		for _, sz := range []struct {
			w, h int
			zoom bool
		}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
			t.Run(fmt.Sprintf("%d/%s", seed, shareName("", sz.w, sz.h, sz.zoom)), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 31))
				now := fixedNow
				a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
				off := map[string]int64{}
				longPct, mixTopics := []int{0, 3, 8, 15}[seed], seed%2 == 1
				widest := 0
				for step := range 60 {
					now = now.Add(500 * time.Millisecond)
					var recs []model.Record
					for range 3 {
						topic := topics[0]
						if mixTopics && rng.IntN(3) == 0 {
							topic = topics[1+rng.IntN(2)]
						}
						off[topic] = max(off[topic]+1, []int64{90, 990, 95, 40}[seed])
						key := "k" + strings.Repeat("-", rng.IntN(6)) + fmt.Sprintf("shipment-%d", rng.IntN(400))
						val := fmt.Sprintf(`{"v":%d}`, rng.IntN(100))
						if rng.IntN(100) < longPct {
							val = `{"note":"` + strings.Repeat("y", 50+rng.IntN(90)) + `"}`
						}
						widest = max(widest, len(key))
						recs = append(recs, model.Record{Topic: topic, Partition: rng.IntN(3), Offset: off[topic], Time: now, Key: []byte(key), Value: []byte(val)})
					}
					writer(a.c).Fold(recs, now)
					a.Update(changedMsg{version: s.Version()})
					got := screen(a)
					if bad := keyRoomBreaks(p, widest); len(bad) > 0 {
						t.Fatalf("step %d: %s\n%s", step, strings.Join(bad, "\n"), logBox(t, got))
					}
				}
			})
		}
	}
}
