package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// topicSharedCols is the context columns a value every topic shares
// takes out of the list (rf, cleanup, retention: topicHeads' 2, 6, 7),
// with the word the border says it by.
var topicSharedCols = [...]struct {
	col  int
	word string
}{{2, "rf"}, {6, "cleanup"}, {7, "retention"}}

// topicsShared is, per column of the list, the value every topic the
// toggle shows has in it (the filter aside, as topicsPlain judges), ""
// where topics differ, fewer than two are listed, or the value is not
// known (`?`: a config that cannot be read is not a value to share).
// Such a column is not drawn at any width: the border says the value
// once (ut38a-34: help said these columns show only where topics
// differ, the table showed `7d` on every row; ut39-6: its cells went
// before the trend's).
func topicsShared(rows []topicLine, internal bool) (out [topicCols]string) {
	n := 0
	for _, r := range rows {
		if r.internal && !internal {
			continue
		}
		vals := [topicCols]string{2: itoa(r.rf), 6: model.PrintableString(r.cleanup), 7: r.retention}
		if r.cfgErr != "" {
			vals[6], vals[7] = "", ""
		}
		for _, s := range topicSharedCols {
			v := strings.TrimSpace(ansi.Strip(vals[s.col]))
			switch {
			case n == 0:
				out[s.col] = v
			case out[s.col] != v:
				out[s.col] = ""
			}
		}
		n++
	}
	if n < 2 {
		return [topicCols]string{}
	}
	for _, s := range topicSharedCols {
		if out[s.col] == "-" {
			out[s.col] = ""
		}
	}
	return out
}

// sharedPart is the border's part saying the values every topic shares
// (topicsShared), `all rf 1, cleanup delete, retention 7d`, short
// `all rf 1, delete, 7d`; ok false where no column is shared. Under a
// filter showing fewer than the listed topics, the part names whose
// values they are, `all 9 topics: rf 3, …` (short `all 9: rf 3, …`):
// judged over every listed topic, they are the list's, not the 2 shown
// (ut43b-6: `2 of 9 topics · all rf 3` read as the 2's).
func sharedPart(shared [topicCols]string, listed int, filtered bool) (part draw.Part, ok bool) {
	var long, short []string
	for _, s := range topicSharedCols {
		v := shared[s.col]
		if v == "" {
			continue
		}
		long = append(long, s.word+" "+v)
		if s.col == 2 {
			short = append(short, s.word+" "+v)
		} else {
			short = append(short, v)
		}
	}
	if len(long) == 0 {
		return draw.Part{}, false
	}
	all, allShort := "all ", "all "
	if filtered {
		all, allShort = "all "+plural(listed, "topic")+": ", "all "+itoa(listed)+": "
	}
	return draw.Part{Rank: draw.RankDiag, Text: all + strings.Join(long, ", "), Short: allShort + strings.Join(short, ", ")}, true
}
