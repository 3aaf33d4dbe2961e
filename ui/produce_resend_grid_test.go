package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut22b N15 and N13, in the tester's steps: an 80x24 console with
// --read-only, 6, enter on the newest record, R. The form's box cannot
// hold the form under the read-only note, so editing takes the screen at
// once (it stayed in the grid until the next key, the border's mode cut
// to `read-only…` and the value shown from its end as `a":-2,"n":2}`).
func TestProduceResendReadOnlyAt80x24(t *testing.T) {
	a := testApp(t, 80, 24)
	a.c.Cluster.ReadOnly = model.ReadOnlyAll
	const topic = "warehouse-inventory-adjustments-stream-from-north-depot-v2"
	const value = `{"qty":2,"delta":-2,"n":2}`
	writer(a.c).Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic, model.RiderTopic, model.StudentTopic, topic}
	})
	writer(a.c).Fold([]model.Record{{Topic: topic, Partition: 5, Offset: 1895, Time: fixedNow, Key: []byte("sku-2-bin-A2"), Value: []byte(value)}}, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "6", "enter")
	if s := screen(a); !strings.Contains(s, "offset 1895") {
		t.Fatalf("enter did not open the record's details:\n%s", s)
	}
	_, cmd := a.Update(keyPress("R"))
	run(a, cmd)
	s := screen(a)
	if border := produceLineWith(s, "7 Produce"); strings.Contains(border, "…") || !strings.Contains(border, "read-only") {
		t.Errorf("the Produce border's mode is cut or missing: %q:\n%s", border, s)
	}
	if row := produceLineWith(s, "▸value"); !strings.Contains(row, value) {
		t.Errorf("the value being edited is not shown whole where the screen has room: %q:\n%s", row, s)
	}
	golden(t, "produce-resend-read-only-80x24", s)
}

// produceLineWith is the first line of s holding text, or "".
func produceLineWith(s, text string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// The Produce border says `read-only` whole in every box width a read-only
// session's form is edited in, never `read-only…` (ut22b N15): the
// editing words give way first.
func TestProduceBorderSaysReadOnlyWhole(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	a.c.Cluster.ReadOnly = model.ReadOnlyAll
	p.editing = true
	for w := 27; w <= 80; w++ { // 27: the 80x24 grid's box, the narrowest the title and the mode fit whole
		title, status := fitTop("7 Produce", statusParts(p), w)
		if strings.Contains(status, "…") || !strings.Contains(status, "read-only") || strings.Contains(title, "…") {
			t.Errorf("width %d: title %q, status %q (%d cells)", w, title, status, ansi.StringWidth(status))
		}
	}
}
