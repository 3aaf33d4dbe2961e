package ui

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// demoMsg reports a demo-group action's outcome to the pane that asked
// (addressed with forPane).
type demoMsg struct {
	text string
	err  error
}

// demoCtl is the demo-group part of a pane: the confirmation before demo
// groups are first enabled, and the outcome line of the last action.
type demoCtl struct {
	c       *Common
	pane    int
	confirm string // topic waiting for a second n; "" when not asking
	note    string // last outcome, shown under the table
	err     bool
	noteAt  time.Time // when note was said; it fades after noticeFor ("working…" does not)
	// zoom says the confirmation did not fit the pane's box when asked:
	// the pane has the screen until it is answered (App.zoomForFlow), so
	// the sentence that says demo groups write is never cut (ut15a A17).
	zoom  bool
	fresh bool // the outcome was said since the last fit
	// screen says the pane has the screen now; boxW, boxH is its grid
	// box, noted while it has not: an outcome is judged against the box
	// it would be read in (ut22b N3: a second `n` was judged against the
	// screen the first refusal had taken, fitted, and went back to the
	// 3-row box cut mid-sentence; every other press alternated).
	screen     bool
	boxW, boxH int
}

// noteBox is told by the pane whether it has the screen, with its size.
func (d *demoCtl) noteBox(screen bool, w, h int) {
	d.screen = screen
	if !screen {
		d.boxW, d.boxH = w, h
	}
}

// refit is fit after a resize (ut15b C16's kind: a confirmation asked in
// a big box must not be cut when the box shrinks).
func (p *GroupsPane) refit()     { p.demo.fit(p.w, p.h) }
func (p *PartitionsPane) refit() { p.demo.fit(p.w, p.h) }

// fit decides, after a key or an outcome, whether the confirmation or
// the outcome shown needs the screen: it does when its lines and a row of
// the table do not fit the w x h box (a refusal's reason and a started
// group's name were cut off its top: ut16b E12); it keeps it until the
// text goes (answered, or the outcome faded and a key pressed).
func (d *demoCtl) fit(w, h int) {
	// The box holds the table's heading, a row of it and the lines (ut18a
	// F13: three lines in the 80x24 grid's box hid every row while its
	// border said 1-1/14).
	if d.screen && d.boxH > 0 {
		w, h = d.boxW, d.boxH
	}
	room := h - 2
	switch {
	case d.confirm != "": // the question keeps the screen until answered
		d.zoom = d.zoom || d.height(w) > room
	case d.fresh: // an outcome just said: the screen until the next key
		d.zoom = d.shown() && d.height(w) > room
	default:
		d.zoom = false
	}
	d.fresh = false
}

// dismissZoom gives the screen back at any key once only an outcome held
// it (an outcome is read once; ut17: a refusal kept Groups full-screen
// for the session, z and esc did nothing).
func (d *demoCtl) dismissZoom() {
	if d.confirm == "" {
		d.zoom = false
	}
}

// say sets the outcome line, which fades after noticeFor.
func (d *demoCtl) say(note string, err bool) {
	d.note, d.err, d.noteAt, d.fresh = note, err, d.c.now(), true
}

// answer takes the key that answers an open confirmation, before the
// pane sees it: n again starts the group on the topic asked about; any
// other key cancels and does nothing else (a key that cancels must not
// also open a form or move the cursor). It reports whether one was open.
func (d *demoCtl) answer(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if d.confirm == "" {
		return nil, false
	}
	if key.Matches(msg, d.c.Keys.Groups.DemoNew) {
		return d.start(d.confirm), true
	}
	d.confirm = ""
	d.say("demo groups stay off", false)
	return nil, true
}

// key handles the demo keys for a pane whose cursor is on topic and group
// (either may be empty). It reports whether the key was a demo key.
func (d *demoCtl) key(msg tea.KeyPressMsg, topic, group string) (tea.Cmd, bool) {
	k := d.c.Keys.Groups
	switch {
	case key.Matches(msg, k.DemoNew):
		return d.start(topic), true
	case key.Matches(msg, k.DemoAdd):
		return d.run(group, func(ds Demos) (string, error) { return "added a member to " + group, ds.AddMember(group) }), true
	case key.Matches(msg, k.DemoRemove):
		return d.run(group, func(ds Demos) (string, error) { return "removed a member of " + group, ds.RemoveMember(group) }), true
	case key.Matches(msg, k.Slower), key.Matches(msg, k.Faster):
		factor := 0.5
		if key.Matches(msg, k.Faster) {
			factor = 2
		}
		return d.run(group, func(ds Demos) (string, error) {
			pace, err := ds.Pace(group, factor)
			return fmt.Sprintf("%s reads %s per member", group, rate(pace)), err
		}), true
	case key.Matches(msg, k.DemoStop):
		return d.run(group, func(ds Demos) (string, error) { return "stopped " + group, ds.Stop(group) }), true
	}
	return nil, false
}

func (d *demoCtl) refuse() bool {
	switch {
	case d.c.Demos == nil:
		d.say("demo groups are not available in this session", true)
	case d.c.allow(model.ActDemoGroup) != nil:
		d.say(d.c.allow(model.ActDemoGroup).Error(), true) // it says why demo groups write
	default:
		return false
	}
	return true
}

// start starts a demo group on topic, asking first when demos are off.
func (d *demoCtl) start(topic string) tea.Cmd {
	if d.refuse() {
		return nil
	}
	if topic == "" {
		d.say("no topic here: put the cursor on a topic or group", true)
		return nil
	}
	if !d.c.Demos.Enabled() && d.confirm == "" {
		d.confirm = topic
		return nil
	}
	d.confirm = ""
	ctx := d.c.Ctx // the lookup ends with the session; the group does not
	return d.exec(func(ds Demos) (string, error) {
		if err := ds.Enable(); err != nil {
			return "", err
		}
		id, err := ds.Start(ctx, topic)
		return "started " + id + " on " + topic + ": with the cursor on its row, + adds members, [ ] pace, x stops", err
	})
}

func (d *demoCtl) run(group string, fn func(Demos) (string, error)) tea.Cmd {
	if d.refuse() {
		return nil
	}
	if group == "" {
		d.say("no group here: put the cursor on a demo group (a new one is listed after the next poll)", true)
		return nil
	}
	return d.exec(fn)
}

// exec runs fn off the event loop; only its outcome comes back.
func (d *demoCtl) exec(fn func(Demos) (string, error)) tea.Cmd {
	ds, pane := d.c.Demos, d.pane
	d.note, d.err, d.noteAt = "working…", false, time.Time{}
	return forPane(pane, func() tea.Msg {
		text, err := fn(ds)
		return demoMsg{text: text, err: err}
	})
}

func (d *demoCtl) result(m demoMsg) {
	if m.err != nil {
		d.say(m.err.Error(), true)
		return
	}
	d.say(m.text, false)
}

// text is the confirmation question or the last outcome, unstyled.
func (d *demoCtl) text() string {
	if d.confirm != "" {
		return "demo groups join a group and commit offsets on this cluster: n again to start one on " +
			model.PrintableString(d.confirm) + ", any other key cancels"
	}
	return model.PrintableString(d.note)
}

// lines is the question or outcome wrapped to w cells, styled; none when
// there is nothing to say. A confirmation is never cut: it names the
// topic at its end.
func (d *demoCtl) lines(w int) []string {
	if !d.shown() {
		return nil
	}
	style := d.c.Styles.Dim
	switch {
	case d.confirm != "":
		style = d.c.Styles.Warn
	case d.err:
		style = d.c.Styles.Err
	}
	out := strings.Split(ansi.Wrap(d.text(), max(w, 1), ""), "\n")
	for i := range out {
		out[i] = style.Render(out[i])
	}
	return out
}

// height is how many lines lines(w) takes, without styling (a frame's
// snapshot reserves them).
func (d *demoCtl) height(w int) int {
	if !d.shown() {
		return 0
	}
	return strings.Count(ansi.Wrap(d.text(), max(w, 1), ""), "\n") + 1
}

// shown reports whether line has something to say, without drawing it
// (a frame's snapshot counts the rows it takes).
func (d *demoCtl) shown() bool {
	return d.confirm != "" || d.note != "" && (d.noteAt.IsZero() || d.c.now().Sub(d.noteAt) < noticeFor)
}

// demoHelp are the demo bindings for a pane's help.
func demoHelp(k *KeyMap) []key.Binding {
	g := k.Groups
	return []key.Binding{g.DemoNew, g.DemoAdd, g.DemoRemove, g.Slower, g.Faster, g.DemoStop}
}

// withNote puts the note's lines right under the table's, within h lines:
// the table gives up its last rows to it where the box is full. A note
// under a short table is not pushed to the box's foot: where an outcome
// took the screen, the list and it were 17 blank rows apart (ut42a-21).
func withNote(lines []string, note []string, h int) []string {
	if h <= 0 || len(note) == 0 {
		return lines
	}
	note = note[max(len(note)-h, 0):]
	lines = lines[:min(len(lines), h-len(note))]
	return append(lines, note...)
}

// dismissZoom is demoCtl's, for App.key.
func (p *GroupsPane) dismissZoom() { p.demo.dismissZoom() }

// dismissZoom is demoCtl's, for App.key.
func (p *PartitionsPane) dismissZoom() { p.demo.dismissZoom() }
