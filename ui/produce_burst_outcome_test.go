package ui

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

// ut34a-10: in the 80x24 grid's Produce box (25 cells, out of focus) a
// burst's outcome wrapped as "burst done: sent 100 of" above "100". Every
// outcome, at every count, keeps its numbers with their words: no row of
// the box is a number alone.
func TestProduceBurstOutcomeKeepsNumbersWithWords(t *testing.T) {
	bare := regexp.MustCompile(`^[0-9,/]+( of)?$`)
	for _, msg := range []burstMsg{
		{sent: 100, total: 100},
		{sent: 1000, total: 1000},
		{sent: 40, total: 100, stopped: true},
		{sent: 1000000, total: 1000000},
		{sent: 306, total: 1000, err: errors.New("nothing listens on 127.0.0.1:30500")},
	} {
		a, p, _ := produceApp(t, 80, 24)
		p.inputs[fieldTopic].SetValue("laundry-machine-logs")
		p.failed, p.report = msg.err != nil, burstOutcome(msg)
		do(a, "1") // Produce out of focus: the grid's narrow box
		got := screen(a)
		rows := produceBoxRows(got)
		for _, r := range rows {
			if bare.MatchString(strings.TrimSpace(r)) {
				t.Errorf("%q: a number alone on a row:\n%s", p.report, got)
			}
		}
		if msg.err == nil && !strings.Contains(produceBoxText(got), p.report) {
			t.Errorf("%q not said whole:\n%s", p.report, got)
		}
	}
}

// ut36a-19: eight minutes after a burst the grid's Produce box still said
// `burst done: 100/100 sent` in the burst row's place, read as something
// that just happened. A burst that ended well is said for noticeFor; then
// the burst row comes back (a failure stays).
func TestProduceBurstOutcomeLapses(t *testing.T) {
	for _, msg := range []burstMsg{{sent: 100, total: 100}, {sent: 40, total: 100, stopped: true}} {
		a, p, _ := produceApp(t, 80, 24)
		now := fixedNow
		a.c.Now = func() time.Time { return now }
		p.inputs[fieldTopic].SetValue("laundry-machine-logs")
		p.burst = &burstRun{id: 1, cancel: func() {}}
		msg.id, msg.done = 1, true
		p.burstProgress(msg)
		do(a, "1")
		if got := produceBoxText(screen(a)); !strings.Contains(got, "burst ") || !strings.Contains(got, "sent") {
			t.Fatalf("%q not said at first:\n%s", burstOutcome(msg), screen(a))
		}
		now = now.Add(noticeFor)
		a.Update(changedMsg{version: writer(a.c).Version()})
		got := screen(a)
		if strings.Contains(produceBoxText(got), "sent") || !strings.Contains(got, "burst") {
			t.Fatalf("%q still said %s later, or the burst row is not back:\n%s", burstOutcome(msg), noticeFor, got)
		}
	}
}
