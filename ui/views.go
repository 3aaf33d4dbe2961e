package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
)

// paneViews picks the configured views of panes 1-3: the first series view
// for Machines, the first two status views for Riders and Students. A pane
// without a view keeps its default name and says there is no view.
func paneViews(store model.Reader) [3]model.TopicView {
	out := [3]model.TopicView{
		{Title: paneNames[paneSeries]}, {Title: paneNames[paneStatus1]}, {Title: paneNames[paneStatus2]},
	}
	series, status := false, 0
	store.Read(func(st *model.State) {
		for _, v := range st.Views {
			switch {
			case v.Kind == model.SeriesView && !series:
				out[paneSeries], series = v, true
			case v.Kind == model.StatusView && status < 2:
				out[paneStatus1+status] = v
				status++
			}
		}
	})
	for i := range out {
		out[i].Title = model.PrintableString(out[i].Title)
	}
	return out
}

// alerts is the header's trouble count for the Machines pane's view:
// "Machines 2 warn · 1 crit · 3 stale", with the same ! and !! markers as
// the rows so it reads without colour. Empty when all is well.
func (a *App) alerts() string {
	al := a.hdr.alerts
	st := a.c.Styles
	var parts []string
	if al.Crit > 0 {
		parts = append(parts, st.Crit.Render("!!"+count(al.Crit)+" crit"))
	}
	if al.Warn > 0 {
		parts = append(parts, st.Warn.Render("!"+count(al.Warn)+" warn"))
	}
	if al.Stale > 0 {
		parts = append(parts, st.Dim.Render(count(al.Stale)+" stale"))
	}
	if len(parts) == 0 {
		return ""
	}
	return a.panes[paneSeries].Title() + " " + strings.Join(parts, " · ")
}

// noView is what a view pane says when it has nothing to show: no view of
// its kind is configured, or none for its topic.
func noView(topic string, kind model.ViewKind) string {
	if topic == "" {
		return "no " + string(kind) + " view configured (see [[view]] in config.example.toml)"
	}
	return "no view for " + model.PrintableString(topic)
}
