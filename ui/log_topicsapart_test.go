package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The two settlement topics of the user test (ut30 X1): they share 41
// characters of their start and `st-1.v3` of their end.
const (
	settleEU = "settlement.payments.reconciliation-events.eu-west-1.v3"
	settleUS = "settlement.payments.reconciliation-events.us-east-1.v3"
)

// settleRecs are n records of topic from offset off on, the region in
// each value so a row says which topic it is whatever its cut.
func settleRecs(topic string, off, n int) []model.Record {
	region, key := "eu", "merchant-account-"
	if topic == settleUS {
		region, key = "us", "us-ledger-entry-"
	}
	var recs []model.Record
	for i := range n {
		o := off + i
		recs = append(recs, model.Record{Topic: topic, Partition: o % 12, Offset: int64(100 + o/12), Time: fixedNow,
			Key:   []byte(key + itoa(1000+o) + "-settlement-key"),
			Value: []byte(`{"` + region + `":` + itoa(o) + `,"amount":135.5}`)})
	}
	return recs
}

// eitherTopic reports whether a cut topic could be either settlement
// topic: its start starts both and its end ends both, so it shows none
// of where they differ.
func eitherTopic(cut string) bool {
	h, tail, ok := strings.Cut(cut, model.Ellipsis)
	return ok && strings.HasPrefix(settleEU, h) && strings.HasPrefix(settleUS, h) &&
		strings.HasSuffix(settleEU, tail) && strings.HasSuffix(settleUS, tail)
}

// topicCuts are the position column's topics as the rows on screen show
// them, each with the topics (by the value's region) shown so.
func topicCuts(p *LogPane) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, l := range p.Lines(false) {
		s := ansi.Strip(l)
		region := ""
		switch {
		case strings.Contains(s, `{"eu":`), strings.Contains(s, `{"merchant"`):
			region = "eu"
		case strings.Contains(s, `{"us":`), strings.Contains(s, `{"entry"`):
			region = "us"
		default:
			continue
		}
		f := strings.Fields(s)
		if len(f) > 0 && len(f[0]) == 8 && f[0][2] == ':' {
			f = f[1:]
		}
		at := strings.LastIndex(f[0], "/")
		cut := f[0][:at]
		if eitherTopic(cut) {
			cut = "either topic: " + cut // a cut showing none of where they differ reads as both
			out[cut] = map[string]bool{"eu": true, "us": true}
			continue
		}
		if out[cut] == nil {
			out[cut] = map[string]bool{}
		}
		out[cut][region] = true
	}
	return out
}

// Two topics that share their start and end read apart in the Log's
// position column at every size, following, paused and paged; the cut
// is judged over the topics the Log holds, so a topic's cut holds when
// the other leaves the screen (ut30 X1: `set….v3/3@45` for both in the
// 80x24 grid, `set…1.v3/1@2302` zoomed).
func TestLogTopicsHeldReadApart(t *testing.T) {
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {120, 40, false}, {200, 50, false}, {200, 50, true}} {
		name := shareName("log-topicsapart-", sz.w, sz.h, sz.zoom)
		t.Run(name, func(t *testing.T) {
			// the us topic alone first: the columns are held for it
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, settleRecs(settleUS, 0, 60))
			do(a, "6")
			screen(a)
			var recs []model.Record
			for c := range 6 { // then clumps of each topic, as producers flush
				recs = append(recs, settleRecs(settleEU, c*8, 8)...)
				recs = append(recs, settleRecs(settleUS, 60+c*8, 8)...)
			}
			writer(a.c).Fold(recs, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			check := func(step string) map[string]map[string]bool {
				t.Helper()
				got := screen(a)
				assertFits(t, got, sz.w, sz.h)
				cuts := topicCuts(p)
				for cut, regions := range cuts {
					if len(regions) > 1 {
						t.Errorf("%s: both topics read %q:\n%s", step, cut, logBox(t, got))
					}
				}
				return cuts
			}
			first := check("following")
			golden(t, name, logBox(t, screen(a)))
			usCut := ""
			for cut, r := range first {
				if r["us"] {
					usCut = cut
				}
			}
			// only the us topic on screen: its cut holds (judged over the
			// topics held, not the rows shown)
			writer(a.c).Fold(settleRecs(settleUS, 108, 60), fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			now := check("the eu topic scrolled away")
			if len(now) != 1 {
				t.Fatalf("want the us topic alone on screen, got %v\n%s", now, logBox(t, screen(a)))
			}
			for cut := range now {
				if usCut != "" && cut != usCut {
					t.Errorf("the us topic's cut flipped from %q to %q as the eu topic left the screen", usCut, cut)
				}
			}
			do(a, "space", "g")
			check("paused at the oldest")
			do(a, "pgdown", "pgdown")
			check("paged down")
		})
	}
}

// The user test's Log (ut30 X1): 40 records of the eu topic on 12
// partitions, 40 of the us topic on 6, one of orders, then 10 more of
// the eu topic. Following, the last page holds the eu topic alone;
// paused at the oldest too; paging down brings the us topic. Over every
// page a cut reads as one topic only (the old Log: `set….v3` for both).
func TestLogTopicsApartOverPages(t *testing.T) {
	var recs []model.Record
	offs := map[string]map[int]int64{}
	add := func(topic string, parts int, key, val string, i int) {
		if offs[topic] == nil {
			offs[topic] = map[int]int64{}
		}
		p := (i * 7) % parts
		recs = append(recs, model.Record{Topic: topic, Partition: p, Offset: offs[topic][p], Time: fixedNow, Key: []byte(key), Value: []byte(val)})
		offs[topic][p]++
	}
	eu := func(i int) {
		add(settleEU, 12, fmt.Sprintf("merchant-account-00%d-settlement-key", i), fmt.Sprintf(`{"merchant":"m-%d","amount":%d.5}`, i, i), i)
	}
	for i := 1; i <= 40; i++ {
		eu(i)
	}
	for i := 1; i <= 40; i++ {
		add(settleUS, 6, fmt.Sprintf("us-ledger-entry-000%d-audit", i), fmt.Sprintf(`{"entry":%d,"amount":13%d}`, i, i), i)
	}
	add("orders", 3, "evil", "{}", 1)
	for i := 41; i <= 50; i++ {
		eu(i)
	}
	for _, sz := range []struct {
		w, h int
		zoom bool
	}{{80, 24, false}, {80, 24, true}, {200, 50, false}} {
		name := shareName("log-topicsapart-pages-", sz.w, sz.h, sz.zoom)
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, sz.w, sz.h, sz.zoom, recs)
			do(a, "6")
			seen := map[string]map[string]bool{}
			look := func(step string) {
				got := screen(a)
				assertFits(t, got, sz.w, sz.h)
				for cut, regions := range topicCuts(p) {
					if seen[cut] == nil {
						seen[cut] = map[string]bool{}
					}
					for r := range regions {
						seen[cut][r] = true
					}
					if len(seen[cut]) > 1 {
						t.Errorf("%s: both topics read %q:\n%s", step, cut, logBox(t, got))
					}
				}
			}
			look("following")
			golden(t, name, logBox(t, screen(a)))
			do(a, "space", "g")
			look("paused at the oldest")
			for i := range 12 {
				do(a, "pgdown")
				look(fmt.Sprintf("pgdn %d", i+1))
			}
			if len(seen) < 2 {
				t.Errorf("the pages showed one topic only: %v", seen)
			}
		})
	}
}
