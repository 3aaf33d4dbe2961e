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

// ut32b Zb10's cluster: five groups with 46-64-character names, two
// stopped 3 minutes ago (6 partitions of one topic, 12 of another) beside
// three live ones (one kcat member each) reading 12, 12 and 30
// partitions, caught up between bursts and up to 108 behind in one.
const (
	zb10Settle = "settlement.payments.reconciliation-events.eu-west-1.v3"
	zb10Ship   = "fulfilment.shipment-events.customer-notifications.team-prod"
)

// zb10Groups are ut32b Zb10's groups (sideCluster).
var zb10Groups = []sideGroupFeed{
	{"inventory-adjustment-projector-consumer-group-ap-south-secondary", ut31South, 6, false},
	{"inventory-adjustment-projector-consumer-group-eu-central-primary", ut31North, 12, true},
	{"nightly-shipment-reprocessing-backfill-2026-q4", zb10Settle, 12, false},
	{"settlement-ledger-writer-consumer-group-eu-west-1", zb10Settle, 12, true},
	{"shipment-notification-dispatcher-worker", zb10Ship, 30, true},
}

// partLineRe is a partition's first line side by side; lagRe a line
// that goes on with its lag.
var (
	partLineRe = regexp.MustCompile(`^\s*\S*/\d+ (@\S+|no commit yet)`)
	lagOnRe    = regexp.MustCompile(`^\s*lag \S+`)
)

// Side by side with five groups at 80x24 (and two, four at 80x24, five
// at 200x50), every column lays out a partition by one rule: `/N @offset
// lag L` on one line where it fits, else `lag L` on the line right under
// `/N @offset`, in every column alike, never a blank line kept under a
// partition for a lag or an age a burst may bring; the stopped groups'
// ages are said in every stopped column or in none; and the layout holds
// through bursts (ut32b Zb10: at 80x24 two live columns kept a blank line
// under every partition and hid 20-56 lines behind `… +N lines ↓`, a
// stopped column dropped its ages while another kept `(13m)`).
func TestSideViewOneLayoutEveryColumn(t *testing.T) {
	for _, tc := range []struct{ w, h, groups int }{{80, 24, 5}, {80, 24, 4}, {80, 24, 2}, {200, 50, 5}} {
		t.Run(fmt.Sprintf("%dx%d-%d-groups", tc.w, tc.h, tc.groups), func(t *testing.T) {
			c := newSideCluster(zb10Groups[:tc.groups])
			a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
			a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
			press(a, "5", "z")
			for range tc.groups {
				press(a, "space")
			}
			press(a, "enter")
			first := screen(a)
			widths, parts := sideLayout(first)
			if len(widths) != tc.groups {
				t.Fatalf("%d columns, want %d:\n%s", len(widths), tc.groups, first)
			}
			for k, burst := range []bool{true, false, true, true, false, false} {
				c.poll(burst)
				a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
				s := screen(a)
				assertFits(t, s, tc.w, tc.h)
				if w, p := sideLayout(s); fmt.Sprint(w) != fmt.Sprint(widths) || fmt.Sprint(p) != fmt.Sprint(parts) {
					t.Fatalf("poll %d (burst %v): columns %v, partitions on lines %v; were %v, %v:\n%s\nwas:\n%s", k, burst, w, p, widths, parts, s, first)
				}
				cols := sideColumns(s)
				aged := map[bool]int{} // stopped columns with their ages, without
				for i, col := range cols {
					split, whole := 0, 0
					for y, l := range col {
						if !partLineRe.MatchString(l) {
							continue
						}
						next := ""
						if y+1 < len(col) {
							next = col[y+1]
						}
						switch {
						case strings.Contains(l, " lag "):
							whole++
						case lagOnRe.MatchString(next):
							split++
						case strings.Contains(l, "no commit yet"):
						case strings.Contains(next, "↓") || y+1 == len(col):
						default:
							t.Errorf("poll %d: column %d: partition %q followed by %q, not its lag:\n%s", k, i, l, next, s)
						}
						if strings.TrimSpace(next) == "" && y+2 < len(col) && strings.TrimSpace(col[y+2]) != "" {
							t.Errorf("poll %d: column %d keeps a blank line under %q:\n%s", k, i, l, s)
						}
					}
					if split > 0 && whole > 0 {
						t.Errorf("poll %d: column %d lays %d partitions on one line and %d on two:\n%s", k, i, whole, split, s)
					}
					if zb10Groups[i].live {
						continue
					}
					has := false
					for _, l := range col {
						has = has || stoppedAge.MatchString(l) // groups_side_y3_test.go
					}
					aged[has]++
				}
				if aged[true] > 0 && aged[false] > 0 {
					t.Errorf("poll %d: %d stopped columns say their ages, %d do not:\n%s", k, aged[true], aged[false], s)
				}
				if k == 0 {
					golden(t, fmt.Sprintf("groups-side-zb10-%dx%d-%d", tc.w, tc.h, tc.groups), s)
				}
			}
		})
	}
}

// Side by side, where two columns cut their topics, each keeps about as
// many of its topic's cells, through bursts: at 80x24 a stopped group on
// 6 partitions beside a live one on 30 (ut32b Zb4: `ware…-1.v2`, 10
// cells, in a 33-cell column beside `fulfilmen…team-prod`, 19, and blank
// cells in a 44-cell one).
func TestSideViewTopicsCutAlike(t *testing.T) {
	c := newSideCluster([]sideGroupFeed{zb10Groups[0], zb10Groups[4]})
	a := New(&Common{Ctx: context.Background(), Store: c.store, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z", "space", "space", "enter")
	for k, burst := range []bool{true, false, true, false} {
		c.poll(burst)
		a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		s := screen(a)
		assertFits(t, s, 80, 24)
		var kept []int
		for _, col := range sideColumns(s) {
			least := 0
			for _, l := range col {
				if m := cutTopicRe.FindStringSubmatch(l); m != nil && (least == 0 || len([]rune(m[1])) < least) {
					least = len([]rune(m[1]))
				}
			}
			kept = append(kept, least)
		}
		if len(kept) != 2 || kept[0] == 0 || kept[1] == 0 || kept[0]-kept[1] > 1 || kept[1]-kept[0] > 1 {
			t.Fatalf("poll %d: cut topics keep %v cells, want two within a cell of each other:\n%s", k, kept, s)
		}
		if k == 0 {
			golden(t, "groups-side-zb4-80x24", s)
		}
	}
}
