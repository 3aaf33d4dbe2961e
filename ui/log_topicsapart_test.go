package ui

import (
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

// topicCuts are the position column's topics as the rows on screen show
// them, each with the topics (by the value's region) shown so.
func topicCuts(p *LogPane) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, l := range p.Lines(false) {
		s := ansi.Strip(l)
		region := ""
		switch {
		case strings.Contains(s, `{"eu":`):
			region = "eu"
		case strings.Contains(s, `{"us":`):
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
			do(a, "pgdn", "pgdn")
			check("paged down")
		})
	}
}
