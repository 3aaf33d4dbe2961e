package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut38a-15: v, a line naming a field none of the held records has, and
// ctrl+s saved it (and the next start showed a pane reading nothing).
// The line is refused in the prompt's words, naming the field, the one
// meant and those the records have; nothing is opened or saved, and the
// prompt keeps the text to mend. At both sizes.
func TestChartRefusesAFieldNoRecordHas(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		foldPayments(a)
		saves := 0
		a.c.SaveView = func(_ context.Context, v model.TopicView) (string, error) { saves++; return "/cfg/views.toml", nil }
		a.Update(changedMsg{version: a.c.Store.Version()})
		do(a, "8", "/", "payments", "enter", "v", "ctrl+u")
		for _, r := range "series key=@key fields=amuont" {
			do(a, string(r))
		}
		got := flat(runKey(a, "ctrl+s"))
		const want = `view not opened: fields: "amuont" is in none of the 12 records read (did you mean amount?); they have amount, state`
		if !strings.Contains(got, want) || saves != 0 || a.focus == paneSeries {
			t.Fatalf("%dx%d: saves %d, focus %d; want %q:\n%s", size[0], size[1], saves, a.focus, want, screen(a))
		}
	}
}

// foldPayments folds 12 records of payments (keys u-1..u-3, amount and
// state) into a's store.
func foldPayments(a *App) {
	var recs []model.Record
	for i := range 12 {
		recs = append(recs, model.Record{Topic: "payments", Partition: 0, Offset: int64(i), Time: fixedNow,
			Key: []byte([]string{"u-1", "u-2", "u-3"}[i%3]), Value: []byte(`{"amount":` + itoa(5*i) + `,"state":"` + []string{"ok", "failed"}[i%2] + `"}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
}
