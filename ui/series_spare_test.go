package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut36b-22 / ut34b-17: a `v` view zoomed at 200x50, its ids whole and its
// sparklines showing their whole window, left its spare cells trailing
// the row, so `seen` read 16 cells wide for `6s`. They are spread between
// the columns instead: the row reaches the border, the last column no
// wider than `stale 59s`.
func TestSeriesSpareCellsBetweenColumns(t *testing.T) {
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
	last := strings.TrimSuffix(head, "│")
	trail := len(last) - len(strings.TrimRight(last, " "))
	if trail > len("stale 59s")-len("seen") {
		t.Errorf("%d blank cells end the heading after `seen`:\n%s", trail, got)
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "│merchant-account-0000-settlement-key") && !strings.Contains(l, "  EUR") {
			t.Errorf("no spare cells between the id and the program:\n%s", got)
		}
	}
}
