package ui

import "charm.land/bubbles/v2/key"

// How keys meet a question and an outcome (ut18a F4, F13).
//
// A question that one key answers (the demo-group "n again to start one …,
// any other key cancels") has every key while it is asked: the pane
// captures the keyboard (Capturing), so a pane's number, tab, z, ? or q
// reach the question, cancel it and do nothing else. Only ctrl+c still
// quits and ctrl+z still suspends (the question waits). q cancels rather
// than quits, as in lazygit's confirmations: a question is not left by
// closing the program.
//
// An outcome (a demo group started, a Topics w/u/v answer) is read once:
// the next key takes it away, whichever pane that key goes to, so the rows
// it took go back to the list. Each pane that shows one says so with
// keyCame, which App.key calls on every pane before routing the key.

// keyReader is a pane whose outcome goes at the next key, wherever the
// key goes.
type keyReader interface{ keyCame() }

// outcomesRead tells every pane a key came (App.key, before routing it).
func (a *App) outcomesRead() {
	for _, p := range a.panes {
		if r, ok := p.(keyReader); ok {
			r.keyCame()
		}
	}
}

// asking reports whether the demo-group question waits for its answer.
func (d *demoCtl) asking() bool { return d.confirm != "" }

// help is the footer while the question is asked: the key that confirms
// and what every other key does (the footer puts the esc binding last,
// before ctrl+c).
func (d *demoCtl) help() []key.Binding {
	yes := d.c.Keys.Groups.DemoNew
	yes.SetHelp(yes.Help().Key, "start the demo group")
	no := key.NewBinding(key.WithKeys("esc"), key.WithHelp("any other key", "cancels"))
	return []key.Binding{yes, no}
}

// keyCame drops an outcome already said; a question waits for its
// answer, and "working…" for its outcome.
func (d *demoCtl) keyCame() {
	if d.confirm != "" || d.note == "" || d.noteAt.IsZero() {
		return
	}
	d.note, d.err, d.zoom = "", false, false
}

// keyCame is demoCtl's, for App.key.
func (p *GroupsPane) keyCame() { p.demo.keyCame() }

// keyCame is demoCtl's, for App.key.
func (p *PartitionsPane) keyCame() { p.demo.keyCame() }

// keyCame drops the last w/u/v outcome; an open prompt keeps its
// complaint (typing clears it) and "resolving where … starts…" waits for
// its answer.
func (p *TopicsPane) keyCame() {
	if p.prompt != nil || p.sent != nil {
		return
	}
	p.notice, p.noticeBad = "", false
}
