package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// staleness says whether what the polled panes show is older than the
// last poll: the poll failed after one had answered. ago is the time since
// the last answer, rounded to the second.
type staleness struct {
	stale bool
	ago   time.Duration
}

// readStaleness reads the link from the frame's snapshot (the header's copy).
func (a *App) readStaleness() staleness {
	conn := a.hdr.link
	if conn.State == model.LinkConnected || conn.AnsweredAt.IsZero() {
		return staleness{}
	}
	return staleness{stale: true, ago: max(a.c.now().Sub(conn.AnsweredAt), 0).Truncate(time.Second)}
}

// polled reports whether pane i draws what the poller publishes (its rows
// go stale when the cluster stops answering); the Log and Produce do not.
func polled(i int) bool { return i != paneLog && i != paneProduce }

// word is what the border of a stale pane says first: `stale 41s`, the
// time since the last poll that answered, in the words and form the
// Machines pane's last seen says of a silent key (`stale 44s`), at every
// width. The border had said `stale: last poll 41s ago`, a narrow one
// `stale` with no age, and a narrow status view's nothing at all (s18:
// three wordings for one state).
func (s staleness) word() string {
	return "stale " + ago(s.ago)
}

// ago is a duration as every span is printed (model.Elapsed): 12s, 3m, 2h.
func ago(d time.Duration) string { return model.Elapsed(d) }

// notice is a pane's one-line word when it has no rows (not connected and
// why, a view's topic not on the cluster, no match), dim and wrapped to
// w cells: the pane is empty below it, so it is never cut.
func notice(st *Styles, text string, w int) []string {
	lines := draw.Wrap(text, max(w, 8))
	for i := range lines {
		lines[i] = st.Dim.Render(lines[i])
	}
	return lines
}

// proseNotice is notice for a sentence that names a topic: wrapped at
// its spaces only, a name longer than a line cut in the middle rather
// than broken at a '-' (draw.WrapCut, ut33 Za7).
func proseNotice(st *Styles, text string, w int) []string {
	lines := draw.WrapCut(text, max(w, 8))
	for i := range lines {
		lines[i] = st.Dim.Render(lines[i])
	}
	return lines
}

// dimmed draws lines in the dim style, without their own colours: data
// kept from the last poll that answered, not the cluster as it is now.
// The cursor row (drawn in the Selected style) stays highlighted, dim and
// reversed, so a key that acts on it acts on a row the user can see.
func dimmed(st *Styles, lines []string) []string {
	out := make([]string, len(lines))
	sel := selectedPrefix(st)
	cursor := st.Dim.Inherit(st.Selected)
	for i, l := range lines {
		if sel != "" && strings.HasPrefix(l, sel) {
			out[i] = cursor.Render(ansi.Strip(l))
			continue
		}
		out[i] = st.Dim.Render(ansi.Strip(l))
	}
	return out
}

// selectedPrefix is the escape sequence a line drawn in the Selected
// style starts with ("" if the style draws nothing).
func selectedPrefix(st *Styles) string {
	s := st.Selected.Render("x")
	return s[:strings.Index(s, "x")]
}
