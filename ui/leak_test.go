package ui

import (
	"testing"

	"go.uber.org/goleak"
)

// A session's goroutines end with it: a running burst is stopped and
// waited for by App.Close, so nothing it started outlives the session.
func TestCloseStopsARunningBurst(t *testing.T) {
	ignore := goleak.IgnoreCurrent()
	a, p, rec := produceApp(t, 120, 36)
	do(a, "p", "enter")
	p.inputs[fieldCount].SetValue("1000000")
	p.inputs[fieldRate].SetValue("50")
	_, cmd := a.Update(keyPress("ctrl+b"))
	if p.burst == nil || cmd == nil {
		t.Fatal("ctrl+b did not start a burst")
	}
	msg := cmd() // the first progress: the goroutine is sending
	if pm, ok := msg.(paneMsg); !ok || pm.pane != paneProduce {
		t.Fatalf("the burst's command returned %#v, want a burstMsg for the Produce pane", msg)
	} else if _, ok := pm.msg.(burstMsg); !ok {
		t.Fatalf("the burst's command returned %T inside, want a burstMsg", pm.msg)
	}
	a.Close()
	rec.mu.Lock()
	sent := len(rec.sent)
	rec.mu.Unlock()
	if sent == 0 || sent >= 1000000 {
		t.Fatalf("%d sent: the burst did not run, or ran to the end", sent)
	}
	goleak.VerifyNone(t, ignore)
}
