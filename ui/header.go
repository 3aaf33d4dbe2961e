package ui

import (
	"net/url"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// headerPart is one field of the header. When the line is too narrow,
// fields first say it shorter, then go, in the order their cut numbers
// give (highest first; 0 never), so the alerts, the link's state and the
// cluster's address stay on screen longest.
type headerPart struct {
	text    string
	short   string // "" when the part cannot be said shorter
	shortAt int    // when to shorten it
	dropAt  int    // when to drop it
	// squeezeAt is when to cut the text (with …) to what the line can
	// spare, down to minSqueeze cells: a long error gives way before the
	// cluster's name does.
	squeezeAt int
}

// minSqueeze is the fewest cells a squeezed part keeps.
const minSqueeze = 12

// headerFrame is what the header draws, copied under the frame's lock.
type headerFrame struct {
	link     model.Link
	produced float64 // records produced per second: the sum of the partitions' high-watermark rates
	polled   bool    // a poll has answered, so produced means something
	rate     float64 // records the tail folds per second
	total    uint64
	alerts   model.Alerts // of the Machines pane's view
	hasView  bool
	tail     tailFrame // the tail's catch-up (issue 9)
}

// snapHeader copies the header's figures; it runs under the frame's lock.
func (a *App) snapHeader(st *model.State, now time.Time) {
	h := headerFrame{link: st.Link, rate: st.Rate.Rate(now), total: st.Rate.Total(), polled: !st.Link.PolledAt.IsZero(),
		tail: snapTail(st.Tail)}
	for i := range st.Partitions {
		if !st.Partitions[i].Internal {
			h.produced += st.Partitions[i].Rate
		}
	}
	if m, ok := a.panes[paneSeries].(topicPane); ok {
		if t := st.Series[m.Topic()]; t != nil {
			h.alerts, h.hasView = model.CountAlerts(t, now), true
		}
	}
	a.hdr = h
}

// header is the top line: alerts, what washboard is connected to, whether
// that link is healthy, and the total message rate.
func (a *App) header() string {
	st := a.c.Styles
	conn, total := a.hdr.link, a.hdr.total
	parts := []headerPart{{text: st.Header.Render("washboard"), short: st.Header.Render("wb"), shortAt: 5}}
	if al := a.alerts(); al != "" { // what an operator must see
		parts = append(parts, headerPart{text: al})
	}
	cl := a.c.Cluster
	name := st.Accent.Render(model.PrintableString(cl.Name))
	if cl.Embedded {
		parts = append(parts, headerPart{text: "embedded demo cluster " + name, short: "demo " + name, shortAt: 7, dropAt: 2},
			headerPart{text: st.HeaderDim.Render("real cluster: --brokers host:port"), dropAt: 10})
	} else {
		parts = append(parts, headerPart{text: "cluster " + name, short: name, shortAt: 7, dropAt: 2})
	}
	switch conn.State {
	case model.LinkConnected:
		parts = append(parts, headerPart{text: st.OK.Render("● connected"), short: st.OK.Render("●"), shortAt: 6})
	case model.LinkError:
		parts = append(parts, headerPart{text: st.Crit.Render("✖ " + model.PrintableString(conn.Err)), squeezeAt: 6})
	default:
		parts = append(parts, headerPart{text: st.Warn.Render("○ connecting"), short: st.Warn.Render("○"), shortAt: 6})
	}
	parts = append(parts, a.rateParts(a.hdr.rate, total)...)
	if cl.Insecure {
		parts = append(parts, headerPart{text: st.Warn.Render("⚠ tls unverified"), short: st.Warn.Render("⚠ tls"), shortAt: 4})
	}
	if a.viewers >= 0 && cl.Viewers != nil { // copied before the frame's lock
		parts = append(parts, headerPart{text: plural(a.viewers, "viewer"), dropAt: 5})
	}
	if tp, ok := a.tailPart(a.hdr.tail, a.c.now()); ok {
		parts = append(parts, tp)
	}
	switch cl.ReadOnly {
	case model.ReadOnlyAll:
		parts = append(parts, headerPart{text: st.Warn.Render("read-only"), short: st.Warn.Render("ro"), shortAt: 3})
	case model.ReadOnlyAdmin:
		parts = append(parts, headerPart{text: st.Warn.Render("read-only admin"), short: st.Warn.Render("ro:admin"), shortAt: 3})
	}
	if cl.Registry != "" {
		parts = append(parts, registryPart(st, cl))
	}
	if cl.Notice != "" {
		parts = append(parts, headerPart{text: st.Warn.Render(cl.Notice), dropAt: 9})
	}
	return draw.Clip(fitParts(parts, st.HeaderDim.Render(" │ "), a.w), a.w)
}

// fitParts joins the parts, applying their cuts (highest number first)
// until the line fits in w cells or nothing is left to cut.
func fitParts(parts []headerPart, sep string, w int) string {
	parts = append([]headerPart(nil), parts...)
	for {
		line := joinParts(parts, sep)
		if ansi.StringWidth(line) <= w {
			return line
		}
		i, shorten := nextCut(parts)
		switch {
		case i < 0:
			return line
		case parts[i].squeezeAt > 0 && !shorten:
			over := ansi.StringWidth(line) - w
			parts[i].text = ansi.Truncate(parts[i].text, max(ansi.StringWidth(parts[i].text)-over, minSqueeze), "…")
			parts[i].squeezeAt = 0
		case shorten:
			parts[i].text, parts[i].short, parts[i].shortAt = parts[i].short, "", 0
		default:
			parts = append(parts[:i:i], parts[i+1:]...)
		}
	}
}

// nextCut finds the pending cut with the highest number: a part to shorten
// or to drop.
func nextCut(parts []headerPart) (int, bool) {
	best, bestAt, shorten := -1, 0, false
	for i, p := range parts {
		if p.short != "" && p.shortAt > bestAt {
			best, bestAt, shorten = i, p.shortAt, true
		}
		if p.dropAt > bestAt {
			best, bestAt, shorten = i, p.dropAt, false
		}
		if p.squeezeAt > bestAt {
			best, bestAt, shorten = i, p.squeezeAt, false
		}
	}
	return best, shorten
}

func joinParts(parts []headerPart, sep string) string {
	texts := make([]string, len(parts))
	for i, p := range parts {
		texts[i] = p.text
	}
	return strings.Join(texts, sep)
}

// registryPart says where the schema registry listens and flags it when it
// cannot be reached. On a narrow line the URL shortens to HOST:PORT first
// and the part is dropped only after the rates and viewers.
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
	return headerPart{text: label + model.PrintableString(cl.Registry) + status,
		short: label + model.PrintableString(host) + status, shortAt: 11, dropAt: 3}
}

// rateParts say what the rates are: records produced per second on the
// cluster (from the high watermarks; the tail's own read rate before the
// first poll), and, when the tail reads much faster than that, that it
// is catching up and at what pace, with the records read so far.
func (a *App) rateParts(folded float64, total uint64) []headerPart {
	st := a.c.Styles
	h := &a.hdr
	if !h.polled {
		return []headerPart{{text: rate(folded) + " read " + st.HeaderDim.Render(count(total)+" msgs"),
			short: rate(folded), shortAt: 9, dropAt: 8}}
	}
	if h.link.State == model.LinkError { // the last poll's rate is no news of now
		return []headerPart{{text: "–/s produced " + st.HeaderDim.Render(count(total)+" read"), short: "–/s", shortAt: 9, dropAt: 8}}
	}
	out := []headerPart{{text: rate(h.produced) + " produced " + st.HeaderDim.Render(count(total)+" read"),
		short: rate(h.produced), shortAt: 9, dropAt: 8}}
	// The tail's progress bar, or its "caught up", says it otherwise: one
	// word on the tail at a time. The read rate decays for a few seconds
	// after a catch-up ends; only a tail still behind is catching up.
	if folded > 1.5*h.produced+10 && h.tail.catchUp == 0 && h.tail.behind > 0 && !h.tail.justCaughtUp(a.c.now()) {
		out = append(out, headerPart{text: st.Warn.Render("catching up, reading " + rate(folded)),
			short: st.Warn.Render("catching up"), shortAt: 9, dropAt: 7})
	}
	return out
}
