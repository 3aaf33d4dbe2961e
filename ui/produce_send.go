package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// sendTimeout bounds one send, so a dead cluster reports an error.
const sendTimeout = 15 * time.Second

// producedMsg carries a send's outcome back to the Produce pane.
type producedMsg struct {
	delivery model.Delivery
	form     model.Form
	err      error
}

// noSend reports whether the session's read-only mode forbids producing.
func (p *ProducePane) noSend() bool { return p.c.allow(model.ActProduce) != nil }

// refuse says why nothing can be sent now, or "".
func (p *ProducePane) refuse() string {
	switch {
	case p.noSend():
		return p.c.allow(model.ActProduce).Error()
	case p.c.Producer == nil:
		return "no producer configured"
	case p.burst != nil:
		return "a burst is running (esc stops it)"
	}
	return ""
}

// outgoing validates the form; invalid JSON, a value, key or header left
// out of a record, or an aborted record needs a second ctrl+s (or ctrl+b)
// to confirm (question).
func (p *ProducePane) outgoing() (model.Outgoing, bool) {
	if why := p.refuse(); why != "" {
		p.refused(why)
		return model.Outgoing{}, false
	}
	out, err := p.form().Outgoing()
	if err != nil {
		p.refused(err.Error())
		return model.Outgoing{}, false
	}
	// What can be checked at once is checked before the JSON question,
	// so a confirmed value is not then refused for its partition (ut18b
	// G15: the partition was reported only after the bad JSON was confirmed).
	if why := p.partitionMissing(out); why != "" {
		p.refused(why)
		return model.Outgoing{}, false
	}
	if q := p.question(); q != "" && !p.confirm {
		p.confirm, p.confirmAt = true, p.c.now()
		// one sentence, the problem then what to do: it wraps whole even
		// in the 80x24 grid's small box (issue 14, B7), in the words of
		// the warnings under the form (jsonWarning, templateNote)
		p.failed, p.report = true, q
		return model.Outgoing{}, false
	}
	return out, true
}

// refused says why ctrl+s or ctrl+b sent nothing. A refusal is read
// once: the next key takes it away, whichever pane it goes to (keyCame),
// and the rows it took go back to the form (ut39-9: read-only's refusal
// stayed through tab, esc, 6 and j, 4 of the grid box's 7 rows, in place
// of the note it repeated).
func (p *ProducePane) refused(why string) {
	p.failed, p.report, p.refusal = true, why, why
}

// keyCame drops a refusal already said (App.key, before routing the key);
// a delivery, a failed send and the JSON question stay as they are.
func (p *ProducePane) keyCame() {
	if p.refusal != "" && p.report == p.refusal {
		p.report, p.failed = "", false
	}
	p.refusal = ""
}

// jsonWords is the one wording of "the value is not JSON", for the
// warning under the form and the confirmation ctrl+s asks for alike.
func jsonWords(why string) string {
	return "value is not valid JSON: " + model.PrintableString(why)
}

// partitionMissing says the partition chosen is not one of the topic's,
// as the last poll listed them (model.NoPartition's words, the producer's
// too), or "" when it is, or the poll does not know the topic. It reads
// the store: Update only.
func (p *ProducePane) partitionMissing(out model.Outgoing) string {
	if out.Partition < 0 {
		return ""
	}
	n := 0
	p.c.Store.Read(func(st *model.State) {
		if t, ok := model.FindTopic(st.TopicStats, out.Topic); ok {
			n = t.Partitions
		}
	})
	if n <= 0 || out.Partition < n {
		return ""
	}
	return model.NoPartition(model.PrintableString(out.Topic), n, out.Partition)
}

// dropConfirm forgets a confirmation asked for and not given, with its
// warning ("ctrl+s again sends it anyway"): after noticeFor, or when the
// form is left (esc, another pane), the next ctrl+s asks again, and no
// stale warning stays on screen for minutes (ut15a A19).
func (p *ProducePane) dropConfirm() {
	if p.confirm {
		p.confirm, p.report, p.failed = false, "", false
	}
}

func (p *ProducePane) send() tea.Cmd {
	if p.sending {
		return nil
	}
	p.freshen() // an untouched template is sent as of now
	out, ok := p.outgoing()
	if !ok {
		return nil
	}
	p.sending, p.report, p.confirm = true, "", false
	ctx, form := p.c.Ctx, p.form()
	prod := p.producer(form)
	return forPane(paneProduce, func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, sendTimeout)
		defer cancel()
		d, err := prod.Produce(ctx, out)
		return producedMsg{delivery: d, form: form, err: err}
	})
}

// produced shows the delivery report, or the error with the form kept
// exactly as typed; a delivered message joins the history.
func (p *ProducePane) produced(msg producedMsg) {
	p.sending, p.reportRead = false, false
	if msg.err != nil {
		p.failed, p.report = true, "send failed, form kept: "+model.PrintableString(msg.err.Error())
		return
	}
	p.remember(msg.form)
	d := msg.delivery
	p.failed = false
	p.report = fmt.Sprintf("delivered to %s partition %d offset %d at %s", model.PrintableString(d.Topic), d.Partition, d.Offset,
		d.Time.Local().Format("15:04:05.000"))
	p.delivered = deliveredNote{report: p.report, d: d}
}

// deliveredNote is the last delivery, for its one-line form.
type deliveredNote struct {
	report string // the outcome it was said in (the short form stands for it only)
	d      model.Delivery
}

// short is the delivery on one line of width cells, in the Log's notation
// for a record's place: "delivered to orders/4@3", the topic cut in the
// middle when it must be, where it differs from the cluster's other
// topics (apart: ut32b Zb5).
func (n deliveredNote) short(width int, apart *topicApart) string {
	at := "/" + itoa(n.d.Partition) + "@" + offsetText(n.d.Offset)
	const lead = "delivered to "
	topic := model.PrintableString(n.d.Topic)
	if room := width - len(lead) - len(at); draw.Width(topic) > room {
		topic = strings.TrimRight(apart.cut(n.d.Topic, max(room, 1), draw.FitMiddle), " ")
	}
	return lead + topic + at
}

func (p *ProducePane) remember(f model.Form) {
	if n := len(p.history); n == 0 || p.history[n-1] != f {
		p.history = append(p.history, f)
		if len(p.history) > historyCap {
			p.history = p.history[len(p.history)-historyCap:]
		}
	}
	p.histPos = len(p.history)
}
