package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
	"github.com/washboard/washboard/ui"
)

// These tests drive the Produce pane's model with the real producer
// against the embedded broker over TCP, and read back with kcat.

type produceRig struct {
	t    *testing.T
	app  *ui.App
	addr string
}

func newProduceRig(t *testing.T) *produceRig {
	t.Helper()
	need(t, "kcat")
	cfg := source.DefaultBrokerConfig()
	cfg.Listen = "127.0.0.1:0"
	b, err := source.StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	conn := source.Conn{Brokers: []string{b.Addr()}, ClientID: "washboard-test"}
	prod, err := source.NewProducer(conn)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	app := ui.New(&ui.Common{Ctx: ctx, Store: store, Producer: prod, Cluster: ui.Cluster{Name: b.Addr(), Embedded: true}})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	return &produceRig{t: t, app: app, addr: b.Addr()}
}

// press sends one key. Commands it starts (cursor blinks) are not run.
func (r *produceRig) press(k tea.KeyPressMsg) { r.app.Update(k) }

// ctrl sends ctrl+c and runs what it starts to completion, feeding
// results back as the program would: a send's report, a burst's progress
// until its end. Only sends and bursts are started by these keys.
func (r *produceRig) ctrl(c rune) {
	_, cmd := r.app.Update(tea.KeyPressMsg{Code: c, Mod: tea.ModCtrl})
	for cmd != nil {
		done := make(chan tea.Msg, 1)
		go func() { done <- cmd() }()
		select {
		case msg := <-done:
			_, cmd = r.app.Update(msg)
		case <-time.After(30 * time.Second):
			r.t.Fatalf("ctrl+%c: no result within 30s", c)
		}
	}
}

func (r *produceRig) typeText(s string) {
	for _, c := range s {
		r.app.Update(tea.KeyPressMsg{Code: c, Text: string(c)})
	}
}

func (r *produceRig) tab()   { r.press(tea.KeyPressMsg{Code: tea.KeyTab}) }
func (r *produceRig) enter() { r.press(tea.KeyPressMsg{Code: tea.KeyEnter}) }

// replace clears the active single-line field (or text area line) and types s.
func (r *produceRig) replace(s string) {
	r.app.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	r.typeText(s)
}

func (r *produceRig) screen() string { return ansi.Strip(r.app.View().Content) }

// kcatRecords reads a partition from the beginning with kcat -J.
func (r *produceRig) kcatRecords(topic string, partition string) []kcatRecord {
	r.t.Helper()
	out := kcat(r.t, "", "-b", r.addr, "-C", "-J", "-e", "-q", "-t", topic, "-p", partition, "-o", "beginning")
	var recs []kcatRecord
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var k kcatRecord
		if err := json.Unmarshal([]byte(line), &k); err != nil {
			r.t.Fatalf("kcat line %q: %v", line, err)
		}
		recs = append(recs, k)
	}
	return recs
}

type kcatRecord struct {
	Partition int      `json:"partition"`
	Offset    int64    `json:"offset"`
	Key       *string  `json:"key"`
	Payload   *string  `json:"payload"`
	Headers   []string `json:"headers"`
}

func TestProducedRecordArrivesExactlyAsGiven(t *testing.T) {
	r := newProduceRig(t)
	r.press(tea.KeyPressMsg{Code: 'p', Text: "p"})
	r.enter() // p focuses, enter edits
	r.replace("rider-updates")
	r.tab()
	r.replace("it-key")
	r.tab()
	r.replace("7") // rider-updates has two partitions: the broker refuses
	r.tab()
	r.typeText("trace=abc-123")
	r.enter()
	r.typeText("source=it")
	r.tab()
	r.replace(`{"name":"it-rider","location":"south"}`)
	r.ctrl('s')
	s := r.screen()
	if box := rightBoxText(s); !strings.Contains(box, "send failed, form kept") || !strings.Contains(box, "rider-updates has 2 partitions (0-1);") || !strings.Contains(box, "there is no partition 7") {
		t.Fatalf("a send to partition 7 of 2 did not fail visibly:\n%s", s)
	}
	for _, kept := range []string{"rider-updates", "it-key", "partition 7", "headers trace=abc-123", "source=it", `{"name":"it-rider","location":"south"}`} {
		if !strings.Contains(strings.ReplaceAll(rightBoxText(s), " ", ""), strings.ReplaceAll(kept, " ", "")) { // a value wraps in the box
			t.Fatalf("the form lost %q after a failed send:\n%s", kept, s)
		}
	}

	// Retry with a valid partition: only the partition changes.
	r.press(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
	r.press(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift})
	r.replace("1")
	r.ctrl('s')
	if s := r.screen(); !strings.Contains(rightBoxText(s), "delivered to rider-updates partition 1 offset 0") {
		t.Fatalf("no delivery report:\n%s", s)
	}
	recs := r.kcatRecords("rider-updates", "1")
	if len(recs) != 1 {
		t.Fatalf("kcat read %d records from rider-updates/1, want 1", len(recs))
	}
	got := recs[0]
	if got.Partition != 1 || got.Key == nil || *got.Key != "it-key" || got.Payload == nil ||
		*got.Payload != `{"name":"it-rider","location":"south"}` ||
		strings.Join(got.Headers, ",") != "trace,abc-123,source,it" {
		t.Fatalf("kcat read %+v (key %v payload %v)", got, deref(got.Key), deref(got.Payload))
	}
}

func TestBurstProducesNRecords(t *testing.T) {
	r := newProduceRig(t)
	r.press(tea.KeyPressMsg{Code: 'p', Text: "p"})
	r.enter() // p focuses, enter edits
	r.replace("Student")
	for range 5 { // to the burst count
		r.tab()
	}
	r.replace("25")
	r.tab()
	r.replace("500")
	r.ctrl('b')
	if s := r.screen(); !strings.Contains(s, "burst done: 25/25 sent") {
		t.Fatalf("burst did not finish:\n%s", s)
	}
	recs := r.kcatRecords("Student", "0")
	if len(recs) != 25 {
		t.Fatalf("kcat read %d Student records, want 25", len(recs))
	}
	distinct := map[string]bool{}
	for _, rec := range recs {
		if rec.Payload == nil || !json.Valid([]byte(*rec.Payload)) {
			t.Fatalf("burst record is not a Student event: %v", deref(rec.Payload))
		}
		distinct[*rec.Payload] = true
	}
	if len(distinct) < 5 {
		t.Fatalf("only %d distinct values in 25: templates not re-rolled", len(distinct))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// rightBoxText is the text of the screen's rightmost box (Produce, beside
// the Log), its rows trimmed and joined with spaces: an outcome wraps in
// the box's width, which follows its content (ut43a-13).
func rightBoxText(s string) string {
	var parts []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.LastIndex(l, "││"); i >= 0 {
			parts = append(parts, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l[i+len("││"):]), "│")))
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
