package ui

import (
	"strings"
	"time"

	"github.com/washboard/washboard/model"
)

// paneViews picks the configured views of panes 1-3: the first series view
// for Machines, the first two status views for Riders and Students. A pane
// without a view keeps its default name and says there is no view.
func paneViews(store *model.Store) [3]model.TopicView {
	out := [3]model.TopicView{
		{Title: paneNames[paneMachines]}, {Title: paneNames[paneRiders]}, {Title: paneNames[paneStudents]},
	}
	series, status := false, 0
	store.Read(func(st *model.State) {
		for _, v := range st.Views {
			switch {
			case v.Kind == model.SeriesView && !series:
				out[paneMachines], series = v, true
			case v.Kind == model.StatusView && status < 2:
				out[paneRiders+status] = v
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
func (a *App) alerts(now time.Time) string {
	m, ok := a.panes[paneMachines].(*MachinesPane)
	if !ok {
		return ""
	}
	var al model.Alerts
	a.c.Store.Read(func(st *model.State) {
		if t := st.Series[m.topic]; t != nil {
			al = model.CountAlerts(t, now)
		}
	})
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
	return m.Title() + " " + strings.Join(parts, " · ")
}

// noView is what a view pane says when it has nothing to show: no view of
// its kind is configured, or none for its topic.
func noView(topic string, kind model.ViewKind) string {
	if topic == "" {
		return "no " + string(kind) + " view configured (see [[view]] in config.example.toml)"
	}
	return "no view for " + model.PrintableString(topic)
}
