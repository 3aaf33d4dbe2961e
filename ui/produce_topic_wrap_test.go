package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// nameBoundary reports whether a name wrapped at the end of line and
// the start of next breaks where draw.Wrap may: after '-', '.', '_' or
// '/', or before '['.
func nameBoundary(line, next string) bool {
	line, next = strings.TrimRight(line, " "), strings.TrimLeft(next, " ")
	return strings.HasSuffix(line, "-") || strings.HasSuffix(line, ".") || strings.HasSuffix(line, "_") ||
		strings.HasSuffix(line, "/") || strings.HasPrefix(next, "[")
}

// fieldLines is the rows of a form field from its label on: the label's
// row and the indented rows under it.
func fieldLines(box []string, label string) []string {
	var out []string
	for _, l := range box {
		head := strings.TrimLeft(strings.TrimLeft(l, " "), "▸")
		switch {
		case strings.HasPrefix(head, label+" "):
			out = append(out, strings.TrimSpace(strings.TrimPrefix(head, label)))
		case len(out) > 0 && strings.HasPrefix(l, strings.Repeat(" ", labelW)) && strings.TrimSpace(l) != "":
			out = append(out, strings.TrimSpace(l))
		case len(out) > 0:
			return out
		}
	}
	return out
}

// A long topic in the Produce form wraps at a name boundary, never
// inside a part of its name, zoomed at 80x24 and in the 200x50 grid,
// shown and edited (the form broke `…check-wrapping-a` / `bcd`).
func TestProduceTopicWrapsAtNameBoundaries(t *testing.T) {
	const topic = "payments-settlement-reconciliation-events.primary_region-eu-westerly-production-v3"
	for _, tc := range []struct {
		name string
		zoom bool
	}{{"produce-topic-wrap-200x50", false}, {"produce-topic-wrap-zoom-80x24", true}} {
		t.Run(tc.name, func(t *testing.T) {
			w, h := dims(tc.name)
			a, p, _ := produceApp(t, w, h)
			writer(a.c).Update(func(st *model.State) { st.Topics = append(st.Topics, topic) })
			do(a, "7", "esc")
			if tc.zoom {
				do(a, "z")
			}
			p.setForm(model.Form{Topic: topic, Partition: "auto", Value: `{"order":1}`})
			a.rev++
			for _, step := range []string{"shown", "edited"} {
				if step == "edited" {
					do(a, "enter")
					p.active = fieldTopic
					p.focusField()
					a.rev++
				}
				s := screen(a)
				assertFits(t, s, w, h)
				rows := fieldLines(produceBox(s), "topic")
				if strings.Join(rows, "") != topic || len(rows) < 2 {
					t.Fatalf("%s: the topic is not whole over %d rows: %q\n%s", step, len(rows), rows, s)
				}
				for i := range rows[1:] {
					if !nameBoundary(rows[i], rows[i+1]) {
						t.Errorf("%s: the topic breaks inside a name part: %q / %q\n%s", step, rows[i], rows[i+1], s)
					}
				}
				if step == "shown" {
					golden(t, tc.name, s)
				}
			}
		})
	}
}
