package ui

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut38a-11, ut36a-8: the form's template kept the ts of the console's
// start, and ctrl+s sent it minutes older than its record. An untouched
// template reads the time the form is opened, and the time it is sent.
// ut38a-26: its machines are those seen on the topic (else the demo's),
// never washer-09..12, which the demo does not run.
func TestProduceTemplateIsOfNowAndOfSeenMachines(t *testing.T) {
	a, p, rec := produceApp(t, 120, 36)
	now := fixedNow
	a.c.Now = func() time.Time { return now }
	seen := []string{"washer-03", "dryer-02"}
	var recs []model.Record
	for i, id := range seen {
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Partition: 0, Offset: int64(i), Time: now, Key: []byte(id),
			Value: []byte(`{"machine_id":"` + id + `","ts":"2026-01-01T00:00:00Z","program":"cotton","load_kg":1,"heat_c":50,"power_w":1000}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, now)
	p.setTopic(model.LaundryTopic)
	p.reroll()
	ts := func(v string) time.Time {
		var e struct {
			TS time.Time `json:"ts"`
		}
		if err := json.Unmarshal([]byte(v), &e); err != nil {
			t.Fatalf("the template %q: %v", v, err)
		}
		return e.TS
	}
	held := append([]string{"washer-01", "washer-02", "dryer-01"}, seen...) // testStore's machines too
	picked := map[string]bool{}
	for i := range 60 { // every roll's machine is one the topic has
		p.reroll()
		k := p.value(fieldKey)
		if !slices.Contains(held, k) {
			t.Fatalf("roll %d: the template's machine %q is not one seen on the topic %v", i, k, held)
		}
		picked[k] = true
	}
	if !picked["washer-03"] || !picked["dryer-02"] {
		t.Fatalf("60 rolls never took the machines just seen: %v", picked)
	}
	key := p.value(fieldKey)
	now = now.Add(3 * time.Minute)
	do(a, "7")
	if got := ts(p.value(fieldValue)); !got.Equal(now) {
		t.Fatalf("opened at %v, the template's ts is %v", now, got)
	}
	if p.value(fieldKey) != key {
		t.Fatalf("opening the form changed the template's machine from %s to %s", key, p.value(fieldKey))
	}
	now = now.Add(2 * time.Minute)
	do(a, "ctrl+s")
	if len(rec.sent) != 1 {
		t.Fatalf("sent %d records, want 1", len(rec.sent))
	}
	if got := ts(string(rec.sent[0].Value)); !got.Equal(now) {
		t.Fatalf("sent at %v, the template's ts is %v", now, got)
	}
}

// Without machines seen, the template's machines are the demo's own.
func TestProduceTemplateMachinesAreTheDemos(t *testing.T) {
	_, p, _ := produceApp(t, 120, 36)
	p.setTopic(model.LaundryTopic)
	ids := model.DemoMachineIDs()
	for i := range 50 {
		p.reroll()
		if k := p.value(fieldKey); !slices.Contains(ids, k) {
			t.Fatalf("roll %d: the template's machine %q is not one the demo runs %v", i, k, ids)
		}
	}
}
