package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Two topics that differ only near their end read apart in the 80x24
// grid's Produce box, in the topic field and in a delivery read on one
// line, as Partitions reads them (ut32b Zb5: `customer-noti…` and
// `cus…idle/2@0` for both `…-archive-2026-idle` and `…-2027-idle`); a
// topic its start already tells apart keeps its start.
func TestProduceTopicReadsApartInTheGrid(t *testing.T) {
	const base = "customer-notification-preferences-audit-trail-archive-"
	for _, year := range []string{"2026", "2027"} {
		topic := base + year + "-idle"
		a := testApp(t, 80, 24)
		writer(a.c).Update(func(st *model.State) {
			st.Topics = []string{model.LaundryTopic, base + "2026-idle", base + "2027-idle"}
		})
		a.version = a.c.Store.Version()
		do(a, "7", "enter", "type:"+topic, "esc")
		a.Update(paneMsg{pane: paneProduce, msg: producedMsg{delivery: model.Delivery{Topic: topic, Partition: 2, Time: fixedNow}}})
		do(a, "esc") // the outcome read: said on one line in the box
		got := screen(a)
		var field, sent string
		for _, line := range strings.Split(got, "\n") {
			if _, rest, ok := strings.Cut(line, "│ topic     "); ok {
				field = rest
			}
			if _, rest, ok := strings.Cut(line, "│delivered to "); ok {
				sent = rest
			}
		}
		if !strings.Contains(field, year[2:]) || !strings.Contains(sent, year[2:]) {
			t.Errorf("%s: the field reads %q and the delivery %q: neither may read as the other year's\n%s", year, field, sent, got)
		}
	}
	a := testApp(t, 80, 24)
	if got := screen(a); !strings.Contains(got, "│ topic     laundry-machi…│") {
		t.Errorf("the demo's topic, apart by its start, lost its start:\n%s", got)
	}
}
