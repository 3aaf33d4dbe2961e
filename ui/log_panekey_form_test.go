package ui

import (
	"testing"

	"github.com/washboard/washboard/model"
)

// A pane's number and tab only move focus: from the paused Log, 7 (or
// tab) gives Produce the selected record's topic, never its key, value or
// partition; p, the key that fills the form from what a pane offers, and
// R (edit and resend) carry the record (ut33: 7 carried the Log's
// selected record into Produce).
func TestLogPaneKeyCarriesTopicOnly(t *testing.T) {
	rec := model.Record{Topic: "orders", Partition: 2, Offset: 3, Time: fixedNow, Key: []byte("order-key-1"), Value: []byte(`{"n":1}`)}
	for _, tc := range []struct {
		keys   []string
		record bool // the form holds the record
	}{
		{[]string{"7"}, false},
		{[]string{"tab"}, false},
		{[]string{"p"}, true},
		{[]string{"R"}, true},
	} {
		a := logApp(t, 120, 30, rec)
		do(a, "space") // paused: the cursor on the newest row, rec
		for _, k := range tc.keys {
			a.View()
			_, cmd := a.Update(keyPress(k))
			run(a, cmd)
		}
		p := a.panes[paneProduce].(*ProducePane)
		f := p.form()
		if a.focus != paneProduce || f.Topic != "orders" {
			t.Errorf("%v: focus %d, topic %q: want Produce with the record's topic", tc.keys, a.focus, f.Topic)
		}
		if got := f.Key == "order-key-1" && f.Value == `{"n":1}` && f.Partition == "2"; got != tc.record {
			t.Errorf("%v: the form holds the record: %v, want %v (%+v)", tc.keys, got, tc.record, f)
		}
	}
}
