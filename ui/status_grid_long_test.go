package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// In the demo grid's Riders box (30 cells at 80x24), a status view of
// 66-character keys and statuses up to 17 characters keeps
// REVIEW_BY_ANALYST whole: the keys go under 8 cells, to a window of
// where they differ, before a status is cut (closing-s7 "Views": cut by
// 3 cells, `REVIEW_BY_ANAL…`, beside 8-cell keys); every key reads its
// own, on every row the cursor reaches. At 200x50 too.
func TestStatusViewGridKeepsLongStatus(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := testApp(t, size[0], size[1])
		store := a.c.Store.(*model.Store)
		store.Fold(decisionRecords(), fixedNow)
		v, err := model.ParseViewSpec("payments", "status key=@key status=decision")
		if err != nil {
			t.Fatal(err)
		}
		store.AddView(v, fixedNow)
		a.openView(v)
		a.Update(changedMsg{version: store.Version()})
		do(a, "2")
		keys, reviews := map[string]bool{}, 0
		for step := range 6 {
			s := screen(a)
			if step == 0 {
				golden(t, fmt.Sprintf("status-grid-long-%dx%d", size[0], size[1]), s)
			}
			for _, r := range boxRows(t, s, "2 payments") {
				f := strings.Fields(r)
				if len(f) < 2 || !strings.Contains(f[0], "…") && !strings.HasPrefix(f[0], "card-") {
					continue
				}
				keys[f[0]] = true
				if strings.HasPrefix(f[1], "REVIEW") {
					reviews++
					if f[1] != "REVIEW_BY_ANALYST" {
						t.Fatalf("%dx%d: the status is cut: %q\n%s", size[0], size[1], r, s)
					}
				}
			}
			do(a, "j")
		}
		if len(keys) != 6 || reviews == 0 {
			t.Fatalf("%dx%d: %d keys told apart of 6, %d REVIEW_BY_ANALYST rows seen", size[0], size[1], len(keys), reviews)
		}
	}
}
