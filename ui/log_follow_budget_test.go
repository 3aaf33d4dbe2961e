package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut31 Y1: the following Log held the widest position of one minute (a
// long topic's rows) and the widest key of another (a burst of
// 66-character keys) at once, and every value was cut to 13 cells at
// 200x50 while the key column stood blank past short keys. Held widths
// grow only within what the value's floor leaves (logWidths' budget):
// on every frame the value keeps its floor.
func TestLogHeldWidthsLeaveTheValueItsFloor(t *testing.T) {
	t.Parallel() // holds no shared state: its own store, app and clock
	longTopic := "warehouse.inventory.stock-level-adjustments.eu-central-1.v2"
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {120, 40, false}, {200, 50, false}, {200, 50, true}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			off := map[string]int64{}
			rec := func(topic string, part int, key string) model.Record {
				off[topic] = max(off[topic]+1, 1000)
				v := `{"sku":"` + key + `","delta":-3,"note":"` + strings.Repeat("x", 150) + `"}`
				return model.Record{Topic: topic, Partition: part, Offset: off[topic], Time: now, Key: []byte(key), Value: []byte(v)}
			}
			for step := range 150 {
				now = now.Add(time.Second)
				var recs []model.Record
				switch {
				case step < 50: // a long topic, short keys
					for j := range 4 {
						recs = append(recs, rec(longTopic, j, fmt.Sprintf("sku-%04d", step*4+j)))
					}
				case step < 100: // a short topic, a burst's long keys most of the minute
					for j := range 4 {
						recs = append(recs, rec("pay", j, burst66Key(step*4+j)))
					}
				default: // both, short keys
					recs = append(recs, rec(longTopic, 0, fmt.Sprintf("sku-%04d", step)), rec("pay", 1, fmt.Sprintf("k-%d", step)))
				}
				writer(a.c).Fold(recs, now)
				a.Update(changedMsg{version: s.Version()})
				screen(a)
				floor := logValueFloor(p.w)
				for _, st := range valueStarts(t, p) {
					if p.w-st < floor-1 {
						t.Fatalf("step %d: a value starts at cell %d of %d, leaving it %d cells, under its floor %d:\n%s",
							step, st, p.w, p.w-st, floor, logBox(t, screen(a)))
					}
				}
			}
		})
	}
}

// ut31 Y10: zoomed at 200x50, following, a minority of 66-character keys
// were cut by 21 cells beside 34 blank ones at every row's end (the
// longer keys' share of the row held them under what the short values
// left). Where the position and the widest value on screen leave a key
// its cells, it reads whole.
func TestLogLongKeysWholeWhereValuesLeaveRoom(t *testing.T) {
	now := fixedNow
	a, _, s := clockApp(t, 200, 50, true, &now, model.DefaultLimits())
	off := int64(1000)
	for step := range 40 {
		now = now.Add(time.Second)
		var recs []model.Record
		for j := range 4 {
			off++
			key := fmt.Sprintf("shipment-%d", step*4+j)
			if j == 0 {
				key = fmt.Sprintf("sku-adjustment-key-for-warehouse-bin-location-aisle-%014d", step)
			}
			recs = append(recs, model.Record{Topic: "warehouse.inventory.stock-level-adjustments.eu-central-1.v2", Partition: j, Offset: off,
				Time: now, Key: []byte(key), Value: []byte(`{"sku":215,"delta":-8,"reason":"picked"}`)})
		}
		writer(a.c).Fold(recs, now)
		a.Update(changedMsg{version: s.Version()})
		screen(a)
	}
	box := logBox(t, screen(a))
	if !strings.Contains(box, "sku-adjustment-key-for-warehouse-bin-location-aisle-00000000000039 ") {
		t.Fatalf("a 66-character key is cut while its row has room:\n%s", box)
	}
}
