package ui

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Form fields, in tab order.
const (
	fieldTopic = iota
	fieldKey
	fieldPartition
	fieldHeaders
	fieldValue
	fieldSchema // registry subject to encode the value with (only with a registry)
	fieldCount  // burst: how many
	fieldRate   // burst: per second
	fieldN
)

var fieldLabels = [fieldN]string{"topic", "key", "partition", "headers", "value", "schema", "burst", "rate/s"}

// historyCap bounds the per-session history of sent messages.
const historyCap = 50

// ProducePane is the form that sends test records: one at a time, or a
// burst. Everything typed stays in the form whatever happens to a send;
// the form, its history and the running burst are this session's own.
type ProducePane struct {
	c    *Common
	w, h int
	// zoom says the form and its outcome or warning did not fit the box
	// when last asked (fitRoom): the pane has the screen (App.zoomForFlow)
	// while the form is edited or the outcome shown (ut16b E18: the
	// outcome was cut at the box's bottom and fields hidden for it).
	zoom bool
	// autoZoomed says the App gave the pane the screen because it asked
	// (zoom), not the user's z (App.resize): the border then says so and
	// how to go back, and the value area is as tall as its text (ut43a-11).
	autoZoomed bool
	inputs     [fieldN]textinput.Model // single-line fields (headers, value unused)
	areas      [fieldN]textarea.Model  // multi-line fields (headers, value)
	active     int
	// topicKnown and topicOnCluster are the last frame's snapshot: the
	// poller has listed topics, and the typed topic is among them.
	topicKnown, topicOnCluster bool
	// fieldApart and sentApart cut the topic field's value and the last
	// delivery's topic where they differ from the cluster's other topics
	// (produce_topic_apart.go), judged in Snapshot.
	fieldApart, sentApart topicApart
	// editing is true while the form has the keyboard (global keys wait).
	editing bool
	rng     *rand.Rand
	tmpl    string // the value the last template wrote: untouched forms follow the topic
	// typed says the operator has edited the form by keys (any field, a
	// topic picked with pgup/pgdn, a recalled message) since it last took
	// a template: a form typed in is theirs, and no pane or frame puts
	// another topic or template in it (ut18b G7: typing a topic not on the
	// cluster was put back to the Topics list's topic at the next frame,
	// emptying the key typed too).
	typed bool
	// keyTyped says the key was typed: a template following the typed
	// topic then leaves it (ctrl+r still rolls a new one).
	keyTyped bool
	// lost is what of a Log record could not become the form, for the
	// fields not edited since (templateNote).
	lost []lostItem
	// offered says the form's topic is washboard's own pick (the seed
	// topic it starts with, or one the topic list offered when that was
	// not on the cluster), not one the operator pointed at. Only such a
	// form, untouched, follows the topic list when its topic goes: a
	// form filled from a record (R, p), a pane's topic or typing keeps
	// its topic, key, value and partition and says the topic is not on
	// the cluster (ut20 O1: a form filled by R switched silently to
	// another topic when its own was deleted, key and value emptied).
	offered bool
	// record says the form holds a Log record (R, p) rather than a seed
	// template: a topic typed or picked then changes the topic only, and
	// keeps the record's key and value (ut25b R16: pgdn put the next
	// topic's template over them).
	record bool
	// aborted says that record was one of an aborted transaction: a note
	// says so under the form, and ctrl+s asks a second press before
	// sending it as committed (ut25b R2).
	aborted bool
	// topicPrefill says the topic is one the operator did not type (the
	// form's own first topic, or one taken from another pane: Open,
	// OpenForm) and its field not touched since: the first character
	// typed there replaces it, as an action form's prefilled value is;
	// moving the cursor or deleting first edits it (ut27 T11:
	// audit-ut27half-typed-topic; ut29 T11: the form's own
	// laundry-machine-logs was still appended to).
	topicPrefill bool
	// keyPrefill and partPrefill say the key is the template's, and the
	// partition one taken from a record or a Partitions row, not typed,
	// and their fields not touched since: the first character typed there
	// replaces it as the topic's does (ut41-8: a key typed into the
	// template's went out as avro-washer-01ut41-key; ut40a-28: 7 typed
	// after R's partition 0 read 07).
	keyPrefill, partPrefill bool

	sending bool
	confirm bool // the next send goes out despite invalid JSON
	// confirmAt is when confirm was asked for: it lapses, with its
	// warning, after noticeFor or when the form is left (produce_send.go)
	confirmAt time.Time
	jsonErr   string // why the value is not JSON, when it should be
	// jsonAt is when the value last changed; jsonLive, copied each frame
	// (Snapshot), says whether its JSON warning shows: while the form is
	// edited or for noticeFor after a change, so it never reads as a
	// stale message minutes after the form was left (ut35-13, ut34a-28).
	jsonAt    time.Time
	jsonLive  bool
	report    string
	failed    bool
	refusal   string        // report, while it is a refusal the next key takes away
	tmplSeed  uint64        // the seed tmpl was made from (produce_template.go)
	delivered deliveredNote // the last delivery, for its one-line form
	// reportRead says a key came after the last outcome: a delivery
	// already read is said on one line (ut16b E21: one from minutes ago
	// kept 4 of the grid box's 7 rows).
	reportRead bool
	// burstSaid and burstAt: the last burst's outcome and when it came. A
	// burst that ended well is said for noticeFor, then its row comes back
	// (ut36a-19: `burst done: 100/100 sent` stood in the burst row's place
	// eight minutes on, read as something that just happened).
	burstSaid string
	burstAt   time.Time
	history   []model.Form
	histPos   int // == len(history) when not browsing
	burst     *burstRun
	burstSeq  int            // tells a stale burst's last message from the current one
	bursts    sync.WaitGroup // the burst goroutines this pane started; Close waits for them
}

func isArea(f int) bool { return f == fieldHeaders || f == fieldValue }

// NewProducePane makes the Produce pane with the first seed topic's template.
func NewProducePane(c *Common) *ProducePane {
	p := &ProducePane{c: c, rng: rand.New(rand.NewPCG(uint64(c.now().UnixNano()), 1)), offered: true, topicPrefill: true}
	for i := range p.inputs {
		if isArea(i) {
			a := textarea.New()
			a.Prompt, a.ShowLineNumbers, a.CharLimit = "", false, 1<<20
			a.MaxHeight = 0
			p.areas[i] = a
			continue
		}
		in := textinput.New()
		in.Prompt, in.CharLimit = "", 1024
		p.inputs[i] = in
	}
	// Topic suggestions: right accepts, pgup/pgdown cycle; tab, up/down
	// and ctrl+p/n keep their form meanings.
	km := &p.inputs[fieldTopic].KeyMap
	km.AcceptSuggestion = key.NewBinding(key.WithKeys("right"))
	km.NextSuggestion = key.NewBinding(key.WithKeys("pgdown"))
	km.PrevSuggestion = key.NewBinding(key.WithKeys("pgup"))
	p.inputs[fieldTopic].ShowSuggestions = true
	sk := &p.inputs[fieldSchema].KeyMap // registry subjects, the same way
	sk.AcceptSuggestion, sk.NextSuggestion, sk.PrevSuggestion = km.AcceptSuggestion, km.NextSuggestion, km.PrevSuggestion
	p.inputs[fieldSchema].ShowSuggestions = true
	p.inputs[fieldTopic].SetValue(model.LaundryTopic)
	p.inputs[fieldPartition].SetValue("auto")
	p.inputs[fieldCount].SetValue("100")
	p.inputs[fieldRate].SetValue("20")
	// A count or a rate is a few digits: a key typed into the wrong field
	// must not push rate/s off the burst row, where the cursor and what
	// is typed went unseen (ut27 T13); what it holds is said under the
	// form (burstWarning).
	p.inputs[fieldCount].CharLimit, p.inputs[fieldRate].CharLimit = burstFieldMax, burstFieldMax
	p.reroll()
	return p
}

func (p *ProducePane) Title() string { return "Produce" }

func (p *ProducePane) SetSize(w, h int) {
	p.w, p.h = w, h
	fw := max(w-11, 4)
	for i := range p.inputs {
		if isArea(i) {
			p.areas[i].SetWidth(fw)
		} else {
			p.inputs[i].SetWidth(fw - 1) // the cursor's cell past the text fits too
			// the input scrolls its text only as the cursor moves: placed
			// again, it shows what the new width holds, not the old
			// width's window (a grid box's tail in the zoomed form)
			p.inputs[i].SetCursor(p.inputs[i].Position())
		}
	}
}

func (p *ProducePane) Capturing() bool { return p.editing }

// Help is the footer's keys: the history keys only where they would
// recall a message (historyKeys).
func (p *ProducePane) Help() []key.Binding { return p.helpWith(p.historyKeys()) }

// helpHistory is Help with both history keys, whether or not a message
// was sent yet: help says every key (HelpAll), the pair as one entry so
// help's grid cannot part them (ut41-9: ctrl+n top right, ctrl+p three
// rows lower on the left).
func (p *ProducePane) helpHistory() []key.Binding {
	k := p.c.Keys
	prev, next := k.HistoryPrev.Help().Key, k.HistoryNext.Help().Key
	return p.helpWith([]key.Binding{pairBinding(k.HistoryPrev, k.HistoryNext, prev+"/"+strings.TrimPrefix(next, "ctrl+"), "previous/next sent")})
}

// helpWith is the form's keys with hist for its history's.
func (p *ProducePane) helpWith(hist []key.Binding) []key.Binding {
	k := p.c.Keys
	ro := p.noSend() // nothing is sent: the footer does not offer it
	edit := k.Enter  // here enter starts editing, not details
	edit.SetHelp(k.Enter.Help().Key, "edit")
	switch {
	case p.editing && ro:
		return append(append([]key.Binding{k.NextField, k.Reroll}, hist...), k.Back)
	case p.editing:
		return append(append([]key.Binding{k.Send, k.Burst, k.NextField, k.Reroll}, hist...), k.Back)
	case ro:
		return append([]key.Binding{edit, k.Reroll}, hist...)
	}
	return append([]key.Binding{edit, k.Send, k.Burst, k.Reroll}, hist...)
}

// historyKeys are the history keys that would recall a message now:
// ctrl+p where an older sent message is there, ctrl+n where a newer one
// is (ut40a-23: the footer offered ctrl+n, which did nothing, before and
// after the first send, while ctrl+p, which worked, had gone for room).
func (p *ProducePane) historyKeys() []key.Binding {
	var out []key.Binding
	if p.histPos > 0 && len(p.history) > 0 {
		out = append(out, p.c.Keys.HistoryPrev)
	}
	if p.histPos+1 < len(p.history) {
		out = append(out, p.c.Keys.HistoryNext)
	}
	return out
}

// form is the fields as typed.
func (p *ProducePane) form() model.Form {
	return model.Form{
		Topic: p.inputs[fieldTopic].Value(), Key: p.inputs[fieldKey].Value(), Partition: p.inputs[fieldPartition].Value(),
		Headers: p.areas[fieldHeaders].Value(), Value: p.areas[fieldValue].Value(), Schema: p.inputs[fieldSchema].Value(),
	}
}

// setForm puts a form back exactly (history recall).
func (p *ProducePane) setForm(f model.Form) {
	p.setTopic(f.Topic)
	p.inputs[fieldKey].SetValue(f.Key)
	p.inputs[fieldPartition].SetValue(f.Partition)
	p.areas[fieldHeaders].SetValue(f.Headers)
	p.areas[fieldValue].SetValue(f.Value)
	p.inputs[fieldSchema].SetValue(f.Schema)
	p.keyPrefill, p.partPrefill = false, false // a sent form, as it was typed
	p.changed()
}

// value reads any field as text.
func (p *ProducePane) value(i int) string {
	if isArea(i) {
		return p.areas[i].Value()
	}
	return p.inputs[i].Value()
}

// reroll fills key and value with a fresh template for a seed topic.
func (p *ProducePane) reroll() {
	p.tmplSeed = p.rng.Uint64()
	k, v, ok := p.template(strings.TrimSpace(p.value(fieldTopic)), p.tmplSeed)
	if !ok {
		return
	}
	p.inputs[fieldKey].SetValue(k)
	p.areas[fieldValue].SetValue(v)
	p.tmpl = v
	p.keyPrefill = k != ""
	p.record, p.aborted = false, false // a template in place of the record
	p.changed()
}

// changed runs after any edit: a confirmation covers only the value it
// was given for, the JSON warning follows the value, and the last
// outcome (a delivery report, a failure, a burst's end) goes, since it
// describes the form as it was, not as it now is.
func (p *ProducePane) changed() {
	p.confirm = false
	p.report, p.failed = "", false
	schema := strings.TrimSpace(p.value(fieldSchema)) != ""
	p.jsonErr = jsonProblem(p.value(fieldTopic), p.value(fieldValue), func(t string) bool { return schema || p.viewed(t) })
	p.jsonAt, p.jsonLive = p.c.now(), true
	p.dropLost()
}

// viewed reports whether topic has a view, so its values must be JSON.
func (p *ProducePane) viewed(topic string) bool {
	found := false
	p.c.Store.Read(func(st *model.State) {
		for _, v := range st.Views {
			found = found || v.Topic == topic
		}
	})
	return found
}

// jsonProblem says why value is not valid JSON when it should be: the
// topic has a view, or the value looks like JSON.
func jsonProblem(topic, value string, viewed func(string) bool) string {
	t := strings.TrimSpace(value)
	looks := strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")
	if !looks && !viewed(strings.TrimSpace(topic)) {
		return ""
	}
	if t == "" {
		return "the value is empty"
	}
	var v json.RawMessage
	if err := json.Unmarshal([]byte(value), &v); err != nil {
		return jsonSyntaxWords(value, err)
	}
	return ""
}

// Open is the pane gaining focus from pane `from`: an untouched form takes
// that pane's topic. Editing waits for enter (Focus), so the keys that
// follow (z, ?, tab, q) act as in every pane.
func (p *ProducePane) Open(topic string) {
	if topic != "" && topic != p.value(fieldTopic) && p.adoptable() {
		p.lost = nil
		p.offered = false // a pane's topic: the operator pointed at it
		p.topicPrefill = true
		p.record, p.aborted = false, false
		p.setTopic(topic)
		// the whole form afresh, not only the topic and a template: a
		// record's partition, headers or schema belong to its own topic
		// (ut25b R5: a partition 2 left from R was refused on a topic of
		// one partition, and pinned a template's key to partition 0 on one
		// that had it)
		p.inputs[fieldPartition].SetValue("auto")
		p.areas[fieldHeaders].SetValue("")
		p.inputs[fieldSchema].SetValue("")
		if model.HasTemplate(topic) {
			p.reroll()
		} else {
			p.areas[fieldValue].SetValue("")
			p.inputs[fieldKey].SetValue("")
			p.tmpl = ""
			p.changed()
		}
	}
	p.freshen() // a template reads the time it is looked at
}

// OpenForm is the pane gaining focus with a template from what the user
// was looking at (a Log record, a partition): an untouched form takes it
// whole, or any form when force is set (the Log's "edit and resend"); a
// touched form takes a partition for the topic it holds.
// lost says what of the record could not be carried over (model.RecordForm).
func (p *ProducePane) OpenForm(f model.Form, lost []string, force, edit bool) tea.Cmd {
	now := p.form()
	samePart := now
	samePart.Partition = f.Partition
	switch {
	case force || p.adoptable():
		lost, aborted := splitAborted(lost)
		was := p.tmpl
		p.setForm(f)
		p.tmpl = f.Value
		p.lost = lostItems(lost, f)
		// a record's value (not the template the form held, which
		// Partitions' p keeps for the same topic) or what it left out
		p.record = (f.Value != "" && f.Value != was) || len(lost) > 0 || aborted
		p.aborted = aborted
		p.typed, p.keyTyped = false, false
		p.offered = false
		p.topicPrefill = true
		p.keyPrefill = !p.record && f.Key != ""
		p.partPrefill = f.Partition != "" && !strings.EqualFold(f.Partition, "auto")
	case f != now && f == samePart:
		// only the partition changes (Partitions' `p` on the topic typed):
		// taken whatever was typed, which it keeps (ut16b E21)
		p.inputs[fieldPartition].SetValue(f.Partition)
		p.partPrefill = true
		p.changed()
	}
	if force { // edit and resend: the value is what is edited, whatever was focused last
		p.active = fieldValue
	}
	if !edit {
		return nil
	}
	return p.Focus()
}

// untouched: the value is still what the last template wrote (or empty).
func (p *ProducePane) untouched() bool {
	v := p.value(fieldValue)
	return v == p.tmpl || v == ""
}

// adoptable reports whether another pane or the cluster's topics may fill
// the form: nothing was typed in it and its value is a template's.
func (p *ProducePane) adoptable() bool { return !p.typed && p.untouched() }

// followsList reports whether the form may take the topic list's topic
// when its own is not on the cluster: untouched, and its topic washboard's
// own pick (offered), never one from a record, a pane or typing.
func (p *ProducePane) followsList() bool { return p.offered && p.adoptable() }

// Focus starts editing: enter (or p) in the pane, or the Log's resend.
func (p *ProducePane) Focus() tea.Cmd {
	p.editing = true
	p.refreshSuggestions()
	// the topic's note as the form now holds it, not as the last frame
	// saw the form before (R fills it between frames)
	p.topicKnown, p.topicOnCluster = p.onCluster(strings.TrimSpace(p.value(fieldTopic)))
	p.fitRoom(false) // a form its box cannot hold takes the screen at once
	return tea.Batch(p.focusField(), p.loadSubjects())
}

func (p *ProducePane) focusField() tea.Cmd {
	for i := range p.inputs {
		if isArea(i) {
			p.areas[i].Blur()
		} else {
			p.inputs[i].Blur()
		}
	}
	if isArea(p.active) {
		return p.areas[p.active].Focus()
	}
	// SetValue keeps the old cursor column: start at the end of the text.
	p.inputs[p.active].CursorEnd()
	return p.inputs[p.active].Focus()
}

// setTopic sets the topic field; textinput.SetValue leaves the matched
// suggestions of the old value in place, so they are recomputed.
func (p *ProducePane) setTopic(t string) {
	p.inputs[fieldTopic].SetValue(t)
	p.refreshSuggestions()
}

func (p *ProducePane) refreshSuggestions() {
	var topics []string
	p.c.Store.Read(func(st *model.State) { topics = drawable(st.Topics) })
	p.inputs[fieldTopic].SetSuggestions(topics)
}

// drawable is the names a text input may suggest: the input draws a
// suggestion as it is, so a name that needs escaping (a topic, a schema
// registry's subject holding control bytes) is left out rather than
// drawn raw.
func drawable(names []string) []string {
	var out []string
	for _, n := range names {
		if model.PrintableString(n) == n {
			out = append(out, n)
		}
	}
	return out
}

// onCluster reports whether topic is among the cluster's topics (unknown
// until the poller has listed them). It reads the store: Update only.
func (p *ProducePane) onCluster(topic string) (known, ok bool) {
	p.c.Store.Read(func(st *model.State) { known, ok = topicOn(st, topic) })
	return known, ok
}

// topicOn reports whether the poller has listed topics, and topic among them.
func topicOn(st *model.State, topic string) (known, ok bool) {
	ok = slices.Contains(st.Topics, topic)
	return len(st.Topics) > 0, ok
}

func (p *ProducePane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case producedMsg:
		p.produced(msg)
		p.fitRoom(true)
		return nil
	case subjectsMsg:
		p.inputs[fieldSchema].SetSuggestions(drawable(msg.subjects))
		return nil
	case burstMsg:
		running := p.burst != nil
		cmd := p.burstProgress(msg)
		if running && p.burst == nil { // its outcome is new
			p.reportRead = false
			p.fitRoom(true)
		}
		return cmd
	case tea.KeyPressMsg:
		before := p.report
		cmd := p.key(msg)
		// an outcome this key brought (a refusal, the JSON confirmation, a
		// recall) is new; one from before is read now
		fresh := p.report != "" && p.report != before
		p.reportRead = !fresh
		p.fitRoom(fresh)
		return cmd
	}
	if p.editing { // cursor blinks
		return p.forward(msg)
	}
	return nil
}

// Snapshot copies whether the typed topic is on the cluster, for the
// warning under the form. The rest of what the form needs of the cluster
// (topics for suggestions, a topic's partitions) is read when a key asks,
// in Update.
func (p *ProducePane) Snapshot(st *model.State, now time.Time) {
	p.topicKnown, p.topicOnCluster = topicOn(st, strings.TrimSpace(p.value(fieldTopic)))
	p.fieldApart.judge(p.value(fieldTopic), st.Topics)
	p.sentApart.judge(p.delivered.d.Topic, st.Topics)
	p.jsonLive = p.editing || now.Sub(p.jsonAt) < noticeFor
	if p.confirm && now.Sub(p.confirmAt) >= noticeFor {
		p.dropConfirm() // a send asked for and never retried: its warning goes
	}
	if p.report != "" && p.report == p.burstSaid && !p.failed && now.Sub(p.burstAt) >= noticeFor {
		p.report, p.burstSaid = "", ""
	}
}
