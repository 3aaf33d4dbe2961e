package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// deleteTopic is a poll that no longer lists topic (it was deleted).
func deleteTopic(a *App, topic string) {
	writer(a.c).Update(func(st *model.State) {
		st.Topics = slices.DeleteFunc(slices.Clone(st.Topics), func(t string) bool { return t == topic })
	})
	a.Update(changedMsg{version: a.c.Store.Version()})
	for range 3 { // frames after the poll, as the program draws them
		a.View()
	}
}

// ut20 O1 / ut19b J1: a Produce form with content keeps its topic, key,
// value and partition when its topic is deleted, however it was filled
// (R on a Log record, p from Partitions, typed, or a pane's topic taken
// on focus), and says the topic is not on the cluster; before, a form
// filled by R followed the topic list to another topic, key and value
// emptied, so ctrl+s would have sent elsewhere. Only washboard's own pick,
// untouched, follows the list.
func TestProduceFormKeepsADeletedTopic(t *testing.T) {
	rec := model.Record{Topic: "orders", Partition: 1, Offset: 3, Time: fixedNow, Key: []byte("k1"), Value: []byte(`{"n":1}`)}
	tests := []struct {
		name string
		fill func(a *App, p *ProducePane)
		want model.Form // the form before and after the deletion
	}{
		{"filled by R", func(a *App, p *ProducePane) {
			writer(a.c).Fold([]model.Record{rec}, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			a.View()
			do(a, "esc", "6", "space")
			a.View()
			_, cmd := a.Update(keyPress("R"))
			run(a, cmd)
			do(a, "esc")
		}, model.Form{Topic: "orders", Key: "k1", Partition: "1", Value: `{"n":1}`}},
		{"filled by p (a partition)", func(a *App, p *ProducePane) {
			do(a, "esc")
			run(a, p.OpenForm(model.Form{Topic: "orders", Partition: "2"}, nil, false, false))
		}, model.Form{Topic: "orders", Partition: "2"}},
		{"typed", func(a *App, p *ProducePane) {
			do(a, "ctrl+u")
			typeText(a, "orders")
			do(a, "tab")
			typeText(a, "k1")
			do(a, "esc")
		}, model.Form{Topic: "orders", Key: "k1", Partition: "auto"}},
		{"a pane's topic on focus", func(a *App, p *ProducePane) {
			do(a, "esc")
			p.Open("orders")
		}, model.Form{Topic: "orders", Partition: "auto"}},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, tt := range tests {
			t.Run(tt.name+" "+itoa(size[0]), func(t *testing.T) {
				a, p, sent := foreignProduceApp(t, size[0], size[1])
				tt.fill(a, p)
				a.View()
				before := p.form()
				before.Headers, before.Schema = "", ""
				if before != tt.want {
					t.Fatalf("the form is %+v before the deletion, want %+v", before, tt.want)
				}
				deleteTopic(a, "orders")
				after := p.form()
				after.Headers, after.Schema = "", ""
				if after != tt.want {
					t.Fatalf("the form became %+v when its topic was deleted, want it kept: %+v\n%s", after, tt.want, screen(a))
				}
				do(a, "7", "enter")
				a.View()
				if got := strings.Join(strings.Fields(screen(a)), " "); !strings.Contains(got, "is not on the cluster") {
					t.Fatalf("the form does not say its topic is not on the cluster:\n%s", screen(a))
				}
				do(a, "ctrl+s")
				for _, r := range sent.sent {
					if r.Topic != "orders" {
						t.Fatalf("ctrl+s sent to %q, not the form's topic orders", r.Topic)
					}
				}
			})
		}
	}
}

// The form washboard starts with (a seed topic the cluster does not have)
// still follows the topic list while untouched, and again when the topic
// it was offered is deleted: it was never the operator's.
func TestProduceOfferedFormFollowsTheList(t *testing.T) {
	a, p, _ := foreignProduceApp(t, 80, 24)
	do(a, "esc")
	first := p.value(fieldTopic)
	if first == model.LaundryTopic || first == "" {
		t.Fatalf("the untouched form kept %q on a cluster without it", first)
	}
	deleteTopic(a, first)
	if got := p.value(fieldTopic); got == first || got == "" {
		t.Fatalf("the offered form kept the deleted topic %q (now %q)", first, got)
	}
}
