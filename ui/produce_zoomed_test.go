package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut43a-11: at 80x24 a send's outcome, said whole, made the 7-row Produce
// box take the screen, and the value area then took every spare row: a
// one-line value over 12 blank rows, the outcome at the bottom, nothing
// saying why the layout changed or how to go back. While the pane has the
// screen by itself (not the user's z), the value area is as tall as its
// text and a row for the cursor, the outcome right under the form, and the
// border says it is zoomed and which key gives the grid back. The value
// typed is on screen at every step. For every kind of outcome (a
// delivery, a refusal of the broker, a burst's), edited or not, at 80x24
// and 200x50 (where the grid's box holds it, and nothing zooms).
func TestProduceOutcomeZoomSaysSoAndKeepsTheFormTight(t *testing.T) {
	const typed = `{"name":"zoe"}`
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tc := range []struct {
			name    string
			editing bool
			keys    []string
			prepare func(p *ProducePane, rec *recorder)
			says    string
		}{
			{name: "sent", editing: true, keys: []string{"ctrl+s"}, says: "delivered to"},
			{name: "sent-not-editing", keys: []string{"ctrl+s"}, says: "delivered to"},
			{name: "error", editing: true, keys: []string{"ctrl+s"}, says: "Unknown Topic Or Partition",
				prepare: func(_ *ProducePane, rec *recorder) {
					rec.err = errors.New("[3] Unknown Topic Or Partition: the request is for a topic or partition that does not exist")
				}},
			{name: "burst", editing: true, keys: []string{"ctrl+b"}, says: "burst done",
				prepare: func(p *ProducePane, _ *recorder) {
					p.inputs[fieldCount].SetValue("5")
					p.inputs[fieldRate].SetValue("2000")
				}},
		} {
			t.Run(sizeName(size)+"/"+tc.name, func(t *testing.T) {
				a, p, rec := produceApp(t, size[0], size[1])
				a.c.Schemas = &fakeSchemas{} // the demo's form: a schema row too
				do(a, "7")
				p.setForm(model.Form{Topic: model.RiderTopic, Key: "zoe", Partition: "auto", Value: typed})
				if tc.prepare != nil {
					tc.prepare(p, rec)
				}
				if tc.editing {
					do(a, "enter")
					p.active = fieldValue
					p.focusField()
				}
				before := screen(a)
				if tc.name == "sent" {
					golden(t, "produce-outcome-before-"+sizeName(size), before)
				}
				do(a, tc.keys...)
				got := screen(a)
				golden(t, "produce-outcome-"+tc.name+"-"+sizeName(size), got)
				if !strings.Contains(got, typed) {
					t.Fatalf("the value typed is not on screen:\n%s", got)
				}
				box := produceBox(got)
				text := produceBoxText(got)
				if !strings.Contains(text, tc.says) {
					t.Fatalf("the outcome does not say %q:\n%s", tc.says, got)
				}
				if !a.zoom {
					return
				}
				border := strings.Split(got, "\n")[1]
				want := "any key returns"
				if tc.editing {
					want = "esc returns"
				}
				if !strings.Contains(border, "zoomed") || !strings.Contains(border, want) {
					t.Fatalf("zoomed by the pane, the border does not say so and %q:\n%s", want, got)
				}
				value, schema, burst := -1, -1, -1
				for i, l := range box {
					switch {
					case strings.Contains(l, "value "):
						value = i
					case strings.HasPrefix(l, " schema "):
						schema = i
					case strings.HasPrefix(l, " burst "):
						burst = i
					}
				}
				if value < 0 || schema < 0 || burst < 0 {
					t.Fatalf("value, schema or burst row missing:\n%s", got)
				}
				if rows := schema - value; rows > 2 {
					t.Fatalf("a one-line value takes %d rows (want its line and the cursor's):\n%s", rows, got)
				}
				if burst+1 >= len(box) || strings.TrimSpace(box[burst+1]) == "" {
					t.Fatalf("the outcome is not right under the form:\n%s", got)
				}
				if strings.TrimSpace(box[len(box)-1]) != "" {
					t.Fatalf("the spare rows are not under the outcome:\n%s", got)
				}
			})
		}
	}
}
