package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut36b-22 / ut34b-17 spread a zoomed `v` view's spare cells between its
// columns, up to 3 a gap, so `seen` would not read 16 cells wide for `6s`;
// ut42a-18 then read every column as wider than its content (`id` 7 cells
// for `o-0`). The columns keep their content's width, one blank apart,
// and the cells the whole window leaves end the row, after `seen` at its
// own width (`stale 59s`).
func TestSeriesSpareCellsEndTheRow(t *testing.T) {
	const topic = "acme.payments.settlement-events.eu-west-1.v2"
	var recs []model.Record
	for sec := 300; sec >= 0; sec -= 5 {
		for n := range 4 {
			recs = append(recs, model.Record{Topic: topic, Partition: n % 3, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Key:   fmt.Appendf(nil, "merchant-account-%04d-settlement-key", n),
				Value: fmt.Appendf(nil, `{"currency":"EUR","amount":%d,"fee":%d.5}`, 500+n*10+sec%50, n+sec%4)})
		}
	}
	a := specViewApp(t, 200, 50, topic, "series key=@key fields=amount,fee status=currency", recs)
	press(a, "z")
	got := screen(a)
	defer golden(t, "series-spare-200x50-zoomed", got)
	head := seriesHeading(t, got)
	if !strings.Contains(head, "5m") {
		t.Fatalf("the sparklines do not show their whole window:\n%s", got)
	}
	if !strings.Contains(head, " seen ") {
		t.Errorf("last seen is not the last column, at its own width:\n%s", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "│merchant-account-0000-settlement-key") && !strings.HasPrefix(l, "│merchant-account-0000-settlement-key EUR") {
			t.Errorf("spare cells between the id and the program:\n%s", got)
		}
	}
}
