package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// ut31 Y3's cluster: two live groups (one kcat member each) reading 12
// partitions of one topic and 6 of another, caught up between bursts and
// up to 108 records behind in one, beside two groups stopped 3 minutes
// ago on 6 partitions each (`/0 @9 lag 108 (3m)`), all with 57-64-character
// names.
const (
	ut31South = "warehouse.inventory.stock-level-adjustments.ap-south-1.v2"
	ut31North = "warehouse.inventory.stock-level-adjustments.eu-central-1.v2"
	ut31Ship  = "fulfilment-shipment-tracking-events-high-volume-stream-prod"
)

// ut31SideGroups are ut31 Y3's groups (sideCluster).
var ut31SideGroups = []sideGroupFeed{
	{"inventory-adjustment-projector-consumer-group-ap-south-secondary", ut31South, 6, false},
	{"inventory-adjustment-projector-consumer-group-eu-central-primary", ut31North, 12, true},
	{"nightly-shipment-reprocessing-backfill-2026-q4", ut31Ship, 6, false},
	{"shipment-notification-sender-customer-emails", ut31Ship, 6, true},
}

// stoppedAge is a partition line that ends in its age in minutes.
var stoppedAge = regexp.MustCompile(`lag \S+ \(?\d+m\)?\s*$`)

// behindAlone is a line that only says how far behind a partition is,
// under its line.
var behindAlone = regexp.MustCompile(`^\s*\([^)]*\)\s*$`)

// Side by side, a live group's partition takes one line in a narrow
// column, its behind said in fewer cells (`31s`) where ` (31s)` does not
// fit, or not at all: no blank line kept for a behind a burst may bring;
// a stopped group's age goes under its line only where its column has
// the rows, so no column hides lines for it (ut31 Y3: at 80x24 a blank
// line under every caught-up partition of the two live groups and `(3m)`
// under every partition of the two stopped ones hid 3-32 lines behind
// `… N more lines` in every column). The layout still holds through
// bursts (ut29 W1). At 80x24 and 200x50.
func TestSideViewPartitionOnOneLine(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("groups-side-y3-%dx%d", sz.w, sz.h), func(t *testing.T) {
			c := newSideCluster(ut31SideGroups)
			a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
			press(a, "5", "z", "space", "space", "space", "space", "enter")
			first := screen(a)
			widths, parts := sideLayout(first)
			if len(widths) != 4 {
				t.Fatalf("%d columns, want 4:\n%s", len(widths), first)
			}
			for k, burst := range []bool{true, false, true, true, false} {
				c.poll(burst)
				a.Update(tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				s := screen(a)
				assertFits(t, s, sz.w, sz.h)
				if w, p := sideLayout(s); fmt.Sprint(w) != fmt.Sprint(widths) || fmt.Sprint(p) != fmt.Sprint(parts) {
					t.Fatalf("poll %d (burst %v): columns %v, partitions on lines %v; were %v, %v:\n%s\nwas:\n%s", k, burst, w, p, widths, parts, s, first)
				}
				cols := sideColumns(s)
				shown := 0
				for i, col := range cols {
					last := -1
					for y, l := range col {
						if partTailRe.MatchString(l) {
							shown++
							if last >= 0 && y != last+1 && (i%2 == 1 || y != last+2 || !behindAlone.MatchString(col[y-1])) {
								t.Errorf("poll %d: column %d keeps %q between two partitions:\n%s", k, i, col[y-1], s)
							}
							last = y
						}
						if behindAlone.MatchString(l) && i%2 == 1 {
							t.Errorf("poll %d: column %d says how far behind on a line of its own %q:\n%s", k, i, l, s)
						}
						if (strings.Contains(l, "more line") || strings.Contains(l, "line ↓")) && i%2 == 0 { // a stopped group's age under its line only where its column has the rows
							for j, other := range cols {
								if j != i && strings.TrimSpace(other[len(other)-1]) == "" {
									t.Errorf("poll %d: column %d hides lines while column %d has a blank row:\n%s", k, i, j, s)
								}
							}
						}
					}
				}
				if sz.h >= 50 && shown != 30 {
					t.Errorf("poll %d: %d of 30 partitions shown at %dx%d:\n%s", k, shown, sz.w, sz.h, s)
				}
				for _, stopped := range []int{0, 2} { // a stopped group's lines say how far behind, on them or right under them
					for y, l := range cols[stopped] {
						if partTailRe.MatchString(l) && !stoppedAge.MatchString(l) && (y+1 >= len(cols[stopped]) || !behindAlone.MatchString(cols[stopped][y+1])) {
							t.Errorf("poll %d: a stopped group's partition without its behind %q:\n%s", k, l, s)
						}
					}
				}
				if k == 0 {
					golden(t, fmt.Sprintf("groups-side-y3-%dx%d", sz.w, sz.h), s)
				}
			}
		})
	}
}
