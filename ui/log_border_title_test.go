package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// In the 80x24 grid's Log box, paused with aborted records shown and the
// hex format, the title gives way before the counts: `paused +N` read
// `pa…` beside a whole `· hex · +aborted` (ut26 S1).
func TestLogTitleGivesWayBeforeThePausedCount(t *testing.T) {
	a := busiestApp(t, 80, 24)
	do(a, "6", "a", "/")
	typeText(a, "partition=0")
	do(a, "enter", "space", "enter", "f", "f", "f", "esc")
	store := a.c.Store.(*model.Store)
	var recs []model.Record
	for off := range 3000 { // arrivals after the pause
		recs = append(recs, model.Record{Topic: "payments", Partition: 0, Offset: int64(1000 + off), Time: fixedNow,
			Key: []byte("k"), Value: []byte(`{"n":` + strconv.Itoa(off) + `}`)})
	}
	store.Fold(recs, fixedNow)
	a.Update(changedMsg{version: store.Version()})
	got := screen(a)
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "6 Log") {
			if !strings.Contains(l, "paused +3,000") {
				t.Fatalf("the paused count is not whole in the border:\n%s", l)
			}
			return
		}
	}
	t.Fatalf("no Log border:\n%s", got)
}
