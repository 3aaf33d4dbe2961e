package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

const (
	steadyTopic = "warehouse.inventory.adjustments.eu-central-1.v2-compacted-stream"
	burstTopic  = "payments-settlement-reconciliation-events-primary-region-v3"
)

// settlementKey is the bursty producer's key n: five 59-character keys
// that differ only in one digit past their middle.
func settlementKey(n int) string {
	return "settlement-batch-merchant-account-0000" + strconv.Itoa(n) + "-reconciliation-key"
}

// burstRecs are n records of the bursty topic from offset off, keys
// cycling 00001 and 00003 on partition 1.
func burstRecs(off, n int) []model.Record {
	var recs []model.Record
	for i := range n {
		recs = append(recs, model.Record{Topic: burstTopic, Partition: 1, Offset: int64(off + i), Time: fixedNow,
			Key: []byte(settlementKey(1 + 2*(i%2))), Value: []byte(`{"amount":` + strconv.Itoa(2551+i) + `,"fee":3}`)})
	}
	return recs
}

// steadyRecs are n records of the steady topic from offset off, keys
// sku-N-bin-AN.
func steadyRecs(off, n int) []model.Record {
	var recs []model.Record
	for i := range n {
		recs = append(recs, model.Record{Topic: steadyTopic, Partition: 5, Offset: int64(off + i), Time: fixedNow,
			Key: []byte("sku-" + strconv.Itoa(i%7) + "-bin-A" + strconv.Itoa(i%3)), Value: []byte(`{"sku":"sku-` + strconv.Itoa(i%7) + `","qty":38,"delta_kg":8.5,"state":"ok"}`)})
	}
	return recs
}

var shareSizes = []struct {
	w, h int
	zoom bool
}{{80, 24, false}, {80, 24, true}, {120, 40, false}, {120, 40, true}, {200, 50, false}, {200, 50, true}}

func shareName(prefix string, w, h int, zoom bool) string {
	name := prefix + strconv.Itoa(w) + "x" + strconv.Itoa(h)
	if !zoom {
		name += "-grid"
	}
	return name
}

// Paused and paged, the position and key columns share their room by what the rows on
// screen need: a burst of long keys seen a frame before, then one such
// key among steady rows, does not keep a key column of blank cells
// beside cut topics (ut18b G1: `warehouse.…cted-stream/5@44  sku-6-bin-A2`
// and 33 blank cells at 200 columns); the outlier key is cut instead.
func TestLogColumnsShareByNeed(t *testing.T) {
	for _, tc := range shareSizes {
		name := shareName("log-share-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, burstRecs(500, 60))
			screen(a) // the burst's frame: its keys are remembered
			recs := steadyRecs(40, 60)
			recs[50] = burstRecs(560, 1)[0]
			writer(a.c).Fold(recs, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "6", "space", "pgup") // paused and paged up: the rows on screen laid out for themselves (following holds the widths: log_follow.go)
			got := screen(a)
			assertFits(t, got, tc.w, tc.h)
			for _, l := range p.Lines(false) {
				s := ansi.Strip(l)
				i := strings.Index(s, "sku-")
				if !strings.Contains(s, "/5@") || i < 0 {
					continue
				}
				pad := len(s[i:]) - len(strings.TrimLeft(s[i+len("sku-0-bin-A0"):], " ")) - len("sku-0-bin-A0")
				if !strings.Contains(s, steadyTopic) && pad > 1 {
					t.Errorf("the topic is cut while the key column pads %d cells: %q", pad, s)
				}
			}
			golden(t, name, logBox(t, got))
		})
	}
}

// Different keys on one partition read differently: a cut in the middle
// that would read the same for both moves towards what tells them apart
// (ut18b G2: `settlement…liation-key` for …-00001-… and …-00003-… at 80
// and 120 columns).
func TestLogKeysDifferingPastTheMiddleReadApart(t *testing.T) {
	for _, tc := range shareSizes {
		name := shareName("log-keys-apart-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, burstRecs(1020, 12))
			got := screen(a)
			assertFits(t, got, tc.w, tc.h)
			shown := map[string]bool{}
			for _, r := range logRows(p) {
				shown[r[1]] = true
			}
			if len(shown) < 2 {
				t.Errorf("two different keys read the same: %q", logRows(p))
			}
			golden(t, name, logBox(t, got))
		})
	}
}

// A topic's cut is its own and keeps both its ends: a short topic is not
// cut for another topic's long offsets read before a filter hid them,
// and a long one keeps its end as its offsets reach four digits (ut18b
// G4: `or…rs/2@0` in a 13-cell column, `war…/4@1033`).
func TestLogTopicCutIsItsOwn(t *testing.T) {
	for _, tc := range shareSizes {
		name := shareName("log-topic-own-", tc.w, tc.h, tc.zoom)
		t.Run(name, func(t *testing.T) {
			recs := steadyRecs(990, 20)
			for i := range 4 {
				recs = append(recs, model.Record{Topic: "orders", Partition: 2 + i%2, Offset: int64(i / 2), Time: fixedNow,
					Key: []byte("txn-order-0-" + strconv.Itoa(i)), Value: []byte(`{"round":0,"i":` + strconv.Itoa(i) + `}`)})
			}
			a, p := keysApp(t, tc.w, tc.h, tc.zoom, recs)
			got := screen(a)
			for _, r := range logRows(p) {
				where := r[0][:strings.LastIndex(r[0], "/")]
				if cut := strings.Index(where, "…"); cut >= 0 && (cut == 0 || cut == len(where)-len("…")) {
					t.Errorf("a topic cut keeps one end only: %q", r)
				}
			}
			if !strings.Contains(got, "orders/2@0") {
				t.Errorf("orders is cut:\n%s", got)
			}
			do(a, "/")
			for _, k := range "topic=orders" {
				do(a, string(k))
			}
			do(a, "enter")
			got = screen(a)
			if !strings.Contains(got, "orders/2@0") || !strings.Contains(got, "orders/3@1") {
				t.Errorf("filtered, orders is cut:\n%s", got)
			}
			assertFits(t, got, tc.w, tc.h)
			golden(t, name, logBox(t, got))
		})
	}
}
