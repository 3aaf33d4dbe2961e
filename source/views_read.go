package source

import (
	"slices"

	"github.com/washboard/washboard/model"
)

// openedWhy is ReadWhy's words for a topic read because a view of it was
// opened in the console (`v`, saved or not): the view's title is the
// topic's name, so the words say where it came from instead.
const openedWhy = "a view opened in the console"

// noteOpened takes, for this poll, the topics of the views opened in the
// console (model.State.OpenedViews): each is read whenever it exists,
// beside the watched or the busiest ones, as a saved view's is (Also), so
// a view keeps getting records when its topic leaves the busiest three
// (ut25a Q3: a `v` view went silent and its keys read stale while its
// topic was written). The views are shared by every session, as the
// fold that feeds them is.
func (p *Poller) noteOpened() {
	clear(p.opened)
	if p.Store == nil {
		return
	}
	p.Store.Read(func(st *model.State) {
		for _, v := range st.OpenedViews() {
			if p.opened == nil {
				p.opened = map[string]bool{}
			}
			p.opened[v.Topic] = true
		}
	})
}

// readAlso reports whether topic is read whenever it exists: a saved
// view's (Also) or one opened in the console.
func (p *Poller) readAlso(topic string) bool {
	return p.opened[topic] || slices.Contains(p.Also, topic)
}
