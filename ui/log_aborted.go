package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
)

// The tail keeps the records of aborted transactions, marked (issue 9):
// each Log shows them only when its session asks (the `a` key, starting
// as --show-aborted says), each line marked "aborted". No count, view or
// stat takes them (model.State.Aborted counts them apart).

// abortedHelp is the toggle's binding, its help saying what it will do.
func (p *LogPane) abortedHelp() key.Binding {
	b := p.c.Keys.Aborted
	if p.aborted {
		b.SetHelp(b.Help().Key, "hide aborted txns")
	} else {
		b.SetHelp(b.Help().Key, "show aborted txns")
	}
	return b
}

// abortedTitle says in the border that aborted records are shown.
func (p *LogPane) abortedTitle() string {
	if p.aborted {
		return " · +aborted"
	}
	return ""
}

// toggleAborted shows or hides aborted records; the next frame rebuilds
// the index over the buffered records.
func (p *LogPane) toggleAborted() {
	p.aborted = !p.aborted
}

// recordsRead is the records the tail has read: those folded and those
// of aborted transactions, each once (a topic read again adds only what
// the Log did not hold), notes from the tail not counted. The header's
// "read" and the Log border's are this one count.
func recordsRead(st *model.State) uint64 { return st.Rate.Total() + st.Aborted }
