package ui

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// recorder is a Producer that keeps what it is given and fails while err
// is set. Kafka behaviour is tested against the embedded broker in
// cmd/washboard; these tests are about the form.
type recorder struct {
	mu   sync.Mutex
	sent []model.Outgoing
	err  error
}

func (r *recorder) Produce(_ context.Context, out model.Outgoing) (model.Delivery, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return model.Delivery{}, r.err
	}
	r.sent = append(r.sent, out)
	return model.Delivery{Topic: out.Topic, Partition: max(out.Partition, 0), Offset: int64(len(r.sent) - 1), Time: fixedNow}, nil
}

func produceApp(t *testing.T, w, h int) (*App, *ProducePane, *recorder) {
	t.Helper()
	a := testApp(t, w, h)
	rec := &recorder{}
	a.c.Producer = rec
	writer(a.c).Update(func(st *model.State) {
		st.Topics = []string{model.StudentTopic, model.LaundryTopic, model.RiderTopic, "other"}
	})
	return a, a.panes[paneProduce].(*ProducePane), rec
}

// run executes cmd and feeds its messages back, as the program would.
func run(a *App, cmd tea.Cmd) {
	if cmd == nil || isBlink(cmd) {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			run(a, c)
		}
	case nil:
	default:
		_, next := a.Update(msg)
		if pm, ok := msg.(paneMsg); ok {
			if _, ok := pm.msg.(burstMsg); ok {
				run(a, next)
			}
		}
	}
}

// do presses keys, drawing a frame after each as Bubble Tea does (key
// handlers read the last frame's snapshot).
func do(a *App, keys ...string) {
	for _, k := range keys {
		a.View()
		if text, ok := strings.CutPrefix(k, "type:"); ok { // typed text, as act takes it
			for _, r := range text {
				a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		_, cmd := a.Update(keyPress(k))
		if strings.HasPrefix(k, "ctrl+") {
			run(a, cmd)
		}
	}
}

func TestProduceOpensWithTheFocusedPanesTopic(t *testing.T) {
	a, p, _ := produceApp(t, 120, 36)
	do(a, "3", "p", "enter")
	if got := p.value(fieldTopic); got != model.StudentTopic {
		t.Fatalf("opened from Students with topic %q", got)
	}
	if !strings.Contains(p.value(fieldValue), `"StudentId"`) {
		t.Fatalf("no Student template: %q", p.value(fieldValue))
	}
	// esc stops editing; then a number key moves focus: never stuck.
	do(a, "esc")
	if p.Capturing() {
		t.Fatal("esc did not stop editing")
	}
	do(a, "6")
	if a.focus != paneLog {
		t.Fatal("after esc, 6 did not move focus to the Log")
	}
}

func TestProduceSendsTheFormAndKeepsHistory(t *testing.T) {
	a, p, rec := produceApp(t, 120, 36)
	do(a, "p", "enter")
	p.setForm(model.Form{Topic: "other", Key: "k1", Partition: "1", Headers: "trace=abc\nsource=test", Value: "plain text"})
	do(a, "ctrl+s")
	if len(rec.sent) != 1 {
		t.Fatalf("%d records sent", len(rec.sent))
	}
	out := rec.sent[0]
	if out.Topic != "other" || string(out.Key) != "k1" || out.Partition != 1 || string(out.Value) != "plain text" ||
		len(out.Headers) != 2 || string(out.Headers[1].Value) != "test" {
		t.Fatalf("sent %+v", out)
	}
	if !strings.Contains(screen(a), "delivered to other partition 1") || !strings.Contains(p.report, "offset 0 at 03:04:05.000") {
		t.Fatalf("no delivery report:\n%s", screen(a))
	}
	p.setForm(model.Form{Topic: "other", Value: "second"})
	do(a, "ctrl+s")
	p.setForm(model.Form{Topic: "other", Value: "draft"})
	do(a, "ctrl+p")
	if p.value(fieldValue) != "second" {
		t.Fatalf("ctrl+p recalled %q", p.value(fieldValue))
	}
	do(a, "ctrl+p")
	if p.value(fieldValue) != "plain text" || p.value(fieldHeaders) != "trace=abc\nsource=test" {
		t.Fatalf("second ctrl+p recalled %q", p.value(fieldValue))
	}
	do(a, "ctrl+n")
	if p.value(fieldValue) != "second" {
		t.Fatalf("ctrl+n recalled %q", p.value(fieldValue))
	}
}

func TestProduceFailedSendKeepsTheForm(t *testing.T) {
	a, p, rec := produceApp(t, 120, 36)
	rec.err = errors.New("[3] Unknown Topic Or Partition: the request is for a topic or partition that does not exist")
	do(a, "p", "enter")
	typeText(a, "x") // typed into the topic field
	want := p.form()
	do(a, "ctrl+s", "ctrl+s") // the second confirms the value that is no longer JSON for a seed topic
	if p.form() != want {
		t.Fatalf("form changed after a failed send:\n%+v\nwant\n%+v", p.form(), want)
	}
	if !strings.Contains(screen(a), "send failed, form kept") || !strings.Contains(p.report, "Unknown Topic Or Partition") {
		t.Fatalf("the failure is not explained:\n%s", screen(a))
	}
}

func TestProduceInvalidJSONNeedsConfirmation(t *testing.T) {
	a, p, rec := produceApp(t, 120, 36)
	do(a, "p", "enter")
	p.setForm(model.Form{Topic: model.RiderTopic, Value: `{"name":"asha",`})
	if !strings.Contains(screen(a), "value is not valid JSON") {
		t.Fatalf("no JSON warning:\n%s", screen(a))
	}
	do(a, "ctrl+s")
	if len(rec.sent) != 0 || !strings.HasPrefix(p.report, "value is not valid JSON: ") {
		t.Fatalf("invalid JSON sent without confirmation (report %q)", p.report)
	}
	do(a, "ctrl+s")
	if len(rec.sent) != 1 || string(rec.sent[0].Value) != `{"name":"asha",` {
		t.Fatalf("confirmed send did not go out as typed: %+v", rec.sent)
	}
}

func TestProduceReadOnlyRefuses(t *testing.T) {
	a, _, rec := produceApp(t, 120, 36)
	a.c.Cluster.ReadOnly = model.ReadOnlyAll
	do(a, "p", "enter", "ctrl+s", "ctrl+b")
	if len(rec.sent) != 0 || !strings.Contains(screen(a), "read-only mode (all): cannot produce") {
		t.Fatalf("read-only did not refuse clearly:\n%s", screen(a))
	}
	// Said once in the pane (ut38a-25): the refusal, not the note above
	// the form in other words as well.
	if box := strings.Join(produceBox(screen(a)), " "); strings.Contains(box, "producing is disabled") {
		t.Fatalf("the note and the refusal both say producing is off:\n%s", screen(a))
	}
}

func TestProduceBadFieldsSayWhich(t *testing.T) {
	tests := []struct {
		form  model.Form
		burst [2]string
		key   string
		want  string
	}{
		{model.Form{Topic: "other", Partition: "two"}, [2]string{"1", "1"}, "ctrl+s", `partition: "two"`},
		{model.Form{Topic: "other", Headers: "nope"}, [2]string{"1", "1"}, "ctrl+s", "headers line 1"},
		{model.Form{Topic: "other"}, [2]string{"0", "1"}, "ctrl+b", "burst:"},
		{model.Form{Topic: "other"}, [2]string{"5", "fast"}, "ctrl+b", "rate/s:"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			a, p, rec := produceApp(t, 120, 36)
			do(a, "p", "enter")
			p.setForm(tt.form)
			p.inputs[fieldCount].SetValue(tt.burst[0])
			p.inputs[fieldRate].SetValue(tt.burst[1])
			do(a, tt.key)
			if len(rec.sent) != 0 || !strings.Contains(p.report, tt.want) || p.form() != tt.form {
				t.Fatalf("report %q, form %+v", p.report, p.form())
			}
		})
	}
}

func TestProduceBurstRollsTemplatesAndCanBeStopped(t *testing.T) {
	a, p, rec := produceApp(t, 120, 36)
	do(a, "p", "enter")
	p.inputs[fieldCount].SetValue("20")
	p.inputs[fieldRate].SetValue("2000")
	do(a, "ctrl+b")
	if p.burst != nil || !strings.Contains(p.report, "burst done: 20/20 sent") {
		t.Fatalf("burst report %q", p.report)
	}
	seen := map[string]bool{}
	for _, out := range rec.sent {
		seen[string(out.Value)] = true
	}
	if len(rec.sent) != 20 || len(seen) < 15 {
		t.Fatalf("%d sent, %d distinct values: templates were not re-rolled", len(rec.sent), len(seen))
	}

	// A slow burst stopped with esc ends with its count so far.
	p.inputs[fieldCount].SetValue("1000")
	p.inputs[fieldRate].SetValue("50")
	_, cmd := a.Update(keyPress("ctrl+b"))
	if p.burst == nil {
		t.Fatal("burst did not start")
	}
	do(a, "esc")
	run(a, cmd)
	if p.burst != nil || !strings.Contains(p.report, "burst stopped (esc)") {
		t.Fatalf("esc did not stop the burst: %q", p.report)
	}
	if !p.Capturing() {
		t.Fatal("esc stopping a burst also stopped editing")
	}
}

func TestProduceGolden(t *testing.T) {
	a, p, _ := produceApp(t, 100, 20)
	do(a, "p", "esc", "z", "enter")
	p.setForm(model.Form{Topic: "other", Key: "\x1b]0;t\x07", Partition: "auto", Headers: "a=1\nb=\x1b[2J", Value: `{"x":1`})
	p.active = fieldValue
	p.focusField()
	got := screen(a)
	assertFits(t, got, 100, 20)
	assertNoRawEscapes(t, a.View().Content)
	golden(t, "produce-form-100x20", got)
}

func TestProduceTopicSuggestionAndTemplateFollow(t *testing.T) {
	a, p, _ := produceApp(t, 120, 36)
	do(a, "p", "enter")
	a.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	typeText(a, "ri")
	a.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	if got := p.value(fieldTopic); got != model.RiderTopic {
		t.Fatalf("→ accepted %q, want the cluster's rider-updates", got)
	}
	if !strings.Contains(p.value(fieldValue), `"location"`) || p.value(fieldKey) != "location-update" {
		t.Fatalf("the untouched form did not follow the topic's template: key %q value %q", p.value(fieldKey), p.value(fieldValue))
	}
	// Once the value is edited, changing the topic leaves it alone.
	p.areas[fieldValue].SetValue("mine")
	p.changed()
	a.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	typeText(a, model.StudentTopic)
	if p.value(fieldValue) != "mine" {
		t.Fatalf("an edited value was replaced by a template: %q", p.value(fieldValue))
	}
	if !strings.Contains(screen(a), "value is not valid JSON") {
		t.Fatal("no JSON warning for a viewed topic with a text value")
	}
	typeText(a, "-nope")
	if !strings.Contains(screen(a), "Student-nope is not on the") || !strings.Contains(p.topicNote(), "never creates topics") {
		t.Fatalf("no warning for a topic missing from the cluster:\n%s", screen(a))
	}
}

// Reaching Produce by cycling shows the form without editing it, so tab
// moves on and q quits (the user-test repro: 6, tab, tab, q); p, 7 and
// enter start editing, and esc stops it.
func TestProduceTabCyclesThroughWithoutEditing(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		focus   int
		editing bool
	}{
		{"tab from Log shows the form", []string{"6", "tab"}, paneProduce, false},
		{"tab again moves on", []string{"6", "tab", "tab"}, paneTopics, false},
		{"shift+tab from Topics shows the form", []string{"8", "shift+tab"}, paneProduce, false},
		{"shift+tab again moves on", []string{"8", "shift+tab", "shift+tab"}, paneLog, false},
		// a pane key only focuses: the next key, z or ?, is a pane key
		// and never typed into the topic (ut38a-32, ut38b-21, ut36b-28)
		{"7 only focuses", []string{"7"}, paneProduce, false},
		{"p only focuses", []string{"1", "p"}, paneProduce, false},
		{"7 then z zooms", []string{"7", "z"}, paneProduce, false},
		{"enter edits after 7", []string{"7", "enter"}, paneProduce, true},
		{"p in the pane edits", []string{"7", "p"}, paneProduce, true},
		{"enter edits after tab", []string{"6", "tab", "enter"}, paneProduce, true},
		{"while editing tab moves between fields", []string{"7", "enter", "tab", "tab"}, paneProduce, true},
		{"esc stops editing, then tab moves on", []string{"7", "enter", "esc", "tab"}, paneTopics, false},
		{"7 then tab moves on", []string{"7", "tab"}, paneTopics, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			do(a, tt.keys...)
			if a.focus != tt.focus || p.Capturing() != tt.editing {
				t.Fatalf("after %v: focus %d editing %v, want %d %v", tt.keys, a.focus, p.Capturing(), tt.focus, tt.editing)
			}
			lines := strings.Split(screen(a), "\n")
			if footer := lines[len(lines)-1]; tt.focus == paneProduce && !tt.editing && !strings.HasPrefix(footer, "enter edit") {
				t.Fatalf("the footer does not say enter edits: %q", footer)
			}
		})
	}
}

func TestProduceReproTabTabQuits(t *testing.T) {
	a, p, _ := produceApp(t, 120, 36)
	do(a, "6", "tab")
	want := p.form()
	do(a, "tab")
	_, cmd := a.Update(keyPress("q"))
	if !quits(cmd) {
		t.Fatalf("6, tab, tab, q did not quit (focus %d, editing %v)", a.focus, p.Capturing())
	}
	if p.form() != want {
		t.Fatalf("q typed into the form: %+v", p.form())
	}
}

// produceBox is the Produce pane's inner lines cut out of a screen.
func produceBox(s string) []string {
	var out []string
	col := -1
	for _, l := range strings.Split(s, "\n") {
		r := []rune(l)
		if i := strings.Index(l, "7 Produce"); i >= 0 {
			col = len([]rune(l[:i])) - 3 // "╭─ " before the title
			continue
		}
		if col < 0 || col >= len(r) {
			continue
		}
		if r[col] == '╰' {
			break
		}
		out = append(out, strings.TrimRight(string(r[col+1:len(r)-1]), " "))
	}
	return out
}

// The form's fields keep their rows, topic, key, partition, headers and
// value in that order, whatever the box; a failure the box cannot hold
// under them takes the screen, whole (ut16b E21: the key or partition gave
// way to it; issue 14, B7: it was cut).
func TestProduceFormKeepsItsFieldsInOrder(t *testing.T) {
	tests := []struct {
		name   string
		w, h   int
		zoom   bool
		golden bool
	}{
		{"produce-grid-80x24", 80, 24, false, true},
		{"produce-grid-90x20", 90, 20, false, false},
		{"produce-grid-100x30", 100, 30, false, true},
		{"produce-zoom-100x30", 100, 30, true, true},
		{"produce-zoom-80x12", 80, 12, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, rec := produceApp(t, tt.w, tt.h)
			rec.err = errors.New("rider-updates has 2 partitions (0-1); there is no partition 7")
			do(a, "7", "enter")
			if tt.zoom {
				do(a, "esc", "z", "enter")
			}
			p.setForm(model.Form{Topic: model.RiderTopic, Key: "it-key", Partition: "7", Headers: "a=1\nb=2", Value: `{"name":"x"}`})
			p.active = fieldValue
			p.focusField()
			do(a, "ctrl+s")
			got := screen(a)
			assertFits(t, got, tt.w, tt.h)
			box := produceBox(got)
			assertFieldOrder(t, box, got)
			if flat := strings.ReplaceAll(strings.Join(box, ""), " ", ""); !strings.Contains(flat, "sendfailed,formkept:rider-updateshas2partitions(0-1);thereisnopartition7") {
				t.Fatalf("the failure is not whole:\n%s", got)
			}
			if tt.golden {
				golden(t, tt.name, got)
			}
		})
	}
}

// assertFieldOrder checks that the box's first rows are the form's
// fields in their order, each once (a text area's further rows between).
func assertFieldOrder(t *testing.T, box []string, screen string) {
	t.Helper()
	want := []string{"topic", "key", "partition", "headers", "value"}
	var got []string
	for _, l := range box {
		// a field's row starts with its marker cell (" " or "▸"); a
		// notice starts with its text
		rest, ok := strings.CutPrefix(l, " ")
		if !ok {
			rest, ok = strings.CutPrefix(l, "▸")
		}
		if f := strings.Fields(rest); ok && len(f) > 0 && !strings.HasPrefix(rest, " ") {
			got = append(got, f[0])
		}
	}
	if len(got) < len(want) || strings.Join(got[:len(want)], ",") != strings.Join(want, ",") {
		t.Fatalf("the fields are %v, want %v first:\n%s", got, want, screen)
	}
}

// In the 80x24 grid, with a send's outcome from before on screen, the
// form stays put as the cursor moves: the same fields on the same rows,
// the outcome said on the line under them (ut16b E21: the third row was
// value, headers or partition as focus moved). At 200x50 the outcome is
// whole beside the form.
func TestProduceFieldsStayPutUnderAnOldOutcome(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(sizeName(size), func(t *testing.T) {
			a, p, _ := produceApp(t, size[0], size[1])
			do(a, "7", "enter")
			p.setForm(model.Form{Topic: model.LaundryTopic, Key: "washer-01", Partition: "auto", Value: `{"machine_id":"washer-01"}`})
			p.active = fieldValue
			p.focusField()
			do(a, "ctrl+s", "esc") // sent; the outcome read
			if p.report == "" || a.zoom {
				t.Fatalf("after the send and esc: outcome %q, zoomed %v", p.report, a.zoom)
			}
			do(a, "6", "7", "enter") // away and back: editing again
			first := screen(a)
			if a.zoom {
				t.Fatalf("an outcome already read took the screen:\n%s", first)
			}
			golden(t, "produce-old-outcome-"+sizeName(size), first)
			rows := map[string]int{}
			for _, w := range fieldLabels[:fieldSchema] {
				rows[w] = rowOf(first, "│ "+w+" ")
				if rows[w] < 0 {
					rows[w] = rowOf(first, "│▸"+w+" ")
				}
			}
			wantOutcome := "delivered to lau…logs/0@0" // the Log's notation, the topic cut in the middle
			if size[0] == 200 {
				wantOutcome = "delivered to " + model.LaundryTopic + " partition 0 offset 0"
			}
			if !strings.Contains(produceBoxText(first), wantOutcome) { // wrapped in the box's rows
				t.Fatalf("the outcome is not said as %q:\n%s", wantOutcome, first)
			}
			for _, k := range []string{"shift+tab", "shift+tab", "shift+tab", "tab", "tab", "tab"} {
				do(a, k)
				s := screen(a)
				for w, r := range rows {
					if got := rowOf(s, "│ "+w+" "); got != r && rowOf(s, "│▸"+w+" ") != r {
						t.Fatalf("after %s (cursor on %s) %s moved from row %d:\n%s\n--- before\n%s", k, fieldLabels[p.active], w, r, s, first)
					}
				}
			}
		})
	}
}

// p on a Partitions partition row puts that partition in the form, whose
// typed value stays; a form holding another topic keeps what was typed
// (ut16b E21: the partition stayed "auto").
func TestProducePFromAPartitionTakesItsPartition(t *testing.T) {
	a, p, _ := produceApp(t, 120, 40)
	writer(a.c).Update(func(st *model.State) {
		st.Partitions = []model.PartitionStat{{Topic: model.RiderTopic, Partition: 0, High: 4}, {Topic: model.RiderTopic, Partition: 1, High: 2}}
	})
	a.version = a.c.Store.Version()
	p.setForm(model.Form{Topic: model.RiderTopic, Partition: "auto", Value: `{"typed":true}`})
	do(a, "4")
	parts := a.panes[panePartitions].(*PartitionsPane)
	for range 5 {
		if r := parts.cursorRow(); r.kind == partRow && r.part == 1 {
			break
		}
		do(a, "j")
	}
	if r := parts.cursorRow(); r.kind != partRow || r.part != 1 {
		t.Fatalf("no partition 1 row under the cursor:\n%s", screen(a))
	}
	do(a, "p", "enter")
	if f := p.form(); f.Partition != "1" || f.Value != `{"typed":true}` || f.Topic != model.RiderTopic {
		t.Fatalf("p on partition 1 gave %+v", f)
	}
}

// In read-only mode the footer never offers sending, and the pane says
// plainly that nothing is sent, whether or not the form is being edited.
func TestProduceReadOnlyDoesNotOfferSending(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		editing bool
	}{
		{"reached by tab", []string{"6", "tab"}, false},
		{"editing", []string{"7", "enter"}, true},
		{"after esc", []string{"7", "enter", "esc"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			a.c.Cluster.ReadOnly = model.ReadOnlyAll
			do(a, tt.keys...)
			s := screen(a)
			lines := strings.Split(s, "\n")
			footer := lines[len(lines)-1]
			if p.Capturing() != tt.editing || strings.Contains(footer, "ctrl+s") || strings.Contains(footer, "ctrl+b") {
				t.Fatalf("editing %v, footer offers sending: %q", p.Capturing(), footer)
			}
			box := strings.Join(produceBox(s), " ")
			if !strings.Contains(box, "read-only: producing is disabled") || !strings.Contains(box, "not sent") ||
				strings.Contains(box, "ctrl+s") || strings.Contains(box, "ctrl+b") {
				t.Fatalf("the pane does not say producing is off, or offers it:\n%s", s)
			}
		})
	}
}

// A form nobody touched says nothing about JSON: a warning before the
// user edits or sends is noise. Once edited, an invalid value is said.
func TestAnUntouchedFormHasNoJSONWarning(t *testing.T) {
	a, p, _ := produceApp(t, 120, 36)
	p.Open("other") // a topic without a template: the value is empty
	p.areas[fieldValue].SetValue("")
	p.setTopic(model.RiderTopic) // a viewed topic: values must be JSON
	p.changed()
	do(a, "p", "enter")
	if got := screen(a); strings.Contains(got, "not valid JSON") || strings.Contains(got, "value is empty") {
		t.Fatalf("an untouched form warns:\n%s", got)
	}
	typeText(a, "x") // the topic field is edited, not the value
	p.areas[fieldValue].SetValue(`{"name":`)
	p.changed()
	if got := screen(a); !strings.Contains(got, "value is not valid JSON") {
		t.Fatalf("an edited invalid value is not said:\n%s", got)
	}
}
