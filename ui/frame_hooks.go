package ui

// A frame takes the store's read lock once (App.snapshot). What other
// locks guard (the watch list's Watches.mu, the demo groups' registry,
// the SSH server's session count) is copied outside it: before the
// snapshot what the snapshot needs, after it what only the drawing does,
// so no frame holds two locks at once and none waits on a writer of
// another while holding the store.

// beforeSnapshotter is a pane that copies, before the store's lock is
// taken, what other locks guard and its snapshot needs.
type beforeSnapshotter interface {
	beforeSnapshot()
}

// afterSnapshotter is a pane that copies, after the store's lock is
// released, what other locks guard and only its drawing needs.
type afterSnapshotter interface {
	afterSnapshot()
}

// beforeSnapshot copies the topics this session chose to read; the
// snapshot hides the topics other sessions chose (syncIdx).
func (p *LogPane) beforeSnapshot() { p.chosen = p.mineOutsideStore() }

// mineOutsideStore is this session's chosen topics (Watcher.Mine, under
// Watches.mu). Never call it under the store's lock.
func (p *LogPane) mineOutsideStore() []string {
	if p.c.Watcher == nil {
		return nil
	}
	return p.c.Watcher.Mine(p.c.Session)
}

// beforeSnapshot copies the topics this session reads, marked in the list.
func (p *TopicsPane) beforeSnapshot() { p.reading = p.mine() }

// afterSnapshot notes the widths of the list's columns (colMemo).
func (p *TopicsPane) afterSnapshot() { p.noteWidths() }

// afterSnapshot marks which of the rows on screen are demo groups.
func (p *GroupsPane) afterSnapshot() {
	for i := range p.frame.rows {
		r := &p.frame.rows[i]
		r.demo = p.c.Demos != nil && p.c.Demos.IsDemo(r.stat.ID)
	}
	if f := &p.frame; !f.demoPoll.Equal(f.judgedPoll) { // once per poll: the list's demo groups' tagged names
		f.demoPoll, f.demoW = f.judgedPoll, p.demoNameW()
	}
	p.noteWidths()
}
