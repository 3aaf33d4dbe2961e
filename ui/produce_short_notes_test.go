package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// ut22b N8: the Produce pane out of focus in the 80x24 grid says each
// notice on a line; a refusal naming a long topic read
// `hostile.bytes-and-contro…`, a cut name that said nothing, not even
// that a send was refused. Each line under the form is a notice whole or
// says what it is and which key reads it whole.
func TestProduceNoticesOutOfFocusReadWhole(t *testing.T) {
	const topic = "hostile.bytes-and-control-characters-in-keys-headers-values-test-22"
	tests := []struct {
		name string
		fill func(a *App, p *ProducePane)
		want []string // lines under the form, in order
	}{
		{"partition refused, value not JSON", func(a *App, p *ProducePane) {
			p.inputs[fieldPartition].SetValue("7")
			p.areas[fieldValue].SetValue("{bad")
			p.changed()
			do(a, "ctrl+s")
		}, []string{"value is not valid JSON"}}, // the refusal went at the next key (ut39-9)
		{"send failed", func(a *App, p *ProducePane) {
			a.c.Producer.(*recorder).err = errors.New("[3] Unknown Topic Or Partition: the request is for a topic or partition that does not exist")
			do(a, "ctrl+s")
		}, []string{"send failed (7 says why)"}},
		{"a registry's schema row fills the box", func(a *App, p *ProducePane) {
			a.c.Schemas = &fakeSchemas{}
			p.inputs[fieldPartition].SetValue("7")
			p.areas[fieldValue].SetValue("{bad")
			p.changed()
			do(a, "ctrl+s")
		}, []string{"value is not valid JSON"}}, // the refusal went at the next key (ut39-9)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 80, 24)
			writer(a.c).Update(func(st *model.State) {
				st.Topics = append(st.Topics, topic)
				st.TopicStats = []model.TopicStat{{Name: topic, Partitions: 1, Replication: 1}}
			})
			do(a, "7", "enter")
			p.setForm(model.Form{Topic: topic, Key: "k", Partition: "0", Value: `{"a":1}`})
			tt.fill(a, p)
			do(a, "esc", "6")
			s := screen(a)
			box := produceBox(s)
			var under []string // the rows that are not the form's fields
		rows:
			for _, l := range box {
				for _, f := range fieldLabels {
					if l == " "+f || l == "▸"+f || strings.HasPrefix(l, " "+f+" ") || strings.HasPrefix(l, "▸"+f+" ") {
						continue rows
					}
				}
				under = append(under, strings.TrimSpace(l))
			}
			if strings.Join(under, "|") != strings.Join(tt.want, "|") {
				t.Errorf("under the form: %q, want %q:\n%s", under, tt.want, s)
			}
			report := strings.Join(strings.Fields(p.report), " ")
			do(a, "7", "enter") // what the line offers: the outcome whole
			if got := strings.Join(strings.Fields(produceBoxText(screen(a))), " "); !strings.Contains(got, report) {
				t.Errorf("7 does not show the outcome %q whole:\n%s", report, screen(a))
			}
		})
	}
}

// Each notice the pane says on a line is whole, or says what it is in
// words that fit the 80x24 grid's 25 cells, never a text cut with "…".
func TestProduceShortNoticesSayWhatTheyAre(t *testing.T) {
	tests := []struct {
		name string
		set  func(p *ProducePane)
		want string
	}{
		{"refusal", func(p *ProducePane) {
			p.failed, p.report = true, "orders-archive-2031-q4-europe-west has 2 partitions (0-1); there is no partition 7"
		}, "not sent (7 says why)"},
		{"burst failed", func(p *ProducePane) {
			p.failed, p.report = true, "burst failed after 306/1,000 sent: nothing listens on 127.0.0.1:30500"
		}, "burst failed (7 says why)"},
		{"burst stopped", func(p *ProducePane) { p.report = "burst stopped (esc): 1,000/1,000 sent" }, "burst stopped"},
		{"short outcome whole", func(p *ProducePane) { p.report = "burst done: 100/100 sent" }, "burst done: 100/100 sent"},
		{"recall", func(p *ProducePane) { p.report = "recalled sent message 12 of 50" }, "recalled 12 of 50"},
		{"topic not on the cluster", func(p *ProducePane) {
			p.inputs[fieldTopic].SetValue("orders-archive")
			p.topicKnown, p.topicOnCluster = true, false
		}, "topic not on the cluster"},
		{"left out", func(p *ProducePane) {
			p.lost = lostItems([]string{"key (control byte \\x1b)", "value (control byte \\x1b)"}, model.Form{})
		}, "left out (7 says why)"},
		{"left out, one field", func(p *ProducePane) {
			p.lost = lostItems([]string{"value (control byte \\x1b)"}, model.Form{})
		}, "not text, left out: value"},
		{"JSON", func(p *ProducePane) {
			p.areas[fieldValue].SetValue("{bad")
			p.changed()
			p.typed = true
			p.tmpl = "x"
		}, "value is not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p, _ := produceApp(t, 80, 24)
			p.inputs[fieldTopic].SetValue(model.LaundryTopic)
			p.areas[fieldValue].SetValue("")
			p.SetSize(25, 7)
			tt.set(p)
			got := p.shortNotices(1)
			if len(got) != 1 || ansi.Strip(got[0]) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
