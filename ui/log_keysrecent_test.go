package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A producer of long keys among short ones puts one long key on screen
// at a time: each is cut where it differs from the long keys of the last
// minute, so two merchants never read alike (ut33 Zb6: `se…-eu` for every
// merchant, the cut dropping the part that tells them apart), at 80x24 and
// 200x50, in the grid and zoomed, following.
func TestLogLoneLongKeyCutWhereItDiffers(t *testing.T) {
	merchant := func(i int) string {
		return fmt.Sprintf("settlement-batch-2026-11-30-merchant-%04d-reconciliation-key-eu", 1+i)
	}
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}, {200, 50, true}} {
		t.Run(shareName("", sz.w, sz.h, sz.zoom), func(t *testing.T) {
			now := fixedNow
			a, p, s := clockApp(t, sz.w, sz.h, sz.zoom, &now, model.DefaultLimits())
			off := int64(1000)
			shown := map[string]string{} // how a merchant's key reads -> the key
			for step := range 60 {
				now = now.Add(500 * time.Millisecond)
				var recs []model.Record
				for j := range 8 { // steady short keys, enough to fill the grid's page
					off++
					recs = append(recs, model.Record{Topic: "orders", Partition: j % 3, Offset: off, Time: now,
						Key: []byte(fmt.Sprintf("sku-%d", j)), Value: []byte(`{"sku":1,"n":2}`)})
				}
				off++
				recs = append(recs, model.Record{Topic: "settlements", Partition: 0, Offset: off, Time: now,
					Key: []byte(merchant(step)), Value: []byte(`{"merchant":1,"amount":2.5}`)})
				writer(a.c).Fold(recs, now)
				a.Update(changedMsg{version: s.Version()})
				screen(a)
				for i, r := range logRows(p) {
					if i >= len(p.frame.recs) || !strings.HasPrefix(string(p.frame.recs[i].Key), "settlement-") {
						continue
					}
					key := string(p.frame.recs[i].Key)
					if was, ok := shown[r[1]]; ok && was != key && step >= 3 {
						t.Fatalf("step %d: %s and %s both read %q:\n%s", step, was, key, r[1], logBox(t, screen(a)))
					}
					shown[r[1]] = key
				}
			}
		})
	}
}
