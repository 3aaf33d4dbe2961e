package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut42a-3, ut42a-24: Riders zoomed at 80x24 headed its rate sparkline
// `rate · 175s` (35 cells) while its data was 57 s old, and the spans
// read `175s` in one pane and `2m` in the next. A span heading says the
// cells drawn (from the oldest with history), in one form everywhere:
// `55s`, `2m`, `2m55s` (a status rate's sparkline leaves the bucket
// being filled out: 11 of the 12 buckets).
func TestSpanHeadingsSayTheSpanDrawn(t *testing.T) {
	var recs []model.Record
	for sec := 55; sec >= 0; sec -= 5 { // 12 buckets of history
		for n := range 4 {
			recs = append(recs, model.Record{Topic: "orders", Partition: n % 3, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Key:   fmt.Appendf(nil, "o-%d", n),
				Value: fmt.Appendf(nil, `{"site":"s-%d","amount":%d}`, (n+sec)%3, 100+n*10+sec)})
		}
	}
	for _, tt := range []struct {
		name, spec string
		w, h       int
		keys       []string
		want       string
	}{
		{"status zoomed", "status key=@key status=site", 80, 24, []string{"z"}, "rate · 55s"},
		{"status grid", "status key=@key status=site", 200, 50, nil, "rate · 55s"},
		{"series grid", "series key=@key fields=amount status=site", 80, 24, nil, " 1m "},
		{"series zoomed", "series key=@key fields=amount status=site", 200, 50, []string{"z"}, " 1m "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := specViewApp(t, tt.w, tt.h, "orders", tt.spec, recs)
			press(a, tt.keys...)
			got := screen(a)
			if !strings.Contains(got, tt.want) {
				t.Errorf("the sparkline's heading does not say the 12 buckets drawn, %q:\n%s", tt.want, got)
			}
		})
	}
}

// A span drawn is written in one form: whole minutes or seconds where
// they divide it, else minutes and seconds (ut42a-24).
func TestShortDurOneForm(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{55 * time.Second, "55s"}, {2 * time.Minute, "2m"}, {175 * time.Second, "2m55s"},
		{65 * time.Second, "1m5s"}, {5 * time.Second, "5s"}, {time.Hour, "1h"}, {90 * time.Minute, "90m"},
	} {
		if got := shortDur(c.d); got != c.want {
			t.Errorf("shortDur(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
