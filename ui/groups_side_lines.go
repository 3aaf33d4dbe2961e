package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A side-by-side partition line is `topic/N @offset lag L (behind)`: the
// tail after the topic is what the line is for. When a column is too
// narrow for a topic and its tails, the topic is cut in the middle, once
// per topic per column (every line of it the same abbreviation), or, where
// the column has the rows, it stands on a line of its own with the tails
// under it; the tail is never cut (a user test, ut18a F1, F9: six
// partitions read `payments-settle…`, and one topic's cut moved with each
// line's lag text).

// partTail is one partition line's parts after its topic: "/N", then
// "@offset" (or "start offset" for a share group), "lag L" and how far
// behind it is (in the column's behindForm), or "no commit yet".
type partTail struct {
	topic  string
	base   []string // the parts but how far behind
	behind string   // how far behind (`3m`, `<1s`), or "": caught up
	fig    bool     // it has a committed offset and lag: a held column keeps the room of its lag and behind
	// atLeast says its age reads `>3m` (older than the watermark history):
	// only then is the room of the `>` held
	atLeast bool
	// lagHeld is its lag as it reads at its widest (lagRoom): with the
	// room of a behind, wrapped, it says how many lines the tail keeps
	// (ut29 W1: a partition on one line between bursts, two in one)
	lagHeld string
	// the topic's, the parts' and the behind's cells: measured once a
	// frame, not at every width a column is tried at (s14-side's row
	// sharing lays a column out at dozens of widths)
	topicW, baseW, behindW int
}

// behindForm is how a column's partition lines say how far behind each
// is: one form for every line of the column, so they read alike.
type behindForm int

const (
	behindWhole behindForm = iota // ` (3m)` on the partition's line
	behindBare                    // ` 3m` on the line: in a column too narrow for the parentheses (ut31 Y3)
	behindUnder                   // ` 3m` after its lag on the line under `/N @offset` (tailLines splits it): a group without members, in a column too narrow for ` 3m` on one line, where it has the rows
	behindNone                    // left out: a column too narrow for ` 3m` (`r` and `z` say it)
)

// parts are the tail's parts in form f.
func (t *partTail) parts(f behindForm) []string {
	switch {
	case t.behind == "" || f == behindNone:
		return t.base
	case f == behindBare || f == behindUnder:
		return append(slices.Clip(t.base), t.behind)
	}
	return append(slices.Clip(t.base), "("+t.behind+")")
}

// text is the tail on one line in form f.
func (t *partTail) text(f behindForm) string { return strings.Join(t.parts(f), " ") }

// textW is text's cells.
func (t *partTail) textW(f behindForm) int {
	switch {
	case t.behind == "" || f == behindNone:
		return t.baseW
	case f == behindBare || f == behindUnder:
		return t.baseW + 1 + t.behindW
	}
	return t.baseW + 3 + t.behindW
}

// stable is the cells the tail is given in form f: its own, or, with a
// committed offset, those of its lag at lagRoom and of the form's behind
// at its widest, shown or not, so a topic's cut does not move as the lag
// text changes (ut18a F9), and a held column's lines neither wrap nor move
// their indent as a burst comes and goes (ut28a U2).
func (t *partTail) stable(f behindForm) int {
	if !t.fig {
		return t.textW(f)
	}
	room := behindRoom
	switch f {
	case behindBare:
		room = bareRoom
	case behindNone:
		room = 0
	}
	if room > 0 && !t.atLeast { // the `>` comes only on an age older than the history: held where it shows, else its cell goes to a column that cuts (ut42a-8a)
		room--
	}
	return max(t.baseW+len(t.lagHeld)-len(t.base[2])+room, t.textW(f))
}

// judged is the cells a tail of a group without members is judged at
// for its column's form: its lag at lagRoom at least, so a stopped
// group's lines do not move between forms as its lag gains a digit
// (ut29 W1's stopped groups: `lag 88` to `lag 100` as records came).
func (t *partTail) judged(f behindForm) int {
	w := t.textW(f)
	if t.fig {
		w += len(t.lagHeld) - len(t.base[2])
	}
	return w
}

// behindRoom is the cells a partition's "(behind)" is given whether it
// shows or not (" (<1s)", " (59s)", " (>59s)" where its age is older than
// the watermark history: the `>`'s cell is held only there): a lag gaining or losing it does not
// move its topic's cut (ut18a F9), its line's indent or the column's
// width, nor puts it on a second line (ut28a U2: a live group's lines
// flipped between one and two, and their indent between 4 and 2, with
// every burst).
const behindRoom = len(" (>59s)")

// bareRoom is behindRoom without the parentheses (behindBare).
const bareRoom = len(" >59s")

// lagRoom is the least cells a lag number is given, for the same reason.
const lagRoom = 3

// minPartName is the least a topic keeps on a partition line; a topic
// that would keep less goes on a line of its own.
const minPartName = 8

// partTails are the lines' tails of the given partitions.
func partTails(parts map[model.TP]partFig, tps []model.TP, share bool) []partTail {
	at := "@"
	if share {
		at = "start "
	}
	out := make([]partTail, 0, len(tps))
	for _, tp := range tps {
		t := partTail{topic: model.PrintableString(tp.Topic), base: []string{"/" + itoa(tp.Partition)}}
		if p, ok := parts[tp]; ok {
			t.base = append(t.base, at+offsetText(p.committed), "lag "+p.lagText)
			t.fig, t.lagHeld = true, "lag "+p.lagText+strings.Repeat("0", max(lagRoom-len(p.lagText), 0))
			if p.behind > 0 {
				t.behind, t.atLeast = behindText(p.behind, p.atLeast), p.atLeast
			}
		} else if !share {
			t.base = append(t.base, "no commit yet") // not in the group's lag: say so, not nothing
		}
		t.topicW, t.baseW, t.behindW = draw.Width(t.topic), draw.Width(strings.Join(t.base, " ")), draw.Width(t.behind)
		out = append(out, t)
	}
	return out
}

// behindFormOf is the form a column of w cells says how far behind its
// partitions are in: ` (3m)` on each partition's line where every line
// has its room (at indent 2, a topic on a line of its own), else ` 3m`
// where every line has that room, else, for a held column (a group with
// members, whose behind comes and goes with each burst), nothing: never a
// line kept for it (ut31 Y3: at 80x24 a blank line under every caught-up
// partition hid 9-32 lines behind `… N more lines`); for a group without
// members, which keeps only what it shows, `(3m)` under its partition
// (groupColumnLines leaves it out where the column has not the rows).
func behindFormOf(lists [][]partTail, w int, held bool) behindForm {
	for _, f := range []behindForm{behindWhole, behindBare} {
		fits := true
		for _, tails := range lists {
			for i := range tails {
				t := &tails[i]
				switch {
				case held && t.fig:
					fits = fits && t.stable(f) <= w-2
				case t.behind != "":
					fits = fits && t.judged(f) <= w-2
				}
			}
		}
		if fits {
			return f
		}
	}
	if held {
		return behindNone
	}
	return behindUnder
}

// partLines are the partitions with committed offset and lag for a column
// of w cells; a share group's offset is its start offset (every record
// before it is acknowledged or archived), said as "start". A topic too
// long for its lines is cut in the middle to the one width its widest
// tail leaves (cut reports it), or, with wrap, or where the cut would
// leave it under minPartName cells, it goes on a line of its own with
// its partitions' tails under it; with wrap, a topic longer than that
// line too is broken at its name boundaries (draw.Wrap) over lines of
// its own, else cut in the middle.
//
// With held, the partitions a member reads, each line keeps the room of
// its behind whether it shows or not (padded to it, so the column's
// width counts it; its indent judged with it): a live group's lag comes
// and goes with each burst (ut28a U2). A group without members, whose
// lag only grows until someone resets it, keeps only what it shows, so
// it gives its cells to the live columns beside it.
func partLines(parts map[model.TP]partFig, tps []model.TP, share bool, w int, wrap, held bool) (lines []string, cut bool) {
	tails := partTails(parts, tps, share)
	lines, cut, _ = tailLines(tails, nil, nil, w, wrap, held, behindFormOf([][]partTail{tails}, w, held), false)
	return lines, cut
}

// topicWidest is, per topic, the widest tail (stable, in form f) of any
// of a column's lists: a topic several members read is cut to the room
// the column's widest line of it leaves, so it reads one way on every
// line of the column (ut42a-8: `laundry-…hine-logs/0 @14` under one
// member, `laundry-…ine-logs/4 @109` under the next).
func topicWidest(lists [][]partTail, f behindForm) map[string]int {
	out := map[string]int{}
	for _, tails := range lists {
		for i := range tails {
			out[tails[i].topic] = max(out[tails[i].topic], tails[i].stable(f))
		}
	}
	return out
}

// tailLines is partLines of the partitions' tails (partTails), in form
// f; widest (topicWidest), where not nil, is each topic's widest tail in
// the whole column, which its cut is judged at; apart, where not nil, is
// where the cluster's topics differ, a topic cut there (cutTopic).
//
// With own, every topic goes on a line of its own, as another column
// puts it (topicsAlike); own reports a topic stood on a line of its own.
func tailLines(tails []partTail, widest map[string]int, apart *namesApart, w int, wrap, held bool, f behindForm, ownLine bool) (lines []string, cut, own bool) {
	hold := func(t *partTail) int { // the cells a tail keeps
		if held {
			return t.stable(f)
		}
		return t.textW(f)
	}
	type topicRoom struct {
		cells  int    // the cells the name keeps on a line, or -1: a line of its own
		name   string // the name on a partition's line, cut to them
		nameW  int
		topicW int
	}
	room := map[string]*topicRoom{} // per topic
	for i := range tails {
		t := &tails[i]
		if r := room[t.topic]; r != nil {
			r.cells = max(r.cells, t.stable(f))
		} else {
			room[t.topic] = &topicRoom{cells: max(t.stable(f), widest[t.topic]), topicW: t.topicW}
		}
	}
	for topic, tr := range room {
		r := w - 2 - tr.cells
		switch {
		case tr.topicW <= r && ownLine:
			tr.cells = -1
		case tr.topicW <= r:
			tr.cells, tr.name, tr.nameW = tr.topicW, topic, tr.topicW
		case wrap || ownLine || r < minPartName:
			tr.cells, cut = -1, true
		default:
			tr.cells, cut = r, true
			tr.name = cutTopic(apart, topic, r)
			tr.nameW = draw.Width(tr.name)
		}
	}
	for i := 0; i < len(tails); i++ {
		t := &tails[i]
		if tr := room[t.topic]; tr.cells >= 0 {
			lines = append(lines, padWidth("  "+tr.name+t.text(f), 2+tr.nameW+t.textW(f), 2+tr.cells+hold(t), w))
			continue
		}
		own = true
		if wrap && t.topicW > w-2 { // too long even for a line of its own: broken at its name boundaries, where the column has the rows (ut20 O3)
			for _, l := range draw.Wrap(t.topic, w-2) {
				lines = append(lines, "  "+l)
			}
		} else {
			lines = append(lines, "  "+cutTopic(apart, t.topic, w-2))
		}
		end := i
		for end < len(tails) && tails[end].topic == t.topic { // the run of this topic's partitions
			end++
		}
		indent := 4 // the tails under their topic, or less where that keeps them on one line (judged as the split below is)
		for k := i; k < end; k++ {
			for indent > 2 && tailJudged(&tails[k], f, held) > w-indent {
				indent--
			}
		}
		// one layout for every partition of the run: `/N @offset lag L`
		// on one line where every one fits it at its widest (judged:
		// a lag at lagRoom, a held one's behind room), else `lag L` on
		// the line under `/N @offset` on every one, so no blank line is
		// kept for a lag or an age a burst may bring, and every column
		// breaks a partition at the same place (ut32b Zb10: `/0 @702
		// lag 0` then a blank line beside `/0 @56` / `lag 376`)
		split := false
		for k := i; k < end; k++ {
			split = split || tailJudged(&tails[k], f, held) > w-indent
		}
		for k := i; k < end; k++ {
			tl := &tails[k]
			parts := [][]string{tl.parts(f)}
			if split && len(tl.parts(f)) > 2 {
				parts = [][]string{tl.parts(f)[:2], tl.parts(f)[2:]}
			}
			for _, ps := range parts {
				for _, l := range draw.WrapParts(ps, " ", w-indent) { // a tail too long for the line goes on, never cut
					lines = append(lines, padTo(strings.Repeat(" ", indent)+l, indent+hold(tl), w))
				}
			}
		}
		i = end - 1
	}
	return lines, cut, own
}

// tailJudged is the cells a tail is judged at for its line in form f:
// a held one's stable, else its judged.
func tailJudged(t *partTail, f behindForm, held bool) int {
	if held {
		return t.stable(f)
	}
	return t.judged(f)
}

// padTo pads a partition line with blanks to the cells it is given,
// want, at most w: the column's width is judged with its "(behind)"'s
// room whether it shows or not (ut28a U2).
func padTo(line string, want, w int) string {
	return padWidth(line, draw.Width(line), want, w)
}

// padWidth is padTo of a line of cells cells.
func padWidth(line string, cells, want, w int) string {
	if n := min(want, w) - cells; n > 0 {
		return line + strings.Repeat(" ", n)
	}
	return line
}

// memberLines are a member's client id, host and consume rate, or idle,
// on one line of w cells: a long client id is cut in the middle so the
// host and rate stay; when the id would keep under 8 cells, the host and
// rate go under it, on as many lines as they need, never cut (a user
// test, issue 14, C13; ut18a F1: `127.0.0.1:40402 …`). With whole, an
// id too long for its line goes on a line of its own instead, the host
// and rate under it (the column has the rows: groupColumnLost); cut says
// the id was cut on the member's line.
func memberLines(sty *Styles, parts map[model.TP]partFig, m model.MemberStat, w int, whole bool) (_ []string, cut bool) {
	const leastClient = 8
	rest := memberRest(sty, parts, m)
	restLine := strings.Join(rest, " ")
	client := model.PrintableString(m.ClientID)
	room := w - 3 - draw.Width(restLine)
	if draw.Width(client) <= room {
		return []string{"▸ " + client + " " + restLine}, false
	}
	if room >= leastClient && !whole {
		return []string{"▸ " + strings.TrimRight(draw.FitMiddle(client, room), " ") + " " + restLine}, true
	}
	out := []string{"▸ " + strings.TrimRight(draw.FitMiddle(client, max(w-2, leastClient)), " ")}
	indent := 2 // under the client id, or less where a host:port is wider than that leaves: never broken at a dot (ut25a Q7: `127.0.0.` / `1:55842`)
	for i, part := range rest {
		indent = min(indent, max(w-draw.Width(part), 0))
		if draw.Width(part) > w { // wider than the column: cut in the middle, whole where it shows
			rest[i] = draw.FitMiddle(part, w)
		}
	}
	for _, l := range draw.WrapParts(rest, " ", w-indent) {
		out = append(out, strings.Repeat(" ", indent)+l)
	}
	return out, false
}

// memberRest is a member line's parts after the client id: host, member
// epoch, target assignment, and idle or the consume rate.
func memberRest(sty *Styles, parts map[model.TP]partFig, m model.MemberStat) []string {
	out := []string{sty.Dim.Render(model.PrintableString(m.Host))}
	if m.MemberEpoch > 0 {
		out = append(out, sty.Dim.Render("epoch "+itoa(int(m.MemberEpoch))))
	}
	if m.Target != nil && !slices.Equal(m.Target, m.Assigned) { // KIP-848: still reconciling
		out = append(out, sty.Warn.Render("→ "+model.PrintableString(model.FormatTPs(m.Target))))
	}
	if len(m.Assigned) == 0 {
		return append(out, sty.Warn.Render("idle"))
	}
	var r float64
	unknown := false
	for _, tp := range m.Assigned {
		if p, ok := parts[tp]; ok {
			r, unknown = r+p.rate, unknown || p.rateUnknown
		}
	}
	rt := rateNow(r, unknown)
	// the rate is given the cells of `99.9/s` whether it needs them or
	// not, so a member's line does not break elsewhere as its rate crosses
	// 10/s (ut31 Y3's cluster: `127.0.0.1:5891 2.2/s` on one line, then the
	// rate under the host at `12.2/s`, every column moving with it)
	return append(out, rt+strings.Repeat(" ", max(len("99.9/s")-draw.Width(rt), 0)))
}

// cutTopic is topic in at most w cells: whole where it fits, else cut
// where the cluster's topics differ (apart, judged over every topic of
// the cluster, as Topics cuts them), so two topics that share a long
// prefix and suffix never read alike (ut42b-10: `acm…1.v2` for either
// acme.payments.settlement-events.eu-west-1.v2 or …us-east-1.v2), else,
// without apart, in the middle.
func cutTopic(apart *namesApart, topic string, w int) string {
	if apart != nil {
		topic = apart.cut(topic, w, w)
	}
	return strings.TrimRight(draw.FitMiddle(topic, w), " ")
}
