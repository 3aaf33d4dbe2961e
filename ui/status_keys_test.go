package ui

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut28a U7: a status view keyed by long Kafka keys read `card…t28a` (80x24
// grid) and `card-hol…st-ut28a` (120x30) on every row, the part that
// differs (0000 … 0003) cut away, and at 80x24 `REVIEW_B…` while since
// and seen, both `now`, kept 11 cells. Keys are cut where they differ,
// every status is whole, and zoomed a latest change cuts a key as the
// list under it does (ut28a U9), for keys of every shape and size.
func TestStatusKeysReadApartStatusesWhole(t *testing.T) {
	decisions := []string{"REVIEW_BY_ANALYST", "APPROVE", "DECLINE", "REVIEW_BY_ANALYST"}
	shapes := map[string]func(n int) string{
		"middle": func(n int) string {
			return fmt.Sprintf("card-holder-%04d-authorisation-request-key-for-region-eu-west-ut28a", n)
		},
		"tail": func(n int) string { return fmt.Sprintf("settlement-batch-merchant-account-reconciliation-%02d", n) },
		"head": func(n int) string { return fmt.Sprintf("%02d-settlement-batch-merchant-account-reconciliation", n) },
	}
	for name, key := range shapes {
		for _, tc := range []struct {
			w, h int
			zoom bool
		}{{80, 24, false}, {120, 30, false}, {200, 50, false}, {80, 24, true}, {200, 50, true}} {
			t.Run(fmt.Sprintf("%s-%dx%d-zoom%v", name, tc.w, tc.h, tc.zoom), func(t *testing.T) {
				var recs []model.Record
				for i := range 8 {
					n := i % 4
					recs = append(recs, model.Record{Topic: model.RiderTopic, Offset: int64(i), Time: fixedNow.Add(-time.Duration(8-i) * 2 * time.Second),
						Value: []byte(`{"name":"` + key(n) + `","location":"` + decisions[(n+i/4)%4] + `"}`)})
				}
				for i, n := range []string{"deepanshu", "priya-of-the-night-shift"} { // names of other starts beside them
					recs = append(recs, model.Record{Topic: model.RiderTopic, Offset: int64(8 + i), Time: fixedNow,
						Value: []byte(`{"name":"` + n + `","location":"APPROVE"}`)})
				}
				s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
				s.Fold(recs, fixedNow)
				a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow },
					Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
				a.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
				press(a, "2")
				if tc.zoom {
					press(a, "z")
				}
				// every row, paging down the list (the 80x24 grid shows one)
				rowKey := map[int]string{}
				var got string
				var changeKeys []string
				for step := 0; step < 4; step++ {
					got = screen(a)
					first := 1
					if m := regexp.MustCompile(`(\d+)(?:-\d+)?/\d+ ╮`).FindStringSubmatch(got); m != nil {
						first, _ = strconv.Atoi(m[1])
					}
					list, row := false, first-1
					for _, r := range boxRows(t, got, "2 Riders") {
						f := strings.Fields(r)
						switch {
						case len(f) == 0:
						case strings.HasPrefix(f[0], "name") || strings.HasPrefix(f[0], "id"):
							list = true
						case list && len(f) > 1:
							rowKey[row] = f[0]
							row++
							// a status is cut only where the key is cut to 8 cells
							// and last seen is gone (the 80x24 grid's 30 cells)
							if st := f[1]; st != "APPROVE" && st != "DECLINE" && st != "REVIEW_BY_ANALYST" && (len(f) > 3 || utf8.RuneCountInString(f[0]) > 8) {
								t.Errorf("a status is cut, %q, while the row has cells to give:\n%s", st, got)
							}
						case strings.Contains(r, "→") && step == 0:
							changeKeys = append(changeKeys, f[1])
						}
					}
					press(a, "j")
				}
				listKeys := map[string]bool{}
				for _, k := range rowKey {
					if listKeys[k] {
						t.Errorf("two keys read %q:\n%s", k, got)
					}
					listKeys[k] = true
				}
				if len(listKeys) < 4 {
					t.Fatalf("%d key rows:\n%s", len(listKeys), got)
				}
				for _, k := range changeKeys {
					if !listKeys[k] && !cutAlike(k, listKeys) {
						t.Errorf("a change's key reads %q, not as the list cuts it %v:\n%s", k, keysOf(listKeys), got)
					}
				}
				if tc.zoom && len(changeKeys) == 0 {
					t.Errorf("zoomed, no latest changes:\n%s", got)
				}
			})
		}
	}
}

// The key list's widths (ut28a U7: a 32-cell status view of 66-character
// keys and 17-character statuses cut `REVIEW_B…` while since and seen kept
// 11 cells): the key is cut to 8 and last seen goes before a status is cut.
func TestStatusListWidthsStatusBeforeSeen(t *testing.T) {
	titles := []string{"key▼", "decision", "since", "seen"}
	for _, tc := range []struct {
		room, keyW, statusW int
		want                []int
	}{
		{32, 66, 17, []int{8, 17, 5, 0}},
		{37, 66, 17, []int{8, 17, 5, 4}},
		{47, 66, 17, []int{18, 17, 5, 4}},
		{40, 12, 17, []int{11, 17, 5, 4}},
		{30, 66, 17, []int{8, 15, 5, 0}}, // nothing else to give: the status is cut
	} {
		if got := statusListWidths(tc.room, titles, tc.keyW, tc.statusW, false, 0); !slices.Equal(got, tc.want) {
			t.Errorf("room %d, key %d, status %d: widths %v, want %v", tc.room, tc.keyW, tc.statusW, got, tc.want)
		}
	}
}

// cutAlike reports whether change key k reads as one of the list's keys
// with a longer end: the same head before the ellipsis, the list's end
// ending in k's (the list's spare cells go to its keys' ends).
func cutAlike(k string, list map[string]bool) bool {
	head, tail, ok := strings.Cut(k, "…")
	if !ok {
		return false
	}
	for l := range list {
		if lh, lt, ok := strings.Cut(l, "…"); ok && lh == head && strings.HasSuffix(lt, tail) && len(lt) > len(tail) {
			return true
		}
	}
	return false
}
