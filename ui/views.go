package ui

import (
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// paneViews picks the views of panes 1-3: the first series view and the
// first two status views, in the order ranked: saved views (views.toml)
// whose topic is on the cluster first, then the other views on the
// cluster (once a poll said which topics are), then the other saved views,
// then the rest in configured order; a pane no view is left for is
// titled by its kind. So a saved view takes a pane before
// the demo's defaults even where the demo's topics are on the cluster
// (ut21a X-1), and a view of this cluster before a default it lacks.
func paneViews(store model.Reader) [3]model.TopicView {
	var out [3]model.TopicView
	store.Read(func(st *model.State) { out = paneViewsIn(st) })
	return out
}

// paneViewsIn is paneViews under the caller's read lock.
func paneViewsIn(st *model.State) [3]model.TopicView {
	// A pane without a view is titled by its kind, not by the demo's view
	// that would fill it (ut24a P18: `Machines` and `Students` over `no
	// series view configured` on a config with neither).
	out := [3]model.TopicView{{Title: "Series view"}, {Title: "Status view"}, {Title: "Status view"}}
	series, status := false, 0
	{
		rank := func(v model.TopicView) int {
			r := 3
			if _, ok := slices.BinarySearch(st.Topics, v.Topic); ok {
				r = 1
			}
			if v.Saved {
				r--
			}
			return r
		}
		views := slices.Clone(st.Views)
		slices.SortStableFunc(views, func(a, b model.TopicView) int { return rank(a) - rank(b) })
		for _, v := range views {
			switch {
			case v.Kind == model.SeriesView && !series:
				out[paneSeries], series = v, true
			case v.Kind == model.StatusView && status < 2:
				out[paneStatus1+status] = v
				status++
			}
		}
	}
	for i := range out {
		out[i].Title = model.PrintableString(out[i].Title)
	}
	return out
}

// rebindViews gives panes 1-3 the views paneViews ranks first now that the
// cluster's topics are known (views.go): a pane still showing the view it
// was given is rebound; one the user opened a view in (v) is left alone.
func (a *App) rebindViews() {
	views := paneViews(a.c.Store)
	changed := false
	for i := paneSeries; i <= paneStatus2; i++ {
		if views[i].Topic == a.bound[i] || paneTopic(a.panes[i]) != a.bound[i] {
			continue
		}
		if views[i].Kind == model.StatusView {
			a.panes[i] = NewStatusPane(a.c, views[i].Topic, views[i].Title)
		} else {
			a.panes[i] = NewSeriesPane(a.c, views[i].Topic, views[i].Title)
		}
		a.bound[i], changed = views[i].Topic, true
	}
	if changed {
		a.configured = nil // the view panes' topics, for foreign.go
		a.resize()
		a.rev++
	}
}

// paneTopic is the topic a view pane shows.
func paneTopic(p Pane) string {
	switch p := p.(type) {
	case *SeriesPane:
		return p.topic
	case *StatusPane:
		return p.topic
	}
	return ""
}

// alerts is the header's trouble count for the Machines pane's view:
// "Machines !!1 crit · !2 warn · 3 keys stale", with the same ! and !! markers as
// the rows so it reads without colour. Empty when all is well.
func (a *App) alerts() string {
	return a.alertsForm(alertsFull)
}

// alertsShrunk is alerts with the view's title cut in the middle by over
// cells, to no fewer than alertTitleShort: a view made at run time is
// named after its topic, which can be 60 cells and must not push the
// cluster and the link's state out of the header (ut15b C21).
func (a *App) alertsShrunk(over int) string {
	full := a.alerts()
	title := a.panes[paneSeries].Title()
	keep := max(draw.Width(title)-over, alertTitleShort)
	if keep >= draw.Width(title) {
		return full
	}
	return strings.TrimRight(draw.FitMiddle(title, keep), " ") + full[len(title):]
}

// alertTitleShort is how many cells a long view title keeps in the
// header's alerts on a narrow line.
const alertTitleShort = 16

// noView is what a view pane says when it has nothing to show: no view of
// its kind is configured, or none for its topic.
func noView(topic string, kind model.ViewKind) string {
	if topic == "" {
		return "no " + string(kind) + " view configured (see [[view]] in config.example.toml)"
	}
	return "no view for " + model.PrintableString(topic)
}

// noViewIn is noView in a box of w x h cells: whole where it fits, else
// the shorter form that fits (`no status view configured (see
// [[view]])`, `no status view configured`), else cut with `…`: never a
// sentence stopping mid-way (ut25a Q13: `(see [[view]] in` was the last
// line of pane 3 in the 80x24 grid). h <= 0 is no limit.
func noViewIn(st *Styles, topic string, kind model.ViewKind, w, h int) []string {
	forms := []string{noView(topic, kind)}
	if topic == "" {
		forms = append(forms, "no "+string(kind)+" view configured (see [[view]])", "no "+string(kind)+" view configured")
	}
	for _, f := range forms {
		if lines := notice(st, f, w); h <= 0 || len(lines) <= h {
			return lines
		}
	}
	return noticeIn(st, forms[len(forms)-1], w, h)
}

// demoAbsent reports whether view pane p shows one of the demo's default
// views (Machines, Riders, Students) on a cluster that is not the demo's
// and lacks its topic, once a poll listed the topics: the pane is then
// titled by its kind, here and in help, not after the demo's laundry or
// riders (ut25a Q9: `1 Machines 2 Riders 3 Students` in help on a cluster
// with neither). It runs under the frame's read lock.
func demoAbsent(st *model.State, embedded bool, p Pane) bool {
	topic := paneTopic(p)
	if topic == "" || embedded || st.Link.Embedded || st.Topics == nil {
		return false
	}
	if _, on := slices.BinarySearch(st.Topics, topic); on {
		return false
	}
	for _, v := range model.DefaultViews() {
		if v.Topic == topic && v.Title == p.Title() {
			return true
		}
	}
	return false
}

// paneTitle is pane i's title: a view pane showing a demo view its
// cluster lacks is titled by its kind (`1 Series view`, `2 Status
// view`), as a pane no view is left for is (paneViewsIn).
func (a *App) paneTitle(i int) string {
	p := a.panes[i]
	if i > paneStatus2 || !a.fg.absent[i] {
		return p.Title()
	}
	if _, series := p.(*SeriesPane); series {
		return "Series view"
	}
	return "Status view"
}
