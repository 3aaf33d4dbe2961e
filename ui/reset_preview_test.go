package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// longTopicAdmin plans resets over a long topic and a short one, every
// partition before the target time, as a real cluster with a topic name
// of 67 characters answers.
type longTopicAdmin struct{ recordingAdmin }

const longResetTopic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"

func (l *longTopicAdmin) PlanReset(_ context.Context, group, typ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	p := model.ResetPlan{Group: group, Scope: scope, Target: target}
	for i := range 3 {
		p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: "ledger", Partition: i}, Current: 17, New: 0, High: 17})
	}
	for i := range 3 {
		p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: longResetTopic, Partition: i}, Current: 38, New: 0, High: 1063})
	}
	return p, l.note("plan " + group)
}

// The reset preview with a long topic shows every partition's numbers
// under their headings at 80x24 and 200x50: the table is sized to its
// content, the topic cut in the middle with its partition kept; the time
// and the instruction wrap whole (issue 14, B15: at 80x24 the long
// topic's rows showed no number, at 200x50 they sat 38 cells right of
// their headings).
func TestResetPreviewFitsALongTopic(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &longTopicAdmin{})
		a.c.Now = func() time.Time { return fixedNow.In(time.FixedZone("IST", 5*3600+1800)) }
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "5", "z", "o", "type:2026-11-20 22:20", "enter")
		s := screen(a)
		golden(t, "reset-preview-long-topic-"+sizeName(size), s)
		lines := strings.Split(s, "\n")
		var head int
		for i, l := range lines {
			if strings.Contains(l, "lag after") {
				head = i
			}
		}
		if head == 0 {
			t.Fatalf("%v: no table heading:\n%s", size, s)
		}
		lagEnd := ansi.StringWidth(lines[head][:strings.Index(lines[head], "lag after")+len("lag after")])
		row := regexp.MustCompile(`\S*/(\d)\s+(\d+)\s+0\s+(\d[\d,]*)`)
		n := 0
		for _, l := range lines[head+1:] {
			m := row.FindStringSubmatchIndex(l)
			if m == nil {
				continue
			}
			n++
			if end := ansi.StringWidth(l[:m[7]]); end != lagEnd { // the lag after ends under its heading
				t.Errorf("%v: row misaligned with its heading (ends at %d, heading at %d):\n%s", size, end, lagEnd, s)
			}
		}
		if n < 5 {
			t.Errorf("%v: %d rows show their numbers, want at least 5:\n%s", size, n, s)
		}
		flat := boxText(s)
		for _, want := range []string{"to time 2026-11-20 22:20:00 IST:", `type "audit" and enter to reset offsets; esc goes back to the form`, "log start"} {
			if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%v: the preview does not say %q whole:\n%s", size, want, s)
			}
		}
	}
}

func sizeName(size [2]int) string {
	return strings.Join([]string{itoa(size[0]), itoa(size[1])}, "x")
}

// eightPartsAdmin plans a reset over one topic's eight partitions.
type eightPartsAdmin struct{ recordingAdmin }

func (e *eightPartsAdmin) PlanReset(_ context.Context, group, _ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	p := model.ResetPlan{Group: group, Scope: scope, Target: target}
	for i := range 8 {
		p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: "orders", Partition: i}, Current: 40, New: 0, High: 40})
	}
	return p, e.note("plan " + group)
}

// A reset's outcome names every partition it wrote when the pane has the
// rows (ut16b E1: eight partitions were said as six "and 2 more" above
// thirty free rows).
func TestResetOutcomeNamesEveryPartition(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &eightPartsAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	act(a, "5", "z", "o", "type:earliest", "enter", "type:audit", "enter")
	s := screen(a)
	// in the table kept whole above the outcome, or in the outcome in its
	// place (ut32a Za4: not both)
	if !regexp.MustCompile(`orders/7( 40→0|\s+40\s+0\s)`).MatchString(s) || strings.Contains(s, "more (read back") || strings.Contains(s, "above,") {
		t.Fatalf("the outcome does not name all eight partitions:\n%s", s)
	}
}

// A note that an offset went to an end of the log is written one way at
// one width: the same words whether a time before the oldest record or
// an offset out of range put it there, long in an 80-column box where
// every long note fits, short with its legend only where they do not
// (ut16b E2: "(clamped to the log end)" beside "log start" and a legend).
func TestResetNotesOneStyleAndWording(t *testing.T) {
	exact := model.ResetPlan{Group: "ops", Target: model.ResetTarget{Kind: model.ResetExact, Offset: 99999}, Rows: []model.ResetRow{
		{TP: model.TP{Topic: "orders", Partition: 0}, Current: 48, New: 48, Low: 0, High: 48, Clamped: true}}}
	before := model.ResetPlan{Group: "ops", Target: model.ResetTarget{Kind: model.ResetTime, At: fixedNow.Add(-72 * time.Hour)}, Rows: []model.ResetRow{
		{TP: model.TP{Topic: "orders", Partition: 0}, Current: 48, New: 0, Low: 0, High: 48}}}
	for _, tc := range []struct {
		plan model.ResetPlan
		want string
	}{{exact, "orders/0        48   48          0 (clamped to the log end)"}, {before, "orders/0        48    0         48 (clamped to the log start)"}} {
		lines := resetPreviewAt(tc.plan, 78) // the 80-column box
		text := strings.Join(lines, "\n")
		if !strings.Contains(text, tc.want) {
			t.Errorf("want %q:\n%s", tc.want, text)
		}
		if strings.Contains(text, ": the ") {
			t.Errorf("a legend where the long notes fit:\n%s", text)
		}
	}
	// too narrow for the long notes: all short, with one legend each
	narrow := strings.Join(resetPreviewAt(before, 44), "\n")
	if !strings.Contains(narrow, "  log start") || !strings.Contains(narrow, "log start: the time is before the oldest record") {
		t.Errorf("narrow preview:\n%s", narrow)
	}
}
