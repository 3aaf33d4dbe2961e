package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// statusLongApp is a status view on a topic of 66-character keys whose
// status is a decision of up to 17 characters (ut25a Q5), zoomed.
func statusLongApp(t *testing.T, w, h int) *App {
	t.Helper()
	a := foreignApp(t, w, h)
	openFoldedView(t, a, decisionRecords(), "status key=@key status=decision")
	return a
}

// decisionRecords are 24 decisions on "payments" over 6 keys of 66
// characters that differ in one digit, the statuses up to 17 characters.
func decisionRecords() []model.Record {
	decisions := []string{"APPROVE", "DECLINE", "REVIEW_BY_ANALYST"}
	var recs []model.Record
	for i := range 24 {
		key := fmt.Sprintf("card-holder-%04d-authorisation-request-key-for-region-eu-west-1", i%6)
		at := fixedNow.Add(-time.Duration(24-i) * 2 * time.Second)
		recs = append(recs, model.Record{Topic: "payments", Partition: i % 3, Offset: int64(i), Time: at,
			Key: []byte(key), Value: []byte(`{"decision":"` + decisions[(i*7/6)%3] + `"}`)})
	}
	return recs
}

// openFoldedView folds recs (on "payments") into a's store, opens the
// view of spec on them in pane 2 and zooms it.
func openFoldedView(t *testing.T, a *App, recs []model.Record, spec string) {
	t.Helper()
	store := a.c.Store.(*model.Store)
	store.Fold(recs, fixedNow)
	v, err := model.ParseViewSpec("payments", spec)
	if err != nil {
		t.Fatal(err)
	}
	store.AddView(v, fixedNow)
	a.openView(v)
	a.Update(changedMsg{version: store.Version()})
	do(a, "2", "z")
}

// ut25a Q5: a status view zoomed cut REVIEW_BY_ANALYST to `REVIE…NALYST`
// in its per-status table beside 95 blank cells, and its latest changes
// kept a 66-character key whole while they cut the new state
// (`DECLINE → A…`). A status is whole where the row has room; a change
// line cuts its key in the middle, as the list does, before its states.
func TestStatusViewLongStatusesAndKeys(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := statusLongApp(t, size[0], size[1])
		got := screen(a)
		rows := boxRows(t, got, "2 payments")
		table, changes := 0, 0
		for _, r := range rows {
			f := strings.Fields(r)
			if len(f) == 0 {
				continue
			}
			if strings.HasPrefix(f[0], "REVIE") { // the per-status table's row
				table++
				if f[0] != "REVIEW_BY_ANALYST" {
					t.Errorf("%dx%d: the per-status table cuts the status: %q\n%s", size[0], size[1], r, got)
				}
			}
			if i := strings.Index(r, "→"); i >= 0 {
				changes++
				to := strings.TrimSpace(r[i+len("→"):])
				if to != "APPROVE" && to != "DECLINE" && to != "REVIEW_BY_ANALYST" {
					t.Errorf("%dx%d: a change line cuts its new state %q: %q\n%s", size[0], size[1], to, r, got)
				}
				if !strings.Contains(r, "card-holder-") || !strings.Contains(r, "eu-west-1 ") {
					t.Errorf("%dx%d: a change line's key is not cut in the middle: %q", size[0], size[1], r)
				}
			}
		}
		// The list's keys are cut as the change lines cut them, their end
		// taking the cells the list has over the changes, so its rows do
		// not end in blank cells beside cut keys (closing-s7 "Views").
		changeHead, listHeads := "", 0
		for _, r := range rows {
			if i := strings.Index(r, "→"); i >= 0 && changeHead == "" {
				if k := strings.Fields(r)[1]; strings.Contains(k, "…") {
					changeHead = k[:strings.Index(k, "…")]
				}
			}
		}
		for _, r := range rows {
			if f := strings.Fields(r); len(f) > 1 && !strings.Contains(r, "→") && strings.HasPrefix(f[0], "card-holder-") {
				listHeads++
				if !strings.Contains(f[0], "…") {
					continue
				}
				if strings.Index(f[0], "…") != len(changeHead) || strings.HasSuffix(r, "    ") {
					t.Errorf("%dx%d: a list row cut unlike the changes (%q…) or ending in blank cells: %q", size[0], size[1], changeHead, r)
				}
			}
		}
		if table != 1 || changes == 0 {
			t.Errorf("%dx%d: %d REVIEW_BY_ANALYST rows in the table, %d change lines:\n%s", size[0], size[1], table, changes, got)
		}
		golden(t, fmt.Sprintf("status-long-%dx%d", size[0], size[1]), got)
	}
}
