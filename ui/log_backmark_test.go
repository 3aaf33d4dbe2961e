package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The `↑` mark is judged against the row above on screen: a filtered
// list's first row has none above it, and a row the filter brings under
// a later one is marked (ut19b J10: `22:50:21↑orders/1@0` first under
// `/topic=orders`, older than a record the filter hides).
func TestLogBackMarkIsAgainstTheRowAbove(t *testing.T) {
	at := func(sec int) time.Time { return fixedNow.Add(time.Duration(sec) * time.Second) }
	recs := []model.Record{
		{Topic: "payments", Partition: 0, Offset: 0, Time: at(-60), Key: []byte("p"), Value: []byte(`{"n":0}`)},
		{Topic: "orders", Partition: 1, Offset: 0, Time: at(-90), Key: []byte("big"), Value: []byte(`{"n":1}`)},
		{Topic: "orders", Partition: 2, Offset: 0, Time: at(-30), Key: []byte("o"), Value: []byte(`{"n":2}`)},
		{Topic: "payments", Partition: 0, Offset: 1, Time: at(-20), Key: []byte("p"), Value: []byte(`{"n":3}`)},
		{Topic: "orders", Partition: 2, Offset: 1, Time: at(-40), Key: []byte("o"), Value: []byte(`{"n":4}`)},
	}
	for _, tc := range []struct {
		filter string
		want   []string // the rows marked ↑
	}{
		{"", []string{"orders/1@0", "orders/2@1"}},
		{"topic=orders", []string{"orders/2@1"}},
		{"topic=orders key=big", nil},
	} {
		t.Run(tc.filter, func(t *testing.T) {
			a, p := keysApp(t, 80, 24, true, nil)
			writer(a.c).Fold(recs[:1], fixedNow) // as a catch-up brings them: orders read later, with older records
			writer(a.c).Fold(recs[1:], fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			if tc.filter != "" {
				filterBy(a, tc.filter)
			}
			screen(a)
			var marked []string
			for _, l := range p.Lines(false) {
				if _, after, ok := strings.Cut(ansi.Strip(l), backMark); ok {
					marked = append(marked, strings.Fields(after)[0])
				}
			}
			if strings.Join(marked, " ") != strings.Join(tc.want, " ") {
				t.Errorf("marked %v, want %v:\n%s", marked, tc.want, logBox(t, screen(a)))
			}
		})
	}
}
