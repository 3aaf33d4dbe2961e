package ui

import (
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// headerPart is one field of the header. When the line is too narrow,
// fields first say it shorter, then go, in the order their cut numbers
// give (highest first; 0 never). The priority, least important first:
//
//	14 the registry's URL shortens to HOST:PORT
//	13 the demo's "real cluster: --brokers" hint goes
//	12 an SSH session's viewer count goes (so a viewer's header says what
//	   the local one says at the same width)
//	11 "washboard" shortens to "wb" under wideHeader (ut42b-1: the name
//	   is no data)
//	10 the registry's address goes (one that cannot be reached keeps
//	   "registry ✖ why" until 3)
//	 9 (cutLabels) "NAME · BROKERS" shortens to "NAME · FIRST,…" (on a
//	   wide line "cluster NAME · FIRST,…", then the word goes); a notice
//	   shortens; "read-only admin" to "ro:admin"; then the alerts drop
//	   the view's title, then their words (`!!1 · !1`: alertsRank), so
//	   the marks say what an operator must see and the read count, the
//	   link's word and the rate stay beside them (ut31 Y9: `Machines !1
//	   warn` kept whole beside a bare `●`, the rate gone); then the rates
//	   shorten to their number (late: the read count); then a link's
//	   error says its shorter forms (they lose no meaning); then a
//	   profile's name longer than profileNameKept is cut in the middle to
//	   what the line spares, down to that many cells
//	 8 "● connected" shortens to "●" (the mark's colour says it)
//	 7 the rate goes (a catch-up's progress shortens): the header's one
//	   live number outlasts the link's word
//	 6 "catching up" goes
//	 5 an error without shorter forms (the link's, the registry's) is cut
//	   to what fits
//	 4 a catch-up's progress goes; "⚠ tls unverified" shortens; a notice
//	   goes
//	 3 an unreachable registry goes
//	 2 the cluster's name and address are cut (…) to what fits, and go
//	   only when not even 12 cells are left
//
// "washboard" and "embedded demo cluster" are said in full from
// wideHeader columns, else "demo", and "cluster" before a cluster's
// address only from there: by width, never per frame. Under wideHeader
// "washboard" is said where the line holds it with every part's room
// (the alerts' too), so it does not flicker as the alerts come and go
// either.
//
// so the alerts, the link's state, the rate and the cluster's address
// outrank where the schema registry listens (README: The header).
type headerPart struct {
	text    string
	short   string // "" when the part cannot be said shorter
	shortAt int    // when to shorten it
	// late, when set, puts the shortening after the other whole cuts of
	// its number: the rate's read count is data, and goes after a label's
	// words ("read-only all" to "ro:all") do (ut30 X3: an SSH viewer's
	// 80-column header dropped the read count beside a whole
	// "read-only all", with room for it once that said "ro:all").
	late bool
	// forms, with shrink, says the part's shorter forms lose no meaning
	// (a link error's `refused · retrying`): they are said before a
	// profile's name is cut (rankForms; ut32a Za6).
	forms bool
	// shorter, when set, is said at a second shortening of the same
	// number, after short: "cluster NAME · FIRST,…", then "NAME · FIRST,…".
	shorter string
	dropAt  int // when to drop it
	// squeezeAt is when to cut the text (with …) to what the line can
	// spare, down to minSqueeze cells (squeezeMin when set; by cut when
	// set): a long error gives way before the cluster's name does.
	squeezeAt, squeezeMin int
	// keep, when set, turns the drop into a last squeeze down to keep
	// cells: the cluster's name is cut rather than dropped whole, unless
	// even keep cells do not fit (a tiny terminal: the link's state wins).
	keep int
	// cut, when set, does keep's last squeeze: it says the part in w
	// cells (a profile's name cut in the middle, its broker whole).
	cut func(w int) string
	// fit, when set, does the squeeze instead of cut: given the cells
	// the part may take, its room included, it says the text and the
	// room it keeps (the alerts' shorter forms, held as wide as theirs).
	fit func(text string, room int) func(avail int) (string, int)
	// fitLast, when set, is the fit's second turn, at rankStale: the
	// alerts' stale count goes whole after the read count
	fitLast func(text string, room int) func(avail int) (string, int)
	// fitRank is the place of fit's turn (rankAlertsFit when 0)
	fitRank int
	// least, when set, is said instead at the part's drop, which then
	// waits for the next cut: a catch-up's "N behind · T left" says
	// "N behind" before it goes.
	least string
	// shrink, when set, says the part over cells shorter (no shorter
	// than short) at its shortening: a long view title keeps what the
	// line can spare (ut16a D8: cut to 16 cells with 20 free).
	shrink func(over int) string
	// last, when set, says the part at the line's end, flush with its
	// right edge, the room the line holds for it before it: the alerts,
	// so their coming, going and growing move no other part. Said first,
	// before the cluster's part, they moved it and everything after it
	// as a machine crossed a threshold and back, though their room was
	// held (ut39-1: `connected` at three columns in a minute).
	last bool
	// room, shortRoom and leastRoom are the cells the text (its short
	// form, its least form) is held to grow by as its figures grow
	// (reserved): the cuts are chosen as if the figures were that wide,
	// so a label does not come and go with every new digit of the read
	// count (ut18b G17: "cluster" went at 1,000 read).
	room, shortRoom, leastRoom int
	// held says the part's room is held for alerts not said now (the
	// alerts' part, and their room while none are up): blank cells the
	// parts that fill take back (fillHeld).
	held bool
	// fills, when set, gives the part back the cells held for alerts not
	// said now where it was cut for them (fillHeld): the program's name
	// and the read count.
	fills bool
}

// The header's cut numbers (headerPart's priority list: the highest
// gives way first).
const (
	cutRegistryURL  = 14
	cutHint         = 13
	cutViewers      = 12
	cutProgramName  = 11
	cutRegistry     = 10
	cutLabels       = 9
	cutLinkWord     = 8
	cutRate         = 7
	cutCatchingUp   = 6
	cutErrors       = 5
	cutCatchUp      = 4
	cutRegistryDown = 3
	cutName         = 2
)

// wideHeader is the width from which the header says "embedded demo
// cluster" in full, and "cluster" before an address.
const wideHeader = 120

// firstBroker shortens a cluster's title ("prod · k1:9092,k2:9092 (tls)")
// to its first broker ("prod · k1:9092,… (tls)").
func firstBroker(title string) string {
	start := 0
	if i := strings.Index(title, " · "); i >= 0 {
		start = i + len(" · ")
	}
	end := len(title)
	if i := strings.Index(title[start:], " ("); i >= 0 {
		end = start + i
	}
	if i := strings.IndexByte(title[start:end], ','); i >= 0 {
		return title[:start+i] + ",…" + title[end:]
	}
	return title
}

// cutCluster says a profile's "NAME · FIRST,…" in w cells: the name is cut
// in the middle and the broker's address kept whole, since a cut address
// names no broker (ut21a K9-3: `…-profile-… · 127.0.0.1:29…`). A title
// without a profile name, or a line too narrow for the address and six
// cells of name, is cut at its end.
func cutCluster(title string, w int) string {
	if name, addr, ok := strings.Cut(title, " · "); ok {
		if room := w - draw.Width(" · "+addr); room >= 6 {
			return strings.TrimRight(draw.FitMiddle(name, room), " ") + " · " + addr
		}
	}
	return draw.Truncate(title, w, "…")
}

// profileNameKept is the cells of a profile's name the header keeps
// before the rate goes or "connected" shortens: enough to tell profiles
// apart (their picker says them whole), where a 55-cell name had kept
// every cell while the line lost "connected" and the rate (ut25b R10).
const profileNameKept = 16

// profileKept is the fewest cells the cluster's "NAME · FIRST,…" keeps
// before the rate goes: its address whole and profileNameKept cells of
// its name (a shorter name whole).
func profileKept(title string) int {
	name, addr, ok := strings.Cut(title, " · ")
	if !ok {
		return draw.Width(title)
	}
	return min(draw.Width(name), profileNameKept) + draw.Width(" · "+addr)
}

// minSqueeze is the fewest cells a squeezed part keeps.
const minSqueeze = 12

// headerFrame is what the header draws, copied under the frame's lock.
type headerFrame struct {
	link     model.Link
	produced float64      // records produced per second: the sum of the partitions' high-watermark rates
	wait     bool         // a topic's rate is not measured yet, so produced is no number (model.ProducedWait)
	polled   bool         // a poll has answered, so produced means something
	rate     float64      // records the tail folds per second
	total    uint64       // records read (recordsRead), as the Log's border counts them
	alerts   model.Alerts // of the Machines pane's view
	hasView  bool
	// crits and warns say the view has a crit or a warn threshold: the
	// alerts that may come any second are of those kinds only (a view
	// `v` infers from a topic has none: ut32b saw an SSH viewer's header
	// drop its read count for alerts that could not come)
	crits, warns bool
	// viewOnCluster says the view's topic is on the cluster (the last
	// poll listed it, or its records came): its alerts may come any
	// second, so no cut is undone where they would not fit
	// (alertsNominal; fitParts).
	viewOnCluster bool
	// keys is how many keys the view holds: no alert count can pass it,
	// so the alerts' room is held at its digits (alertsNominal)
	keys int
	tail tailFrame // the tail's catch-up (issue 9)
}

// snapHeader copies the header's figures; it runs under the frame's lock.
func (a *App) snapHeader(st *model.State, now time.Time) {
	h := headerFrame{link: st.Link, rate: st.Rate.Rate(now), total: recordsRead(st), polled: !st.Link.PolledAt.IsZero(),
		tail: snapTail(st.Tail)}
	h.produced = model.ProducedRate(st.TopicStats) // the Topics pane's rates, summed
	h.wait = model.ProducedWait(st.TopicStats)     // as the Topics pane says `…/s` (ut40b-24)
	if m, ok := a.panes[paneSeries].(topicPane); ok {
		if t := st.Series[m.Topic()]; t != nil {
			h.alerts, h.hasView, h.keys = model.CountAlerts(t, now), true, len(t.Entries)
			for _, f := range t.View.Fields {
				h.crits, h.warns = h.crits || f.Crit != nil, h.warns || f.Warn != nil
			}
			// the demo seeds its views' topics: before its first poll has
			// listed them they are taken as there, so the first frames are
			// cut as the later ones (ut39-2: the registry said in the first
			// seconds only, then gone for good); a link in error says why
			// in the cells instead
			connecting := a.c.Cluster.Embedded && !h.polled && st.Link.State != model.LinkError
			h.viewOnCluster = connecting || len(t.Entries) > 0 || slices.ContainsFunc(st.TopicStats, func(s model.TopicStat) bool { return s.Name == m.Topic() })
		}
	}
	a.hdr = h
	// held as the tables hold widths (heldWidth): the header chooses what
	// gives way as if its alerts were that wide, so a profile's name is
	// not cut afresh each time a machine crosses a threshold (ut28a U6:
	// `eu-west…on-ut28a` and `eu-we…-ut28a` in turn)
	a.noteAlerts(now)
	if h.polled {
		a.rateHeld.note(draw.Width(rate(h.produced)), now)
	}
}

// header is the top line: alerts, what washboard is connected to, whether
// that link is healthy, and the total message rate.
func (a *App) header() string {
	st := a.c.Styles
	conn, total := a.hdr.link, a.hdr.total
	// The demo's label is chosen once per width, not per frame: a header
	// whose alerts grow must not flip between "embedded demo cluster" and
	// "demo". Under wideHeader the program's name is whole where the line
	// holds it, every part's held room counted (ut42b-1: `wb` beside 23
	// blank cells on a cluster without a view): it shortens after the
	// viewer count goes, before anything that says data.
	wide := a.w >= wideHeader
	parts := []headerPart{{text: st.Header.Render("washboard"), fills: true}}
	if !wide { // a wide line says it whole, its other parts cut first, as before
		parts[0].short, parts[0].shortAt = st.Header.Render("wb"), cutProgramName
	}
	if al := a.alerts(); al != "" { // what an operator must see; a long view title is cut first
		room := a.alertsRoomFull()
		p := headerPart{text: al, room: room, shortRoom: room, held: true, squeezeAt: cutLabels, fit: a.alertsFit, fitLast: a.alertsFitLast, last: true}
		if short := a.alertsShrunk(len(al)); short != al { // a title longer than alertTitleShort
			p.short, p.shortAt, p.shrink = short, cutLabels, a.alertsShrunk
		}
		parts = append(parts, p)
	} else if w := a.alertsHeldFull(); w > 0 {
		// no alerts now: their room stays, said by no text, so nothing
		// else moves and the name is chosen as beside the alerts
		parts = append(parts, headerPart{room: w + draw.Width(" │ "), held: true, squeezeAt: cutLabels,
			fit: a.alertsGoneFit, fitLast: a.alertsGoneFitLast, last: true})
	}
	cl := a.c.Cluster
	name := st.Accent.Render(model.PrintableString(cl.Name))
	if cl.Embedded {
		label := "demo "
		if wide {
			label = "embedded demo cluster "
		}
		parts = append(parts, headerPart{text: label + name, dropAt: cutName, keep: minSqueeze},
			headerPart{text: st.HeaderDim.Render("real cluster: --brokers host:port"), dropAt: cutHint})
	} else {
		// A profile's name stays; its broker list is cut to the first
		// address before the rate goes, and the rest is cut, never dropped.
		// "cluster" is said from wideHeader columns, as "washboard" is:
		// by width, so a header does not say it in one session and not
		// in another at the same width (ut30 X3: at 80 columns the local
		// console said `cluster 127.0.0.1:31900`, an SSH viewer and a
		// profile session the bare address). A wide line cuts the broker
		// list first, then the word, both before the read count goes.
		first := model.PrintableString(firstBroker(cl.Name))
		p := headerPart{text: name, short: st.Accent.Render(first), shortAt: cutLabels, dropAt: cutName, keep: minSqueeze,
			cut:       func(w int) string { return st.Accent.Render(cutCluster(first, w)) },
			squeezeAt: cutLabels, squeezeMin: profileKept(first)}
		if wide {
			p.text = "cluster " + name
			if first != model.PrintableString(cl.Name) {
				p.short, p.shorter = "cluster "+p.short, p.short
			}
		}
		parts = append(parts, p)
	}
	switch conn.State {
	case model.LinkConnected:
		// held as wide as "○ connecting", so the line the link's coming
		// up leaves is cut as the first one was (ut39-2: the demo's URL
		// said whole before the first poll, shortened after)
		parts = append(parts, headerPart{text: st.OK.Render("● connected"), short: st.OK.Render("●"), shortAt: cutLinkWord,
			room: textRoom("● connected", draw.Width("○ connecting"))})
	case model.LinkError:
		parts = append(parts, linkErrPart(st, model.PrintableString(conn.Err), model.PrintableString(cl.Name)))
	default:
		parts = append(parts, headerPart{text: st.Warn.Render("○ connecting"), short: st.Warn.Render("○"), shortAt: cutLinkWord})
	}
	parts = append(parts, a.rateParts(a.hdr.rate, total)...)
	if cl.Insecure {
		parts = append(parts, headerPart{text: st.Warn.Render("⚠ tls unverified"), short: st.Warn.Render("⚠ tls"), shortAt: cutCatchUp})
	}
	if a.viewers >= 0 && cl.Viewers != nil { // copied before the frame's lock
		// it goes before the cluster's name, the rate or the read count
		// shorten: an SSH viewer's header says what the local one says
		// at the same width, the count where there is room for it
		// (ut19b G17: at 80 columns `cluster`, `produced` and the read
		// count went to keep `2 viewers`)
		parts = append(parts, headerPart{text: plural(a.viewers, "viewer"), dropAt: cutViewers, room: textRoom(plural(a.viewers, "viewer"), len("99 viewers"))})
	}
	if tp, ok := a.tailPart(a.hdr.tail, a.c.now()); ok {
		parts = append(parts, tp)
	}
	switch cl.ReadOnly {
	case model.ReadOnlyAll:
		// said in read_only's words, as the picker, `clusters` and the refusals say it
		parts = append(parts, headerPart{text: st.Warn.Render("read-only all"), short: st.Warn.Render("ro:all"), shortAt: cutLabels})
	case model.ReadOnlyAdmin:
		// shortened with the rates, before the rate goes: the mode is said
		// either way (ut27 T14: the rate came and went with the alerts
		// beside a whole `read-only admin`)
		parts = append(parts, headerPart{text: st.Warn.Render("read-only admin"), short: st.Warn.Render("ro:admin"), shortAt: cutLabels})
	}
	if cl.Registry != "" {
		parts = append(parts, registryPart(st, cl))
	}
	if cl.Notice != "" && a.c.now().Sub(a.started) < startNoticeFor {
		parts = append(parts, noticePart(st, cl.Notice))
	}
	// The alerts' part holds the room of the largest counts its view can
	// show (alertsNominal: crit, warn and stale, as wide as the view's key
	// count) from the first frame, and every other part is cut as if it
	// were that wide: alerts coming and going move nothing and change no
	// other part's words. The parts that go first of all (the registry,
	// the viewer count) were once said in the cells the alerts on screen
	// left, so the registry showed in the first seconds only (ut39-2).
	return draw.Clip(fitParts(parts, st.HeaderDim.Render(" │ "), a.w), a.w)
}

// startNoticeFor is how long a session's header says the cluster's notice
// (the embedded broker fell back to another port) before giving its room
// back: the address it listens on stays in the cluster's part, and the
// notice stays in the log file (a user test, issue 14, B23: a permanent
// notice outranked the registry and the read count for a whole session).
const startNoticeFor = 30 * time.Second

// noticePart is the cluster's notice while it is new: it outranks the
// registry and the rate, and on a narrow line it says its first clause
// ("127.0.0.1:29192 is in use") rather than going.
func noticePart(st *Styles, notice string) headerPart {
	p := headerPart{text: st.Warn.Render(model.PrintableString(notice)), dropAt: cutCatchUp}
	if first, _, ok := strings.Cut(notice, "; "); ok {
		p.short, p.shortAt = st.Warn.Render(model.PrintableString(first)), cutLabels
	}
	return p
}

// fitParts joins the parts, applying their cuts (highest number first)
// until the line fits in w cells or nothing is left to cut. Then each cut
// that the later ones made needless is undone, the last first, where the
// line still fits: a part shortens or gives way only when the line has
// no room for it (ut30 X3: "read-only admin" said "ro:admin" beside a
// rate that had gone anyway, with the cells for it). The parts' rooms
// count as taken, for a cut and its undo alike: room for alerts that may
// come any second, so the first ones do not take back what was shown
// (s14-form's note: kind 4).
func fitParts(parts []headerPart, sep string, w int) string {
	parts = append([]headerPart(nil), parts...)
	var done []headerUndo
	gone := make([]bool, len(parts))
	over := func() int { return lineWidth(parts, gone, sep, true) - w }
	for {
		i, shorten, _ := nextCut(parts, gone)
		if i < 0 || over() <= 0 {
			break
		}
		p := parts[i]
		done = append(done, headerUndo{i: i, was: p, gone: gone[i], shorten: shorten,
			byOver: shorten && p.shrink != nil || !shorten && p.squeezeAt > 0})
		parts[i], gone[i] = cutPart(parts[i], shorten, over())
	}
	for k := len(done) - 2; k >= 0; k-- {
		u := done[k]
		if slices.ContainsFunc(done[k+1:], func(l headerUndo) bool { return l.i == u.i }) {
			continue // a later cut of the part stands: this one stays under it
		}
		cut, wasGone := parts[u.i], gone[u.i]
		parts[u.i], gone[u.i] = u.was, u.gone
		if o := over(); o > 0 {
			parts[u.i], gone[u.i] = cut, wasGone
			if u.byOver { // cut again by what the line is over now: the alerts' words may fit where their title does not
				parts[u.i], gone[u.i] = cutPart(u.was, u.shorten, o)
			}
		}
	}
	fillHeld(parts, gone, done, sep, w)
	return joinFlush(parts, gone, sep, w)
}

// headerUndo is a cut fitParts made: the part's index and what it was.
type headerUndo struct {
	i   int
	was headerPart
	// shorten and byOver say how the part was cut: byOver for a cut by
	// what the line is over (a shrink, a squeeze, the alerts' fit)
	gone, shorten, byOver bool
}

// fillHeld gives the parts that fill (headerPart.fills: the program's
// name and the read count) back their cuts, the last first, where the
// line holds them without the room held for alerts not said now: those
// cells are blank, and `washboard` and the read count are said in them
// rather than cut beside them (ut43a-1, ut43b-3: `wb` and no read count
// beside 17-30 blank cells). Every other part, the alerts' forms with
// them, stays cut as the held room says, so alerts coming and going move
// none of them. A part cut twice (the rate: its read count, then the
// rate) gets its later cut back first.
func fillHeld(parts []headerPart, gone []bool, done []headerUndo, sep string, w int) {
	for _, u := range done { // cut again where the undoing gave one the cells of a later one: the read count outranks the name
		if u.was.fills {
			parts[u.i], gone[u.i] = cutPart(u.was, u.shorten, 0)
		}
	}
	back := make([]bool, len(done))
	for k := len(done) - 1; k >= 0; k-- {
		u := done[k]
		if !u.was.fills || !laterCutsBack(done, back, k) {
			continue
		}
		cut, wasGone := parts[u.i], gone[u.i]
		parts[u.i], gone[u.i] = u.was, u.gone
		if lineWidth(parts, gone, sep, false) > w {
			parts[u.i], gone[u.i] = cut, wasGone
			continue
		}
		back[k] = true
	}
}

// laterCutsBack says every cut of done[k]'s part after it was given back.
func laterCutsBack(done []headerUndo, back []bool, k int) bool {
	for l := k + 1; l < len(done); l++ {
		if done[l].i == done[k].i && !back[l] {
			return false
		}
	}
	return true
}

// cutPart applies p's next cut (shorten, else its squeeze or drop) on a
// line over cells too wide; the bool says the part goes.
func cutPart(p headerPart, shorten bool, over int) (headerPart, bool) {
	switch {
	case p.squeezeAt > 0 && !shorten && p.fit != nil:
		p.text, p.room = p.fit(p.text, p.room)(draw.Width(p.text) + p.room - over)
		p.squeezeAt, p.short, p.shortAt, p.shrink = 0, "", 0, nil
		if p.fitLast != nil {
			p.fit, p.fitLast, p.fitRank, p.squeezeAt = p.fitLast, nil, rankStale, cutLabels
		}
	case p.squeezeAt > 0 && !shorten:
		p.text = squeeze(p, over)
		p.squeezeAt = 0
	case shorten && p.shrink != nil: // cut by just what the line is over, down to the short form
		p.text, p.short, p.shortAt = p.shrink(over), "", 0
		p.room = p.shortRoom
	case shorten && p.shorter != "":
		p.text, p.short, p.shorter = p.short, p.shorter, ""
	case shorten:
		p.text, p.short, p.shortAt = p.short, "", 0
		p.room = p.shortRoom
	case p.keep > 0 && draw.Width(p.text)-over >= p.keep:
		if p.cut != nil {
			p.text = p.cut(draw.Width(p.text) - over)
		} else {
			p.text = draw.Truncate(p.text, draw.Width(p.text)-over, "…")
		}
		p.dropAt = 0
	case p.least != "":
		p.text, p.least = p.least, ""
		p.room = p.leastRoom
	default:
		return p, true
	}
	return p, false
}

// lineWidth is the cells the parts not gone take, joined, as wide as
// their figures are held to grow, with the room held for alerts not said
// now where withHeld says.
func lineWidth(parts []headerPart, gone []bool, sep string, withHeld bool) int {
	n := draw.Width(joinParts(parts, gone, sep))
	for i, p := range parts {
		if !gone[i] && (withHeld || !p.held) {
			n += p.room
		}
	}
	return n
}

// squeeze says p's text over cells shorter, no shorter than its floor
// (squeezeMin, else minSqueeze), by its cut when it has one.
func squeeze(p headerPart, over int) string {
	floor := minSqueeze
	if p.squeezeMin > 0 {
		floor = p.squeezeMin
	}
	w := draw.Width(p.text)
	if w <= floor {
		return p.text
	}
	if p.cut != nil {
		return p.cut(max(w-over, floor))
	}
	return draw.Truncate(p.text, max(w-over, floor), "…")
}

// nextCut finds the pending cut with the highest number: a part to shorten
// or to drop. Of cuts with one number, one that cuts by what the line is
// over (a shrink, a squeeze) comes last, so it cuts by what the others
// left over, not by more; the alerts' squeeze (fit) comes between the
// whole forms and the late ones (alertsRank). The int after the bool is
// the cut's rank: 4 times its number, and its place within the number.
func nextCut(parts []headerPart, gone []bool) (int, bool, int) {
	best, bestAt, shorten := -1, 0, false
	for i, p := range parts {
		if gone[i] {
			continue
		}
		if at := rankAt(p.shortAt, shortRank(p)); p.short != "" && p.shortAt > 0 && at > bestAt {
			best, bestAt, shorten = i, at, true
		}
		if at := rankAt(p.dropAt, rankWhole); p.dropAt > 0 && at > bestAt {
			best, bestAt, shorten = i, at, false
		}
		if at := rankAt(p.squeezeAt, squeezeRank(p)); p.squeezeAt > 0 && at > bestAt {
			best, bestAt, shorten = i, at, false
		}
	}
	return best, shorten, bestAt
}

// The places of cuts within one number, first to last: whole forms (a
// label's short form, a drop), the alerts' long title cut in the middle,
// the alerts' title and words (their fit: after the labels' whole forms
// and before the read count goes, ut31 Y9), a late shortening (the read
// count), a link error's shorter forms (they lose no meaning, so they
// come before a name is cut: ut32a Za6), then a shrink or squeeze by what
// the line is over.
const (
	rankSqueeze = iota
	rankStale   // the alerts' stale count goes whole, after the read count and a link error's shorter forms (alertsFitLast)
	rankForms
	rankLate
	rankAlertsFit
	rankAlertsTitle
	rankWhole
	ranksPerCut
)

// rankAt orders a cut of number at in place k.
func rankAt(at, k int) int { return at*ranksPerCut + k }

// shortRank is the place of p's shortening.
func shortRank(p headerPart) int {
	switch {
	case p.shrink != nil && p.fit != nil:
		return rankAlertsTitle
	case p.shrink != nil && p.forms:
		return rankForms
	case p.shrink != nil:
		return rankSqueeze
	case p.late:
		return rankLate
	}
	return rankWhole
}

// squeezeRank is the place of p's squeeze.
func squeezeRank(p headerPart) int {
	if p.fit != nil && p.fitRank > 0 {
		return p.fitRank
	}
	if p.fit != nil {
		return rankAlertsFit
	}
	return rankSqueeze
}

// joinParts joins the parts not gone, a last one (the alerts) at the end.
func joinParts(parts []headerPart, gone []bool, sep string) string {
	texts, lasts := headerTexts(parts, gone)
	return strings.Join(append(texts, lasts...), sep)
}

// headerTexts are the texts of the parts not gone, the last ones apart.
func headerTexts(parts []headerPart, gone []bool) (texts, lasts []string) {
	for i, p := range parts {
		switch {
		case gone[i] || p.text == "": // "": alerts said by their room only (alertsFitLast)
		case p.last:
			lasts = append(lasts, p.text)
		default:
			texts = append(texts, p.text)
		}
	}
	return texts, lasts
}

// joinFlush joins the parts as joinParts does, the last ones flush with
// the right edge of a w-cell line: the cells between are the room the
// line holds for them, so the parts before them stay where they are
// whatever the alerts say (ut39-1). The separator opens that room, right
// after the parts before it, not beside the alerts: beside them it moved
// six cells as `!2` became `!!1 · !1` (ut40a-12).
func joinFlush(parts []headerPart, gone []bool, sep string, w int) string {
	texts, lasts := headerTexts(parts, gone)
	if len(lasts) == 0 || len(texts) == 0 {
		return strings.Join(append(texts, lasts...), sep)
	}
	head, tail := strings.Join(texts, sep)+sep, strings.Join(lasts, sep)
	gap := max(w-draw.Width(head)-draw.Width(tail), 0)
	return head + strings.Repeat(" ", gap) + tail
}

// registryPart says where the schema registry listens and flags it when it
// cannot be reached. On a narrow line the URL shortens to HOST:PORT first,
// then the address goes before the rate or the link's state shorten; a
// registry that cannot be reached keeps saying so (without its address)
// until only the cluster's address is left to cut.
func registryPart(st *Styles, cl Cluster) headerPart {
	status := ""
	if cl.RegistryDown != nil {
		if down := cl.RegistryDown(); down != "" {
			status = " " + st.Crit.Render("✖ "+model.PrintableString(down))
		}
	}
	host := cl.Registry
	if u, err := url.Parse(cl.Registry); err == nil && u.Host != "" {
		host = u.Host
	}
	label := st.HeaderDim.Render("registry ")
	if status != "" { // what is wrong outlives where it listens
		return headerPart{text: label + model.PrintableString(host) + status,
			short: st.HeaderDim.Render("registry") + status, shortAt: cutViewers, squeezeAt: cutErrors, dropAt: cutRegistryDown}
	}
	return headerPart{text: label + model.PrintableString(cl.Registry),
		short: label + model.PrintableString(host), shortAt: cutRegistryURL, dropAt: cutRegistry}
}

// rateParts say what the rates are: records produced per second on the
// cluster (from the high watermarks; the tail's own read rate before the
// first poll), and, when the tail reads much faster than that, that it
// is catching up and at what pace, with the records read so far.
func (a *App) rateParts(folded float64, total uint64) []headerPart {
	st := a.c.Styles
	h := &a.hdr
	// Before a poll has answered, or while the last one failed, the rate
	// produced is not known: "–/s", with the records read in the same
	// words as later (a user test, issue 14, B25: "0.0/s read 0 msgs").
	// While the rates are measured, after the first polls, it is no
	// number either: "…/s", as the Topics pane's (ut40b-24).
	if !h.polled || h.link.State == model.LinkError || h.wait {
		said := rateUnknown
		if h.polled && h.link.State != model.LinkError {
			said = rateWaiting
		}
		return []headerPart{{text: said + " produced " + st.HeaderDim.Render(count(total)+" read"), short: said, shortAt: cutLabels, late: true, fills: true, dropAt: cutRate,
			room: textRoom(said, rateCellsHeld) + countRoom(total), shortRoom: textRoom(said, rateCellsHeld)}}
	}
	out := []headerPart{{text: rate(h.produced) + " produced " + st.HeaderDim.Render(count(total)+" read"),
		short: rate(h.produced), shortAt: cutLabels, late: true, fills: true, dropAt: cutRate,
		room: a.rateRoom(h.produced) + countRoom(total), shortRoom: a.rateRoom(h.produced)}}
	// The tail's progress bar, or its "caught up", says it otherwise: one
	// word on the tail at a time. The read rate decays for a few seconds
	// after a catch-up ends; only a tail still behind is catching up.
	if folded > 1.5*h.produced+10 && h.tail.catchUp == 0 && h.tail.behind > 0 && !h.tail.justCaughtUp(a.c.now()) {
		out = append(out, headerPart{text: st.Warn.Render("catching up, reading " + rate(folded)),
			short: st.Warn.Render("catching up"), shortAt: cutLabels, dropAt: cutCatchingUp, room: a.rateRoom(folded)})
	}
	return out
}
