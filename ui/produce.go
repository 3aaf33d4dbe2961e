package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// producedMsg carries a send's outcome back to the Produce pane.
type producedMsg struct {
	delivery model.Delivery
	err      error
}

// ProducePane is a form that sends one record. A failed send keeps the
// form as it was, so nothing typed is lost.
type ProducePane struct {
	c       *Common
	w, h    int
	fields  [3]textinput.Model // topic, key, value
	active  int
	editing bool
	sending bool
	report  string
	failed  bool
	rng     *rand.Rand
}

var produceLabels = [3]string{"topic", "key", "value"}

// NewProducePane makes the Produce pane with the first seed topic's template.
func NewProducePane(c *Common) *ProducePane {
	p := &ProducePane{c: c, rng: rand.New(rand.NewPCG(uint64(c.now().UnixNano()), 1))}
	for i := range p.fields {
		p.fields[i] = textinput.New()
		p.fields[i].Prompt = ""
		p.fields[i].CharLimit = 1 << 20
	}
	p.fields[0].SetValue(model.LaundryTopic)
	p.reroll()
	return p
}

func (p *ProducePane) Title() string { return "Produce" }
func (p *ProducePane) SetSize(w, h int) {
	p.w, p.h = w, h
	for i := range p.fields {
		p.fields[i].SetWidth(max(w-8, 4))
	}
}
func (p *ProducePane) Capturing() bool { return p.editing }
func (p *ProducePane) Help() []key.Binding {
	k := p.c.Keys
	if p.editing {
		return []key.Binding{k.Send, k.NextField, k.Reroll, k.Back}
	}
	return []key.Binding{k.Enter, k.Send, k.Reroll}
}

func (p *ProducePane) Status() string {
	switch {
	case p.c.Cluster.ReadOnly:
		return "read-only"
	case p.sending:
		return "sending…"
	case p.editing:
		return "editing"
	}
	return ""
}

// Focus starts editing, as when the pane is opened with `p` or `7`.
func (p *ProducePane) Focus() tea.Cmd {
	p.editing = true
	return p.fields[p.active].Focus()
}

func (p *ProducePane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case producedMsg:
		p.sending = false
		if msg.err != nil {
			p.failed, p.report = true, "send failed, form kept: "+model.PrintableString(msg.err.Error())
			return nil
		}
		d := msg.delivery
		p.failed = false
		p.report = fmt.Sprintf("delivered to %s/%d at offset %d (%s)", model.PrintableString(d.Topic), d.Partition, d.Offset, d.Time.Local().Format("15:04:05.000"))
		return nil
	case tea.KeyPressMsg:
		return p.key(msg)
	}
	if p.editing {
		var cmd tea.Cmd
		p.fields[p.active], cmd = p.fields[p.active].Update(msg)
		return cmd
	}
	return nil
}

func (p *ProducePane) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Send):
		return p.send()
	case key.Matches(msg, k.Reroll):
		p.reroll()
		return nil
	case !p.editing && key.Matches(msg, k.Enter):
		return p.Focus()
	case !p.editing:
		return nil
	case key.Matches(msg, k.Back):
		p.editing = false
		p.fields[p.active].Blur()
		return nil
	case key.Matches(msg, k.NextField), key.Matches(msg, k.PrevField):
		step := 1
		if key.Matches(msg, k.PrevField) {
			step = len(p.fields) - 1
		}
		p.fields[p.active].Blur()
		p.active = (p.active + step) % len(p.fields)
		return p.fields[p.active].Focus()
	}
	var cmd tea.Cmd
	p.fields[p.active], cmd = p.fields[p.active].Update(msg)
	return cmd
}

// reroll fills key and value with a fresh template for a seed topic.
func (p *ProducePane) reroll() {
	now := p.c.now()
	switch p.fields[0].Value() {
	case model.LaundryTopic:
		e := model.RandomMachine(p.rng, now)
		p.fields[1].SetValue(e.MachineID)
		p.fields[2].SetValue(string(model.MustJSON(e)))
	case model.RiderTopic:
		p.fields[1].SetValue("location-update")
		p.fields[2].SetValue(string(model.MustJSON(model.RandomRider(p.rng))))
	case model.StudentTopic:
		p.fields[1].SetValue("")
		p.fields[2].SetValue(string(model.MustJSON(model.RandomStudent(p.rng))))
	}
}

func (p *ProducePane) send() tea.Cmd {
	switch {
	case p.c.Cluster.ReadOnly:
		p.failed, p.report = true, "read-only mode: producing is disabled (start without --read-only to send)"
		return nil
	case p.c.Producer == nil:
		p.failed, p.report = true, "no producer configured"
		return nil
	case p.sending:
		return nil
	case p.fields[0].Value() == "":
		p.failed, p.report = true, "a topic is needed"
		return nil
	}
	out := model.Outgoing{Topic: p.fields[0].Value(), Value: []byte(p.fields[2].Value()), Partition: -1}
	if k := p.fields[1].Value(); k != "" {
		out.Key = []byte(k)
	}
	p.sending, p.report = true, ""
	ctx, prod := p.c.Ctx, p.c.Producer
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		d, err := prod.Produce(ctx, out)
		return producedMsg{delivery: d, err: err}
	}
}

func (p *ProducePane) Lines(focused bool) []string {
	st := p.c.Styles
	var lines []string
	if p.c.Cluster.ReadOnly {
		lines = append(lines, st.Warn.Render("read-only: producing is disabled"))
	}
	for i := range p.fields {
		label := fmt.Sprintf("%-5s ", produceLabels[i])
		if focused && p.editing && i == p.active {
			label = st.Key.Render(label)
		} else {
			label = st.Dim.Render(label)
		}
		var val string
		if p.editing && i == p.active {
			val = p.fields[i].View()
		} else {
			val = model.PrintableString(p.fields[i].Value())
		}
		lines = append(lines, label+val)
	}
	switch {
	case p.report != "" && p.failed:
		lines = append(lines, st.Err.Render(p.report))
	case p.report != "":
		lines = append(lines, st.OK.Render(p.report))
	case !p.editing:
		lines = append(lines, st.Dim.Render("enter to edit · ctrl+s to send · "+strconv.Itoa(len(p.fields[2].Value()))+" bytes"))
	}
	return lines
}
