package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// The reset preview's total says a partition with no commit as its row
// does (`-`), in the Groups list's words, never a lag of 0 (ut21a K7-4:
// "1 partition: lag 0 now" under a row reading -).
func TestResetPreviewTotalOfPartitionsNotCommitted(t *testing.T) {
	row := func(p int, cur, high int64) model.ResetRow {
		return model.ResetRow{TP: model.TP{Topic: "orders", Partition: p}, Current: cur, New: 0, High: high}
	}
	for _, tc := range []struct {
		name string
		rows []model.ResetRow
		want string
	}{
		{"none committed", []model.ResetRow{row(3, -1, 0)}, "1 partition: lag - now (1 partition not committed), 0 after"},
		{"some committed", []model.ResetRow{row(0, 90, 100), row(1, -1, 40)}, "2 partitions: lag 10+ now (1 partition not committed), 140 after"},
		{"all committed", []model.ResetRow{row(0, 90, 100), row(1, 35, 40)}, "2 partitions: lag 15 now, 140 after"},
		// ut28a U9: a group committed past the end, in words, not "-4,000"
		{"committed past the end", []model.ResetRow{row(0, 2000, 0), row(1, 2000, 0)}, "2 partitions: lag ahead 4,000 now, 0 after"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := resetPreview(model.ResetPlan{Group: "g", Rows: tc.rows})
			if got := lines[len(lines)-1]; got != tc.want {
				t.Errorf("total %q, want %q\n%s", got, tc.want, strings.Join(lines, "\n"))
			}
		})
	}
}

// ut32b Zb12: at 80x24 a topic of 56 characters was cut by 16 while each
// row kept 12 blank cells for a note on two rows of eight, and the total
// said `4,155+` where the Groups list said `4,155` for the same group.
// A topic the table would cut goes whole on a line of its own, its
// partitions under it; the total is the list's figure, which is a floor,
// `4,128+`, members or not, since the list reads one (ut36b-11).
func TestResetPreviewKeepsALongTopicWhole(t *testing.T) {
	topic := "settlement.payments.reconciliation-events.us-east-1.v3"
	p := model.ResetPlan{Group: "group-00004", Scope: model.ResetScope{Topic: topic, Partition: -1}, Target: model.ResetTarget{Kind: model.ResetLatest}}
	for i := range 8 {
		r := model.ResetRow{TP: model.TP{Topic: topic, Partition: i}, Current: 0, New: 688, High: 688}
		if i >= 6 {
			r.Current, r.New, r.High = -1, 27, 27
		}
		p.Rows = append(p.Rows, r)
	}
	for _, w := range []int{78, 198} {
		lines := resetPreviewAt(p, w)
		text := strings.Join(lines, "\n")
		if !strings.Contains(text, topic) || strings.Contains(text, "…") {
			t.Errorf("%d: the topic is not whole:\n%s", w, text)
		}
		if got := lines[len(lines)-1]; got != "8 partitions: lag 4,128+ now (2 partitions not committed), 0 after" {
			t.Errorf("%d: total %q", w, got)
		}
	}
}

// A reset on every topic moves committed offsets only: the partitions of
// those topics with no commit are said, with the consumer's
// auto.offset.reset they are left to, and the total is a floor as the
// Groups list's is (ut36b-11: orders/1 unsaid, `lag 25 now` beside `25+`).
func TestResetPreviewOnEveryTopicSaysThePartitionsNotCommitted(t *testing.T) {
	p := model.ResetPlan{Group: "g", Target: model.ResetTarget{Kind: model.ResetEarliest},
		Rows: []model.ResetRow{
			{TP: model.TP{Topic: "orders", Partition: 0}, Current: 44, New: 0, High: 44},
			{TP: model.TP{Topic: "orders", Partition: 2}, Current: 6, New: 0, High: 31},
		},
		NotCommitted: []model.TP{{Topic: "orders", Partition: 1}}}
	lines := resetPreviewAt(p, 78)
	text := strings.Join(lines, "\n")
	for _, want := range []string{"not committed, left to the consumer's auto.offset.reset: orders/1",
		"2 partitions: lag 25+ now (1 partition not committed), 75+ after"} {
		if !strings.Contains(text, want) {
			t.Errorf("preview lacks %q:\n%s", want, text)
		}
	}
}

// A list of partitions names a topic once for its partitions that follow
// one another (ut38b-5: a 52-character topic said seven times).
func TestPartitionListNamesATopicOnce(t *testing.T) {
	long := "payments.settlement.card-authorisations.eu-west-1.v2"
	got := tpList([]model.TP{{Topic: long, Partition: 1}, {Topic: long, Partition: 6}, {Topic: long, Partition: 7}, {Topic: "orders", Partition: 0}})
	if want := long + "/1, /6, /7, orders/0"; got != want {
		t.Errorf("tpList = %q, want %q", got, want)
	}
}
