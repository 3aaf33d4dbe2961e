package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A key or topic longer than its field wraps over the rows the form
// leaves, whole, edited or not, the cursor in sight while edited: the
// zoomed 80x24 form and the 200x50 grid (ut16b E10: an 81-character key
// and a 70-character topic were cut with 13 rows empty below).
func TestProduceLongKeyAndTopicWrapOverFreeRows(t *testing.T) {
	const topic = "such-topic-for-washboard-ut16b-with-a-long-name-to-check-wrapping-abcd"
	key := "customer-account-identifier-" + strings.Repeat("0", 49) + "-end"
	for _, tc := range []struct {
		size [2]int
		zoom bool
	}{{[2]int{80, 24}, true}, {[2]int{200, 50}, false}} {
		t.Run(sizeName(tc.size), func(t *testing.T) {
			a, p, _ := produceApp(t, tc.size[0], tc.size[1])
			writer(a.c).Update(func(st *model.State) { st.Topics = append(st.Topics, topic) })
			do(a, "7", "esc")
			if tc.zoom {
				do(a, "z")
			}
			p.setForm(model.Form{Topic: topic, Key: key, Partition: "auto", Value: `{"order":"longkey"}`})
			a.rev++
			for _, step := range []string{"shown", "edited"} {
				if step == "edited" {
					do(a, "enter")
					p.active = fieldKey
					p.focusField()
					a.rev++
				}
				s := screen(a)
				if step == "shown" {
					golden(t, "produce-long-key-"+sizeName(tc.size), s)
				}
				flat := strings.ReplaceAll(strings.Join(produceBox(s), ""), " ", "")
				for _, want := range []string{"topic" + topic, "key" + key} {
					if !strings.Contains(flat, want) {
						t.Errorf("%s: %q is not whole:\n%s", step, want, s)
					}
				}
				if strings.Contains(strings.Join(produceBox(s), ""), "…") {
					t.Errorf("%s: a field is cut:\n%s", step, s)
				}
			}
		})
	}
}
