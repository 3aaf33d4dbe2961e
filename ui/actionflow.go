package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Admin does the operator's writes (source.Admin). Every method does I/O,
// so panes call them only inside commands, after the one read-only check
// (Common.allow) and a typed confirmation.
type Admin interface {
	PlanReset(ctx context.Context, group, typ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error)
	ApplyReset(ctx context.Context, plan model.ResetPlan, typ string) error
	DeleteGroup(ctx context.Context, group, typ string) error
	DeleteOffsets(ctx context.Context, group, topic string) (int, error)
	CreateTopic(ctx context.Context, spec model.TopicSpec) error
	AddPartitions(ctx context.Context, topic string, total int32) error
	TopicConfig(ctx context.Context, topic, name string) (model.ConfigRead, error)
	SetTopicConfig(ctx context.Context, topic, name, value string) (old, now string, err error)
	DeleteTopic(ctx context.Context, topic string) error
	// CheckEmpty refuses in words when the group has members; Committed
	// is its committed offsets (previews check both before confirming).
	CheckEmpty(ctx context.Context, group, typ, what string) error
	// CheckUnsubscribed refuses in words when a member of the group is
	// subscribed to the topic (Kafka refuses deleting its offsets then).
	CheckUnsubscribed(ctx context.Context, group, typ, topic string) error
	Committed(ctx context.Context, group string) (map[model.TP]int64, error)
}

// allow is the one read-only check every write path of a session asks
// before doing anything: the session's mode (model.ReadOnly.Check), its
// refusal in an SSH viewer's words in an SSH session (ut42a-22).
func (c *Common) allow(a model.Action) error {
	if c.User != "" {
		return c.Cluster.ReadOnly.CheckSession(a)
	}
	return c.Cluster.ReadOnly.Check(a)
}

// who names the session's user for the event log: the SSH user, or "the
// local console" for the console in the terminal washboard runs in, the
// words every viewer of the shared log reads (ut34a-31: `reset by local`
// read as an internal name).
func (c *Common) who() string {
	if c.User != "" {
		return c.User
	}
	return localConsole
}

// localConsole is who the event log names for the console washboard runs
// in (not an SSH session).
const localConsole = "the local console"

// flowStage is where an action flow is.
type flowStage uint8

const (
	flowForm    flowStage = iota // filling the fields
	flowWorking                  // a preview or the write is on its way
	flowConfirm                  // the preview, and the typed confirmation
	flowDone                     // the outcome; any key closes (esc after a refused write goes back: backWords)
)

// flowField is one labelled text field of a flow's form. A field holds a
// value (prefilled or typed: what enter takes) or, empty, a hint (its
// placeholder, worded "e.g. …" or "empty: …" and drawn dim and italic),
// never one looking like the other (ut24a P2). A prefilled value is
// replaced by the first character typed, as Produce's `auto` is (ut24a
// P3: A's total 6 became 63); moving the cursor or deleting first edits
// it instead.
type flowField struct {
	label   string
	input   textinput.Model
	prefill bool // holds set's value, untouched: typing replaces it
}

// actionFlow is one operator action as a small component: a form, then
// (I/O off the event loop) a preview, a confirmation typed word for word,
// then the write and its outcome, which also goes to the event log with
// who did it. Panes hold at most one; while it is open it has the keys.
type actionFlow struct {
	c       *Common
	pane    int
	seq     uint64 // matches results to this flow
	act     model.Action
	subject string // the group or topic acted on, for the event log
	title   string
	fields  []flowField
	focus   int
	help    string // a line under the form (syntax)
	stage   flowStage
	preview []string
	// previewAt, when set, lays the preview out for a width from what
	// prepare returned (a table sized to its content), in place of preview.
	previewAt func(prepared any, w int) []string
	scroll    int    // first preview line shown (actionflow_view.go)
	word      string // typed to confirm
	confirm   textinput.Model
	outcome   string
	failed    bool
	// refused says the outcome is the write's refusal (the broker's, or
	// the read-only check's): esc goes back to what was typed, the form or,
	// for an action without one, the confirmation read afresh (ut27 T5:
	// "any key closes" threw four typed fields away).
	refused bool
	// retype is the confirmation typed before a refusal, put back when
	// the confirmation of an action without a form is read afresh.
	retype string
	// prepare reads what the preview needs (I/O); it returns the preview's
	// lines and whatever apply needs. nil: describe the action plainly.
	prepare func(ctx context.Context, vals []string) ([]string, any, error)
	// apply writes, and says what changed; at is when it is sent, the
	// time the event log gives it.
	apply    func(ctx context.Context, at time.Time, vals []string, prepared any) (string, error)
	prepared any
	// outcomeOf, when set, is the outcome on screen from what prepare
	// returned, for an action whose outcome would say its preview's
	// table again: with tableShown, what the table above it does not say;
	// else every change (doneOverTable). The event log keeps apply's text.
	outcomeOf func(prepared any, tableShown bool) string
	// wordOf, when set, names the confirmation word (and the subject) from
	// the preview: a topic being created is named in the form.
	wordOf func(prepared any) string
}

// flowMsg is a flow's preview or outcome, for the pane that owns it.
type flowMsg struct {
	pane     int
	seq      uint64
	stage    flowStage
	lines    []string
	prepared any
	text     string
	err      error
}

func (m flowMsg) paneIndex() int { return m.pane }

// newFlow starts a flow, or refuses it (nil and the refusal in words)
// when the session's mode forbids the action or no admin client is set.
func newFlow(c *Common, pane int, act model.Action, subject, title string, labels ...string) (*actionFlow, error) {
	if err := c.allow(act); err != nil {
		return nil, err
	}
	if c.Admin == nil {
		return nil, errNoAdmin
	}
	c.flowSeq++
	f := &actionFlow{c: c, pane: pane, seq: c.flowSeq, act: act, subject: subject, title: title, word: subject}
	for _, l := range labels {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 256
		f.fields = append(f.fields, flowField{label: l, input: in})
	}
	f.confirm = textinput.New()
	f.confirm.Prompt = "> "
	f.confirm.CharLimit = 256
	return f, nil
}

type errText string

func (e errText) Error() string { return string(e) }

const errNoAdmin = errText("operator actions are not available in this session")

// set prefills field i with a value the first typed character replaces.
func (f *actionFlow) set(i int, v string) *actionFlow {
	f.fields[i].input.SetValue(v)
	f.fields[i].input.CursorEnd()
	f.fields[i].prefill = v != ""
	return f
}

// start focuses the field to fill (or goes straight to the preview when
// the flow has no fields). Fields do not blink: a flow's commands are
// only its I/O, and a steady cursor is as visible.
func (f *actionFlow) start() tea.Cmd {
	if len(f.fields) == 0 {
		return f.submit()
	}
	_ = f.fields[f.focus].input.Focus()
	return nil
}

func (f *actionFlow) values() []string {
	out := make([]string, len(f.fields))
	for i, fl := range f.fields {
		out[i] = fl.input.Value()
	}
	return out
}

// key handles a key; done says the flow is over and the pane closes it.
func (f *actionFlow) key(msg tea.KeyPressMsg) (cmd tea.Cmd, done bool) {
	k := f.c.Keys
	switch f.stage {
	case flowDone:
		if f.refused && key.Matches(msg, k.Back) {
			return f.back(), false
		}
		return nil, true
	case flowWorking:
		return nil, key.Matches(msg, k.Back) // the answer is dropped
	case flowConfirm:
		switch {
		case key.Matches(msg, k.Back) && len(f.fields) > 0:
			// Back to the form with what was typed, to correct it after
			// the preview's warnings (ut16b E5: esc threw it all away);
			// esc there cancels.
			f.stage, f.outcome, f.failed, f.scroll = flowForm, "", false, 0
			f.confirm.Blur()
			_ = f.fields[f.focus].input.Focus()
			return nil, false
		case key.Matches(msg, k.Back):
			return nil, true
		case msg.String() == "up" || msg.String() == "down" || msg.String() == "pgup" || msg.String() == "pgdown":
			f.scrollBy(msg.String())
			return nil, false
		case key.Matches(msg, k.Enter):
			if f.confirm.Value() != f.word {
				// esc in the words the prompt above uses for it (ut27 T10:
				// "esc to go back" under D's "esc cancels")
				f.outcome, f.failed = "type "+quote(f.word)+" exactly to confirm; "+f.escWords(), true
				return nil, false
			}
			return f.write(), false
		}
		typed := f.confirm.Value()
		f.confirm, _ = f.confirm.Update(msg)
		if f.failed && f.confirm.Value() != typed {
			// the refusal was of the text as it stood: it goes when the
			// text changes, as w's reasons do (ut42b-5: it stood under
			// the name typed right, reading as if that were wrong)
			f.outcome, f.failed = "", false
		}
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Back):
		return nil, true
	case key.Matches(msg, k.Enter):
		return f.submit(), false
	case msg.String() == "tab" || msg.String() == "down":
		return f.move(1), false
	case msg.String() == "shift+tab" || msg.String() == "up":
		return f.move(-1), false
	}
	fl := &f.fields[f.focus]
	in := &fl.input
	if fl.prefill && msg.Text != "" {
		in.SetValue("") // a prefilled value is replaced by typing, not appended to
	}
	fl.prefill = false
	switch {
	case msg.String() == "right" && in.Position() < len([]rune(in.Value())):
		in.SetCursor(in.Position() + 1) // → accepts a suggestion only at the end
	case msg.String() == "right" && in.Value() == "" && len(in.AvailableSuggestions()) > 0:
		// → on an empty field takes the first option, as the help
		// offers (ut24a P15: it did nothing)
		in.SetValue(in.AvailableSuggestions()[0])
		in.CursorEnd()
	default:
		*in, _ = in.Update(msg)
	}
	f.outcome = ""
	return nil, false
}

// suggest offers options in field i as the Produce topic field does: the
// rest of the first match is shown, → at the end accepts it, pgup/pgdn
// cycle the matches.
func (f *actionFlow) suggest(i int, options []string) {
	in := &f.fields[i].input
	in.KeyMap.AcceptSuggestion = key.NewBinding(key.WithKeys("right"))
	in.KeyMap.NextSuggestion = key.NewBinding(key.WithKeys("pgdown"))
	in.KeyMap.PrevSuggestion = key.NewBinding(key.WithKeys("pgup"))
	in.ShowSuggestions = true
	var safe []string
	for _, o := range options {
		if model.PrintableString(o) == o { // drawn as they are: a name that needs escaping is left out
			safe = append(safe, o)
		}
	}
	in.SetSuggestions(safe)
}

// scrollBy moves the preview by a line or a page (previewLines clamps).
func (f *actionFlow) scrollBy(k string) {
	switch k {
	case "up":
		f.scroll--
	case "down":
		f.scroll++
	case "pgup":
		f.scroll -= 10
	case "pgdown":
		f.scroll += 10
	}
	f.scroll = min(max(f.scroll, 0), max(previewRowsAt(f.previewFor(scrollClampWidth), scrollClampWidth)-2, 0))
}

// scrollClampWidth is the narrowest preview the scroll is bounded for:
// previews wrap (previewRows), and the flow does not keep its width, so
// the bound counts rows as a 30-cell box would wrap them (at least
// every row a wider box has).
const scrollClampWidth = 30

func (f *actionFlow) move(d int) tea.Cmd {
	f.fields[f.focus].input.Blur()
	f.focus = (f.focus + d + len(f.fields)) % len(f.fields)
	_ = f.fields[f.focus].input.Focus()
	return nil
}

// submit asks for the preview.
func (f *actionFlow) submit() tea.Cmd {
	f.outcome, f.failed = "", false
	vals, ctx, pane, seq, prep, c, demo := f.values(), f.c.Ctx, f.pane, f.seq, f.prepare, f.c, f.demoGroupRuns()
	f.stage = flowWorking
	return func() tea.Msg {
		if prep == nil {
			return flowMsg{pane: pane, seq: seq, stage: flowConfirm}
		}
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		lines, prepared, err := prep(ctx, vals)
		err = c.actionErr(demoStopWords(err, demo))
		return flowMsg{pane: pane, seq: seq, stage: flowConfirm, lines: lines, prepared: prepared, err: err}
	}
}

// write does the action: the read-only check once more (the one place),
// the write, and the event log entry, all off the event loop.
func (f *actionFlow) write() tea.Cmd {
	if err := f.c.allow(f.act); err != nil {
		f.stage, f.outcome, f.failed, f.refused = flowDone, err.Error(), true, true
		return nil
	}
	f.stage, f.outcome = flowWorking, ""
	vals, prepared, apply := f.values(), f.prepared, f.apply
	ctx, pane, seq, store, who, subject, act, now, log := f.c.Ctx, f.pane, f.seq, f.c.Events, f.c.who(), f.subject, f.act, f.c.now, f.c.Log
	c, demo := f.c, f.demoGroupRuns()
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		at := now() // when it was sent, as a reset's commits say (ResetPlan.At)
		text, err := apply(ctx, at, vals, prepared)
		err = c.actionErr(demoStopWords(err, demo))
		what := text
		if err != nil {
			what = act.String() + " failed: " + err.Error()
		}
		if store != nil {
			store.LogAction(at, who, subject, what)
		}
		if log != nil {
			log.Info("operator action", "by", who, "on", subject, "action", act.String(), "what", what, "ok", err == nil)
		}
		return flowMsg{pane: pane, seq: seq, stage: flowDone, text: text, err: err}
	}
}

// result takes a preview or an outcome; stale ones (an earlier flow's)
// are ignored.
func (f *actionFlow) result(m flowMsg) tea.Cmd {
	if m.seq != f.seq || f.stage != flowWorking {
		return nil
	}
	if m.err != nil {
		f.outcome, f.failed = m.err.Error(), true
		if m.stage == flowConfirm { // the preview failed: back to the form
			f.stage = flowDone
			if len(f.fields) > 0 {
				f.stage = flowForm
				_ = f.fields[f.focus].input.Focus()
			}
			return nil
		}
		f.stage, f.refused = flowDone, true // the write refused: esc goes back (back)
		return nil
	}
	f.stage = m.stage
	switch m.stage {
	case flowConfirm:
		f.preview, f.prepared = m.lines, m.prepared
		if f.wordOf != nil {
			f.word = f.wordOf(m.prepared)
			f.subject = f.word
		}
		f.confirm.SetValue(f.retype)
		f.confirm.CursorEnd()
		f.retype = ""
		_ = f.confirm.Focus()
		return nil
	case flowDone:
		f.outcome, f.failed = m.text, false
	}
	return nil
}

// escWords is what esc does at the confirmation, in the words every line
// of it uses: back to the form where the action has one, else cancel.
func (f *actionFlow) escWords() string {
	if len(f.fields) > 0 {
		return "esc goes back to the form"
	}
	return "esc cancels"
}

// back leaves a refused write's outcome for what was typed: the form
// with its fields and the refusal under them, or, for an action without
// a form, its preview read again with the name typed put back.
func (f *actionFlow) back() tea.Cmd {
	f.refused, f.scroll = false, 0
	f.confirm.Blur()
	if len(f.fields) > 0 {
		f.stage = flowForm // the refusal stays under the fields until a key is typed
		_ = f.fields[f.focus].input.Focus()
		return nil
	}
	f.retype = f.confirm.Value()
	return f.submit()
}
