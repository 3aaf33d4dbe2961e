package ui

import (
	"slices"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// notRead reports whether a view's topic is on the cluster while the
// tail reads it for no one (no view, flag or session keeps it read: u
// stopped the last choice), so the view gets no records and says so
// rather than show old figures as if they were live (ut21a X-12). It
// runs under the store's read lock; before a poll said what is read
// (ReadWhy nil) nothing is marked.
func notRead(st *model.State, topic string) bool {
	if st.ReadWhy == nil || st.ReadWhy[topic] != "" || slices.Contains(st.ChosenOnly, topic) {
		return false
	}
	_, on := slices.BinarySearch(st.Topics, topic)
	return on
}

// notReadPart is the border's word on a view whose topic is not read:
// never dropped (the title gives way first), since the figures under it
// are old; u said when it stopped the reading, and how to read it again.
func notReadPart() draw.Part {
	return draw.Part{Text: "not read", Rank: draw.RankKeep}
}

// readsTopic reports whether any session still reads topic by choice,
// when the watcher can say (source.Watches.Topics); false when it
// cannot.
func readsTopic(w Watcher, topic string) bool {
	all, ok := w.(interface{ Topics() []string })
	return ok && slices.Contains(all.Topics(), topic)
}

// notYetHeld is what v says on a topic that is read but has no records
// held yet: reading has started (w a moment ago, whose first fetch has
// not come back), not "w reads it", which the user just did (ut21a X-4).
func notYetHeld(topic string) string {
	return "no records of " + model.PrintableString(topic) + " held yet: reading has started; v again once the first arrive"
}
