package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// rOnRecord fills the form as R on rec does (the Log's edit and resend).
func rOnRecord(a *App, rec model.Record) {
	f, lost := recordForm(&rec)
	a.Update(resendMsg{form: f, lost: lost})
	a.View()
}

// ut25b R5: an untouched form that takes a new topic (a pane's topic on
// focus) takes all of it afresh: a partition, headers or schema left from
// R on another topic's record went with it (partition 2 refused on a
// topic of one partition; partition 0 pinned a template's key on one
// that had it).
func TestProduceUntouchedFormTakesANewTopicAfresh(t *testing.T) {
	tests := []struct {
		name, topic string
		template    bool // the new topic has a seed template
	}{
		{"a seed topic", model.StudentTopic, true},
		{"a topic without a template", "other", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 40)
			rOnRecord(a, model.Record{Topic: model.RiderTopic, Partition: 2, Offset: 5, Time: fixedNow,
				Key: []byte("location-update"), Value: []byte(`{"name":"asha"}`), Headers: []model.Header{{Key: "trace", Value: []byte("t1")}}})
			if f := p.form(); f.Partition != "2" || f.Headers != "trace=t1" {
				t.Fatalf("R filled %+v", f)
			}
			do(a, "esc")
			p.Open(tt.topic)
			f := p.form()
			if f.Topic != tt.topic || f.Partition != "auto" || f.Headers != "" || f.Schema != "" {
				t.Fatalf("the untouched form took %q as %+v: want partition auto, no headers, no schema", tt.topic, f)
			}
			if tt.template != (f.Value != "") || (!tt.template && f.Key != "") {
				t.Fatalf("key %q value %q on %s (template %v)", f.Key, f.Value, tt.topic, tt.template)
			}
		})
	}
}

// ut25b R16: in a form filled by R, choosing another topic (typed, or
// picked with pgup/pgdn) changes the topic only: the record's key, value,
// headers and partition stay (pgdn put the next seed topic's template over
// them). A seed template's form still follows the topic typed.
func TestProduceRecordFormKeepsKeyAndValueAcrossTopics(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(sizeName(size), func(t *testing.T) {
			a, p, _ := produceApp(t, size[0], size[1])
			rOnRecord(a, model.Record{Topic: model.RiderTopic, Partition: 0, Offset: 5, Time: fixedNow,
				Key: []byte("location-update"), Value: []byte(`{"name":"asha","speed_kmh":16.3}`)})
			for p.active != fieldTopic {
				do(a, "shift+tab")
			}
			do(a, "ctrl+u")
			for i := range 3 {
				a.View()
				a.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
				f := p.form()
				if f.Topic == "" || f.Key != "location-update" || f.Value != `{"name":"asha","speed_kmh":16.3}` || f.Partition != "0" {
					t.Fatalf("pgdn %d: the form is %+v, want the record's key, value and partition under a new topic", i+1, f)
				}
			}
		})
	}
	// a template follows the topic typed, as before
	a, p, _ := produceApp(t, 120, 40)
	do(a, "7", "enter")
	for p.active != fieldTopic {
		do(a, "shift+tab")
	}
	do(a, "ctrl+u")
	typeText(a, model.StudentTopic)
	if !strings.Contains(p.value(fieldValue), `"StudentId"`) {
		t.Fatalf("a template's form did not follow the typed topic: %q", p.value(fieldValue))
	}
}

// ut25b R13 and R2: what would make a send other than the record it came
// from asks a second ctrl+s, as a value that is not valid JSON does, the
// question saying what the send will do: a value, key or header left out
// as not text (sent empty, without, on one press before), a record of an
// aborted transaction (sent as committed, with no note, before).
func TestProduceRecordSendAsksAgain(t *testing.T) {
	tests := []struct {
		name string
		rec  model.Record
		note string // under the form after R
		ask  string // the question ctrl+s asks
	}{
		{"value left out", model.Record{Key: []byte("k"), Value: []byte("val\xfe\x00end")},
			"not text, left out: value", "not text, left out: value; ctrl+s again sends it with an empty value"},
		{"key left out", model.Record{Key: []byte("bad\xffkey"), Value: []byte("v")},
			"not text, left out: key", "not text, left out: key; ctrl+s again sends it with no key"},
		{"aborted", model.Record{Key: []byte("txn-order-3-1"), Value: []byte(`{"round":3,"i":1}`), Aborted: true},
			"aborted record (rolled back by its producer)",
			"the record was aborted (rolled back by its producer); ctrl+s again sends it as a committed record"},
		{"aborted, value left out", model.Record{Key: []byte("k"), Value: []byte("\x1b[2J"), Aborted: true},
			"aborted record (rolled back by its producer)",
			"the record was aborted (rolled back by its producer); not text, left out: value (control byte \\x1b); ctrl+s again sends it as a committed record, with an empty value"},
	}
	for _, tt := range tests {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			t.Run(tt.name+" "+sizeName(size), func(t *testing.T) {
				a, _, rec := produceApp(t, size[0], size[1])
				r := tt.rec
				r.Topic, r.Partition, r.Offset, r.Time = "other", 0, 13, fixedNow
				rOnRecord(a, r)
				flat := func() string { return strings.Join(strings.Fields(produceBoxText(screen(a))), " ") }
				if got := flat(); !strings.Contains(got, tt.note) {
					t.Fatalf("after R the form does not say %q:\n%s", tt.note, screen(a))
				}
				do(a, "ctrl+s")
				if len(rec.sent) != 0 {
					t.Fatalf("one ctrl+s sent %+v", rec.sent)
				}
				if got := flat(); !strings.Contains(got, tt.ask) {
					t.Fatalf("ctrl+s does not ask %q:\n%s", tt.ask, screen(a))
				}
				do(a, "ctrl+s")
				if len(rec.sent) != 1 {
					t.Fatalf("the second ctrl+s sent %d records", len(rec.sent))
				}
			})
		}
	}
}

// A record sent as it came (text, committed) goes on one ctrl+s and says
// nothing of aborted records.
func TestProduceCommittedRecordSendsAtOnce(t *testing.T) {
	a, p, rec := produceApp(t, 120, 40)
	rOnRecord(a, model.Record{Topic: "other", Partition: 0, Offset: 1, Time: fixedNow, Key: []byte("k"), Value: []byte(`{"a":1}`)})
	if strings.Contains(screen(a), "aborted") {
		t.Fatalf("a committed record is said aborted:\n%s", screen(a))
	}
	do(a, "ctrl+s")
	if len(rec.sent) != 1 || p.failed {
		t.Fatalf("sent %d, report %q", len(rec.sent), p.report)
	}
}
