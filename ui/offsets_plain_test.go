package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// bigCommits is recordingAdmin with committed offsets over 1,000.
type bigCommits struct{ recordingAdmin }

func (*bigCommits) Committed(context.Context, string) (map[model.TP]int64, error) {
	return map[model.TP]int64{{Topic: "orders", Partition: 0}: 1596, {Topic: "orders", Partition: 1}: 12345}, nil
}

// A record's position, topic/partition@offset, is written with plain
// digits in every place that says one, as kcat writes it and a reset's
// `to` takes it; counts and table columns keep their separators (ut33
// Za9: `@1,596` side by side beside `@1596` in the Log).
func TestPositionsWriteOffsetsPlain(t *testing.T) {
	side := partTails(map[model.TP]partFig{{Topic: "orders", Partition: 4}: {committed: 1596, lag: 1200, lagText: "1,200"}},
		[]model.TP{{Topic: "orders", Partition: 4}}, false)
	deleted := func() string {
		a := adminApp(t, model.ReadOnlyOff, &bigCommits{})
		act(a, "5", "O", "type:orders", "enter")
		return screen(a)
	}()
	for _, tc := range []struct {
		place, got string
		want       []string // each written so
	}{
		{"side by side", strings.Join(side[0].base, " "), []string{"/4 @1596 lag 1,200"}},
		{"the Log", position(&model.Record{Topic: "orders", Partition: 4, Offset: 1596}), []string{"/4@1596"}},
		{"a delivery", deliveredNote{d: model.Delivery{Topic: "orders", Partition: 4, Offset: 1596}}.short(80, &topicApart{}), []string{"orders/4@1596"}},
		{"an offsets deletion's preview", deleted, []string{"orders: /0@1596 /1@12345"}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%s: want %q in:\n%s", tc.place, w, tc.got)
			}
		}
		if strings.Contains(tc.got, "@1,") || strings.Contains(tc.got, "@12,") {
			t.Errorf("%s: an offset grouped after its @:\n%s", tc.place, tc.got)
		}
	}
}
