package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// foreignProduceApp is a session on a cluster without the demo's topics,
// its Produce form untouched and being edited (7), at w x h.
func foreignProduceApp(t *testing.T, w, h int) (*App, *ProducePane, *recorder) {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow, PollTook: time.Millisecond, PollRequests: 4}
		st.Topics = []string{"hostile.bytes-and-control-characters-in-keys-headers-values-test-01", "orders", "payments"}
	})
	a := realApp(t, s, w, h)
	rec := &recorder{}
	a.c.Producer = rec
	a.View()
	do(a, "7", "enter")
	return a, a.panes[paneProduce].(*ProducePane), rec
}

// On an untouched form the topic field takes typing, Backspace and Home at
// once, as every field does, and frames that follow keep what was typed;
// the topic taken from the pane 7 came from is a prefilled value, replaced
// by the first character typed and edited after →, ← or Home, as an
// action form's (ut27 T11: audit-ut27half-typed-topic);
// a key typed stays whatever the topic becomes (ut18b G7: on a cluster
// without the demo's topics, the next frame put the Topics list's topic
// back and emptied the key; ctrl+s sent to the prefilled topic).
func TestProduceTopicTakesTypingOnAnUntouchedForm(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string // the topic after the keys
	}{
		{"a letter replaces it", []string{"x"}, "x"},
		{"→ then a letter", []string{"right", "x"}, "hostile.bytes-and-control-characters-in-keys-headers-values-test-01x"},
		{"← → then a letter", []string{"left", "right", "x"}, "hostile.bytes-and-control-characters-in-keys-headers-values-test-01x"},
		{"backspace", []string{"backspace", "backspace"}, "hostile.bytes-and-control-characters-in-keys-headers-values-test-"},
		{"home then a letter", []string{"home", "Z"}, "Zhostile.bytes-and-control-characters-in-keys-headers-values-test-01"},
		{"emptied and typed", []string{"ctrl+u", "o", "r", "d"}, "ord"},
		{"a whole other topic", []string{"ctrl+u", "o", "r", "d", "e", "r", "s"}, "orders"},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tt := range tests {
			t.Run(tt.name+" "+itoa(size[0]), func(t *testing.T) {
				a, p, rec := foreignProduceApp(t, size[0], size[1])
				if p.active != fieldTopic || !p.editing {
					t.Fatalf("7 did not start editing the topic (field %d, editing %v)", p.active, p.editing)
				}
				for _, k := range tt.keys {
					do(a, k)
					a.View() // a frame after each key, as the program draws
				}
				a.View()
				if got := p.value(fieldTopic); got != tt.want {
					t.Fatalf("topic is %q after %v, want %q", got, tt.keys, tt.want)
				}
				do(a, "ctrl+s")
				a.View()
				if len(rec.sent) != 1 || rec.sent[0].Topic != tt.want {
					t.Fatalf("ctrl+s sent %+v, want one record to %q", rec.sent, tt.want)
				}
			})
		}
	}
}

// A key typed stays when the topic is emptied, retyped or left
// with shift+tab (ut18b G7: both were emptied).
func TestProduceTypedKeyAndValueStayWhileTheTopicChanges(t *testing.T) {
	a, p, _ := foreignProduceApp(t, 120, 40)
	do(a, "tab", "k", "1", "shift+tab")
	if p.active != fieldTopic {
		t.Fatalf("shift+tab did not come back to the topic (field %d)", p.active)
	}
	do(a, "ctrl+u")
	a.View()
	do(a, "shift+tab")
	a.View()
	if k := p.value(fieldKey); k != "k1" {
		t.Fatalf("key %q after emptying the topic and leaving it, want k1", k)
	}
	if got := p.value(fieldTopic); got != "" {
		t.Fatalf("the emptied topic became %q", got)
	}
}

// A paused Log record's topic, key and partition all go into an untouched
// form and stay while the operator types (ut18b G7: the partition stayed,
// the topic and key went back to the Topics list's topic and nothing):
// the topic typed over, or edited after →, and the rest kept.
func TestProduceRecordTemplateStaysWhileTyping(t *testing.T) {
	a, p, _ := foreignProduceApp(t, 120, 40)
	do(a, "esc")
	run(a, p.OpenForm(model.Form{Topic: "orders", Key: "sku-3", Partition: "3", Value: "v1"}, nil, false, true))
	a.View()
	do(a, "Q")
	a.View()
	if f := p.form(); f.Topic != "Q" || f.Key != "sku-3" || f.Partition != "3" || f.Value != "v1" {
		t.Fatalf("form is %+v after typing Q over the record's topic", f)
	}
	do(a, "esc")
	run(a, p.OpenForm(model.Form{Topic: "orders", Key: "sku-3", Partition: "3", Value: "v1"}, nil, true, true))
	do(a, "shift+tab", "shift+tab", "shift+tab", "shift+tab") // from value back to the topic
	if p.active != fieldTopic {
		t.Fatalf("shift+tab ×4 from value is on field %d", p.active)
	}
	do(a, "right", "Q")
	a.View()
	f := p.form()
	if f.Topic != "ordersQ" || f.Key != "sku-3" || f.Partition != "3" || f.Value != "v1" {
		t.Fatalf("form is %+v after typing Q in the record's topic", f)
	}
	if !strings.Contains(screen(a), "ordersQ") {
		t.Fatalf("the typed topic is not on screen:\n%s", screen(a))
	}
}

// One rule for a topic the operator did not type: the demo form's own
// first topic is replaced by the first character typed, as a topic taken
// from another pane is, and edited after →, ← or home (ut29 T11: `7
// enter` then audit-ut29 gave laundry-machine-logsaudit-ut29).
func TestProduceOwnTopicIsReplacedByTyping(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want string
	}{
		{"typed over", []string{"type:audit-ut29"}, "audit-ut29"},
		{"→ then typed", []string{"right", "type:-x"}, model.LaundryTopic + "-x"},
		{"home then typed", []string{"home", "type:x-"}, "x-" + model.LaundryTopic},
		{"backspace", []string{"backspace"}, model.LaundryTopic[:len(model.LaundryTopic)-1]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 200, 50)
			do(a, "7", "enter") // as the tester did: enter in the topic types nothing
			if !p.editing || p.active != fieldTopic {
				t.Fatalf("7 enter is not editing the topic (field %d, editing %v)", p.active, p.editing)
			}
			if got := p.value(fieldTopic); got != model.LaundryTopic {
				t.Fatalf("the form starts on %q, want %q", got, model.LaundryTopic)
			}
			do(a, tt.keys...)
			a.View()
			if got := p.value(fieldTopic); got != tt.want {
				t.Fatalf("topic %q after %v, want %q", got, tt.keys, tt.want)
			}
		})
	}
}
