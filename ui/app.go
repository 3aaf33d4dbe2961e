package ui

import (
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// App is the root model of one session: it owns focus, zoom and help, lays
// the panes out, routes keys to the focused pane and draws header and footer.
type App struct {
	c        *Common
	panes    [paneCount]Pane
	focus    int
	zoom     bool
	autoZoom bool // zoomed because an action flow opened (actionflow.go); undone when it closes
	foreign  bool // no configured view's topic is on the cluster (foreign.go)
	// movedOff says the foreign layout moved the focus off a view pane,
	// not the user: it goes back when the views' topics are listed
	movedOff bool
	topics   bool     // Topics was focused after Partitions: it has their shared box
	auto     []string // the busiest topics the tail reads on a foreign cluster
	// topicsRows is the box height the Topics list needs (layout.go)
	topicsRows int
	logEmpty   bool // the Log held no record at the last frame (layout.go)
	// produceW is the Produce box's width its content needs, held in
	// produceHeld (produce_width.go); 0 for the row's third.
	produceW    int
	produceHeld heldWidth
	produceBox  rect // the row's third produceHeld was judged in
	showHelp    bool
	help        help.Model
	w, h        int
	hdr         headerFrame    // the header's copy of the last frame's snapshot
	alertsHeld  alertsRoom     // the header's alerts' widest full form of the last minute (header_alerts.go)
	rateHeld    heldWidth      // the header's widest produced rate of the last minute (header_room.go)
	fg          foreignFacts   // the cluster's kind, copied with the frame (foreign.go)
	produce     *ProducePane   // panes[paneProduce]: the form other panes fill
	list        *TopicsPane    // panes[paneTopics]: the list the foreign layout fits (foreign.go)
	viewers     int            // SSH sessions at the last frame, -1 when not serving
	helpVP      viewport.Model // the help screen, scrolled (help.go)
	helpCursor  bool           // the help's body lists the pane's cursor keys: it fits whole (help.go)
	picker      *clusterPicker // the cluster picker, when open (clusters.go)
	switchTo    string         // the cluster chosen in the picker; the program quits
	// configured is the view panes' topics as built (foreign.go).
	configured []string
	// bound is the topic each view pane (1-3) was given by paneViews, and
	// topicsSeen how many topics the cluster had when they were (views.go).
	bound      [3]string
	topicsSeen int

	version  uint64        // store version last drawn
	lastWake time.Time     // when the subscription last reported
	started  time.Time     // when the session began: its header says the cluster's notice for startNoticeFor
	keyNote  string        // why the last key did nothing, in the footer until the next key
	viewNote paneNote      // the outcome of v said in the view's pane, until the next key (view_note.go)
	rev      uint64        // bumps on every session-state change
	frames   atomic.Uint64 // frames drawn that differ from the one before, for washboard bench
	cache    struct {
		version, rev uint64
		second       int64
		content      string
	}
	draw drawMemo // what the last frame was drawn from (framecache.go)
}

// New builds a session's root model over the shared store.
func New(c *Common) *App {
	if c.Styles == nil {
		c.Styles = NewStyles(true)
	}
	if c.Keys == nil {
		c.Keys = DefaultKeyMap()
	}
	a := &App{c: c, help: help.New(), w: 80, h: 24, started: c.now()}
	a.draw.boxes = c.Boxes
	if a.draw.boxes == nil { // a session on its own still keeps its unchanged panes
		a.draw.boxes = NewBoxCache(0)
	}
	views := paneViews(c.Store)
	for i := range a.bound {
		a.bound[i] = views[i].Topic
	}
	a.produce, a.list = NewProducePane(c), NewTopicsPane(c)
	a.panes = [paneCount]Pane{
		NewSeriesPane(c, views[paneSeries].Topic, views[paneSeries].Title),
		NewStatusPane(c, views[paneStatus1].Topic, views[paneStatus1].Title),
		NewStatusPane(c, views[paneStatus2].Topic, views[paneStatus2].Title),
		NewPartitionsPane(c),
		NewGroupsPane(c),
		NewLogPane(c),
		a.produce,
		a.list,
	}
	a.checkForeign() // a real cluster starts Topics-first, before any poll
	a.resize()
	if c.Cluster.SwitchError != "" { // back on this cluster after a failed switch: say why
		a.openPicker(c.Cluster.SwitchError)
	}
	return a
}

// Init starts the store subscription and the once-a-second clock, and asks
// the terminal for its background colour to pick light or dark styles.
func (a *App) Init() tea.Cmd {
	return tea.Batch(waitForChange(a.c.Ctx, a.c.Store, a.version, time.Time{}), tick(), tea.RequestBackgroundColor)
}

// Update routes messages by family: sizes, keys, store changes, pane data.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.w, a.h = msg.Width, msg.Height
		a.resize()
		if r, ok := a.panes[a.focus].(interface{ refit() }); ok && !a.zoom {
			r.refit() // a prompt or confirmation the new box cannot hold takes the screen
			a.zoomForFlow()
		}
		a.layoutHelp()
		a.rev++
		return a, nil
	case changedMsg:
		a.version, a.lastWake = msg.version, time.Now()
		return a, waitForChange(a.c.Ctx, a.c.Store, a.version, a.lastWake)
	case tickMsg: // a paged-back Log reads on into what rolled out since (log_history_gap.go)
		return a, tea.Batch(tick(), a.logGapRead())
	case tea.ResumeMsg: // back from ctrl+z: Bubble Tea restored the terminal and draws again
		a.rev++
		return a, nil
	case ContinuedMsg: // continued after a stop it did not ask for (continued.go)
		a.rev++
		return a, retakeTerminal()
	case tea.BackgroundColorMsg:
		// Styles are per session: each SSH viewer's terminal has its own background.
		a.c.Styles = NewStyles(msg.IsDark())
		a.resize() // panes that keep styled text re-lay it out
		a.rev++
		return a, nil
	case paneMsg: // a pane's own result goes to that pane, focused or not (routed.go)
		a.rev++
		cmd := a.panes[msg.pane].Update(msg.msg)
		a.zoomForFlow() // a result may open a prompt again (a refused start position)
		return a, cmd
	case openTopicMsg:
		a.rev++
		return a, a.openTopic(msg.topic)
	case backToPaneMsg: // esc on a topic opened from another pane
		a.rev++
		return a, a.setFocus(msg.pane)
	case openViewMsg: // a view inferred in the Topics pane, shown in this session
		a.rev++
		if msg.save != nil {
			a.list.saved(*msg.save)
		}
		before := a.panes
		a.openView(msg.view)
		a.viewNote = paneNote{pane: a.focus, text: joinNonEmpty("; ", msg.note, a.replacedNote(before[a.focus], a.panes[a.focus])), bad: msg.bad}
		return a, nil
	case resendMsg: // a Log record to edit and resend
		a.rev++
		a.focus = paneProduce
		a.resize()
		cmd := a.produce.OpenForm(msg.form, msg.lost, true, true)
		a.zoomForFlow() // a form its box cannot hold takes the screen now, not at the next key (ut22b N15)
		return a, cmd
	case tea.KeyPressMsg:
		a.rev++
		cmd := a.key(msg)
		a.fitRows()
		a.zoomForFlow()
		return a, cmd
	case tea.MouseWheelMsg:
		a.rev++
		return a, a.wheel(msg)
	}
	// Anything else (cursor blinks of a text field) belongs to the focused pane.
	a.rev++
	return a, a.panes[a.focus].Update(msg)
}

func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	k := a.c.Keys
	a.keyNote = ""
	a.viewNote = paneNote{}
	a.outcomesRead() // an outcome said before this key is read, in whichever pane (outcome_keys.go)
	if d, ok := a.panes[a.focus].(interface{ dismissZoom() }); ok {
		d.dismissZoom() // an outcome that took the screen is read: any key gives it back
	}
	if key.Matches(msg, k.Suspend) { // from any state: what was typed stays
		if a.c.Suspend {
			return tea.Suspend
		}
		a.keyNote = NoSuspendOverSSH
		return nil
	}
	if a.panes[a.focus].Capturing() {
		if key.Matches(msg, k.ForceQuit) {
			return tea.Quit
		}
		return a.panes[a.focus].Update(msg)
	}
	if a.picker != nil {
		return a.pickerKey(msg)
	}
	if a.showHelp {
		return a.helpModalKey(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		a.openHelp()
	case key.Matches(msg, k.Zoom):
		a.zoom = !a.zoom
		a.resize()
	case key.Matches(msg, k.Next): // cycling shows the form without editing it
		return a.setFocus((a.focus + 1) % paneCount)
	case key.Matches(msg, k.Prev):
		return a.setFocus((a.focus + paneCount - 1) % paneCount)
	case key.Matches(msg, k.Produce):
		return a.produceFrom(a.focus)
	case key.Matches(msg, k.Clusters): // with nothing to switch to, it says why
		a.openPicker("")
	default:
		for i, b := range k.Focus {
			if key.Matches(msg, b) {
				return a.setFocus(i)
			}
		}
		return a.panes[a.focus].Update(msg)
	}
	return nil
}

// wheel scrolls the focused pane as its arrow keys would.
func (a *App) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	code := tea.KeyUp
	if msg.Button == tea.MouseWheelDown {
		code = tea.KeyDown
	}
	if a.showHelp {
		cmd, _ := a.helpKey(tea.KeyPressMsg{Code: code})
		return cmd
	}
	return a.panes[a.focus].Update(tea.KeyPressMsg{Code: code})
}

// produceFrom focuses the Produce form from pane from, filled with what
// that pane offers (the paused Log's selected record, the Partitions
// cursor's partition: paneForm) where it offers more than its topic. Only
// p does this: a pane's number or tab only moves focus, with the topic
// (ut33: 7 carried the Log's record into Produce). Neither starts editing
// (ut38a-32, ut38b-21: the next key, z or ?, replaced the topic): `enter`
// does, or `p` again in the pane itself.
func (a *App) produceFrom(from int) tea.Cmd {
	if from == paneProduce {
		return a.produce.Focus()
	}
	return a.focusWith(paneProduce, from)
}

// setFocus moves focus to pane i. Reaching Produce, the form takes the
// topic of the pane left (paneTopic), never more (produceFrom), and is
// not edited until asked.
func (a *App) setFocus(i int) tea.Cmd {
	a.movedOff = false // the user's choice stays
	return a.focusWith(i, -1)
}

// focusWith is setFocus, the Produce form filled from pane fill's offer
// (paneForm) where fill is not -1 and it offers one.
func (a *App) focusWith(i int, fill int) tea.Cmd {
	from := a.focus
	a.focus = i
	if from == paneProduce && i != from {
		a.produce.dropConfirm() // the form is left
	}
	switch i {
	case paneTopics:
		a.topics = true
	case panePartitions:
		a.topics = false
	}
	a.resize()
	if i == paneProduce && fill >= 0 {
		if f, lost, ok := a.paneForm(fill); ok {
			a.produce.OpenForm(f, lost, false, false)
			return nil
		}
	}
	if o, ok := a.panes[i].(opener); ok {
		o.Open(a.paneTopic(from))
	}
	return nil
}

// Close ends what the session started that outlives a message: panes
// with goroutines of their own (the Produce pane's burst) stop them and
// wait. The session's owner calls it after the program has returned.
func (a *App) Close() {
	for _, p := range a.panes {
		if c, ok := p.(closer); ok {
			c.Close()
		}
	}
}

// closer is a pane that owns goroutines: Close stops and waits for them.
type closer interface{ Close() }

// Focused is the index of the focused pane (0 = Machines).
func (a *App) Focused() int { return a.focus }

// resize gives every pane its inner size; the layout decides the boxes.
func (a *App) resize() {
	rects := layout(a.w, a.bodyHeight(), a.focus, a.layoutOpts())
	for i, r := range rects {
		a.panes[i].SetSize(max(r.w-2, 0), max(r.h-2, 0))
		if z, ok := a.panes[i].(interface{ setZoomed(bool) }); ok {
			z.setZoomed(a.zoom && i == a.focus) // a view that needs the screen knows whether it has it
		}
		if z, ok := a.panes[i].(interface{ setAutoZoomed(bool) }); ok {
			z.setAutoZoomed(a.zoom && a.autoZoom && i == a.focus) // and whether it asked for it
		}
	}
	a.help.SetWidth(a.w)
}

func (a *App) bodyHeight() int { return max(a.h-2, 0) }

// View draws the screen. It is called after every message, so it returns
// the previous frame when neither the store nor the session changed.
func (a *App) View() tea.View {
	sec := a.c.now().Unix()
	if a.cache.content == "" || a.cache.version != a.version || a.cache.rev != a.rev || a.cache.second != sec {
		a.cache.version, a.cache.rev, a.cache.second = a.version, a.rev, sec
		a.cache.content = a.render()
		a.cache.rev = a.rev // the frame may follow the cluster's kind (applyForeign)
	}
	v := tea.NewView(a.cache.content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "washboard"
	return v
}

// Frames counts the frames drawn that differ from the frame before: one
// served from the cache, or drawn again equal to the last (a poll that
// changed nothing on screen), is not counted, and the terminal is not
// written to for it.
func (a *App) Frames() uint64 { return a.frames.Load() }

// render draws the frame; when it equals the last one it returns the last
// one's string, so the renderer sees the same view and does nothing.
func (a *App) render() string {
	out := a.drawFrame()
	if out == a.draw.last {
		return a.draw.last
	}
	a.frames.Add(1)
	a.draw.last = out
	return out
}

func (a *App) drawFrame() string {
	if a.w < 10 || a.h < 3 {
		return "washboard: terminal too small"
	}
	bh := a.bodyHeight()
	rects := layout(a.w, bh, a.focus, a.layoutOpts())
	now := a.c.now()
	a.snapshot(rects, now)
	if a.applyForeign() { // the cluster's kind changed: lay out again (once per change)
		bh = a.bodyHeight()
		rects = layout(a.w, bh, a.focus, a.layoutOpts())
		a.snapshot(rects, now)
	}
	return a.header() + "\n" + a.body(rects, bh) + "\n" + a.footerMemo()
}

// snapshot is the one read of the store in a frame: under one read lock
// the header and every pane on screen copy what they draw. Everything
// after it styles and draws from those copies.
func (a *App) snapshot(rects [paneCount]rect, now time.Time) {
	a.viewers = -1
	if a.c.Cluster.Viewers != nil { // the SSH server's lock, outside the store's
		a.viewers = a.c.Cluster.Viewers()
	}
	for i, r := range rects {
		if p, ok := a.panes[i].(beforeSnapshotter); ok && r.w > 0 && !a.showHelp {
			p.beforeSnapshot()
		}
	}
	defer func() {
		for i, r := range rects {
			if p, ok := a.panes[i].(afterSnapshotter); ok && r.w > 0 && !a.showHelp {
				p.afterSnapshot()
			}
		}
	}()
	a.c.Store.Read(func(st *model.State) {
		a.snapHeader(st, now)
		a.snapForeign(st)
		if a.showHelp {
			return
		}
		for i, r := range rects {
			if r.w > 0 {
				a.panes[i].Snapshot(st, now)
			}
		}
	})
}

func (a *App) body(rects [paneCount]rect, bh int) string {
	if a.showHelp {
		return a.helpScreen(bh)
	}
	if a.picker != nil {
		return a.picker.view(a.c.Styles, a.w, bh)
	}
	stale := a.readStaleness()
	boxes := make([][]string, paneCount)
	for i, r := range rects {
		if r.w == 0 {
			continue
		}
		p := a.panes[i]
		title := string(rune('1'+i)) + " " + a.paneTitle(i)
		lines := a.viewNote.over(a.c.Styles, i, p.Lines(i == a.focus), r.w-2, r.h-2)
		parts := statusParts(p)
		if s, ok := p.(scrolled); ok { // where the user is: never dropped for the rest
			parts = append(parts, draw.Part{Text: s.position(), Rank: draw.RankKeep})
		}
		if stale.stale && polled(i) {
			lines = dimmed(a.c.Styles, lines)
			parts = append([]draw.Part{{Text: stale.word(), Rank: draw.RankStale}}, parts...)
		}
		title, status := fitTopHeld(title, parts, r.w) // the title's cut holds still as the position scrolls
		boxes[i] = a.box(title, status, lines, r.w, r.h, i == a.focus)
	}
	return compose(a.w, bh, rects[:], boxes)
}
