package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// The header's alerts in three forms, widest first: with the view's
// title (`Machines !!1 crit · !1 warn`), without it (`!!1 crit · !1
// warn`), and as marks (`!!1 · !1`). A narrow line says a shorter form
// before a profile's name is cut under profileNameKept (ut29 U6:
// `eu-we…n-ut29`, 11 cells, beside a whole `Machines !!1 crit · !4 warn`).
const (
	alertsFull = iota
	alertsBare
	alertsMarks
	// alertsNoStale is the marks without the stale count: its last form,
	// where the line has not the room for the count (alertsFitLast)
	alertsNoStale
)

// alertsRoom holds the widest full form of the alerts for memoKeep (as
// the tables hold widths: heldWidth), so a label that gives way before the
// alerts' words is chosen as if the alerts were that wide and does not
// come and go as machines cross thresholds and back (ut28a U6). The
// shorter forms are said as they fit now (alertsFit), so none is held.
type alertsRoom struct {
	held heldWidth
}

// w is the cells the full form is held at.
func (r *alertsRoom) w() int { return r.held.w }

// noteAlerts folds the alerts of this frame into the held width.
func (a *App) noteAlerts(now time.Time) {
	a.alertsHeld.held.note(ansi.StringWidth(a.alertsForm(alertsFull)), now)
}

// alertsForm is the alerts in form k, styled; "" with no alerts.
func (a *App) alertsForm(k int) string {
	al := a.hdr.alerts
	st := a.c.Styles
	var words, marks []string
	if al.Crit > 0 {
		words = append(words, st.Crit.Render("!!"+count(al.Crit)+" crit"))
		marks = append(marks, st.Crit.Render("!!"+count(al.Crit)))
	}
	if al.Warn > 0 {
		words = append(words, st.Warn.Render("!"+count(al.Warn)+" warn"))
		marks = append(marks, st.Warn.Render("!"+count(al.Warn)))
	}
	if al.Stale > 0 && k != alertsNoStale {
		// without the view's title, `40 stale` says nothing of what is
		// stale: the keys, as the view's border counts them (ut34b-19)
		s := st.Dim.Render(count(al.Stale) + " stale")
		if k != alertsFull {
			s = st.Dim.Render(plural(al.Stale, "key") + " stale")
		}
		words, marks = append(words, s), append(marks, s)
	}
	if len(words) == 0 {
		return ""
	}
	return alertsText(a.panes[paneSeries].Title(), words, marks, k)
}

// alertsText joins an alerts form from its parts.
func alertsText(title string, words, marks []string, k int) string {
	switch k {
	case alertsFull:
		return title + " " + strings.Join(words, " · ")
	case alertsBare:
		return strings.Join(words, " · ")
	}
	if len(marks) == 0 {
		return ""
	}
	return strings.Join(marks, " · ")
}

// alertsFit is the alerts' form in avail cells (their room included):
// the widest form whose nominal width (alertsNominalW: the counts at the
// widest the view's keys allow) fits, else the marks, said as the alerts
// are now, with the room to that nominal width held beside it. The form
// is so chosen by the line's width alone, never by this frame's counts:
// a crit coming or a stale count growing does not turn `Machines !2 warn
// · 4 keys stale` into `!!1 · !1 · 4 keys stale` and back, nor push the
// read count out (ut36a-12, ut36b-6). text is the form the line says now
// (a long title cut in the middle), with room its room, kept while they
// fit.
func (a *App) alertsFit(text string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if ansi.StringWidth(text)+room <= avail {
			return text, room
		}
		k := alertsBare
		if a.alertsNominalW(k) > avail {
			k = alertsMarks
		}
		form := a.alertsForm(k)
		return form, textRoom(form, a.alertsNominalW(k))
	}
}

// alertsGoneFit is the room the alerts' absence keeps beside "wb" (lead)
// at the alerts' turn to give way: that of the form alertsFit would say
// in the cells the line gives them, so alerts coming move no other part.
func (a *App) alertsGoneFit(lead string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		sep := ansi.StringWidth(" │ ")
		if ansi.StringWidth(lead)+room <= avail {
			return lead, room
		}
		k := alertsBare
		if ansi.StringWidth(lead)+sep+a.alertsNominalW(k) > avail {
			k = alertsMarks
		}
		return lead, a.alertsNominalW(k) + sep
	}
}

// alertsFitLast is the alerts' last turn to give way, after the read
// count: where even their marks with the stale count held at its nominal
// width do not fit, the stale count goes whole, at this width whatever
// it counts (the Machines pane says which keys are stale); with only
// stale keys now, the alerts are said by their room alone ("").
func (a *App) alertsFitLast(text string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if ansi.StringWidth(text)+room <= avail {
			return text, room
		}
		form, nominal := a.alertsForm(alertsNoStale), a.alertsNominalW(alertsNoStale)
		if form == "" && nominal > 0 {
			return "", nominal + ansi.StringWidth(" │ ")
		}
		return form, textRoom(form, nominal)
	}
}

// alertsGoneFitLast is alertsFitLast's turn where no alerts are up now.
func (a *App) alertsGoneFitLast(lead string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if ansi.StringWidth(lead)+room <= avail {
			return lead, room
		}
		if nominal := a.alertsNominalW(alertsNoStale); nominal > 0 {
			return lead, nominal + ansi.StringWidth(" │ ")
		}
		return lead, 0
	}
}

// alertsNominalW is the cells the alerts take in form k at their
// nominal counts (alertsNominal), or as they are now where that is
// wider; 0 where none can come.
func (a *App) alertsNominalW(k int) int {
	w := ansi.StringWidth(a.alertsForm(k))
	if words, marks := a.alertsNominal(k); len(words) > 0 {
		w = max(w, ansi.StringWidth(alertsText(a.panes[paneSeries].Title(), words, marks, k)))
	}
	return w
}

// alertsRoomFull is the room the alerts said whole hold beside their
// text: to their nominal width, or the widest of the last minute.
func (a *App) alertsRoomFull() int {
	return textRoom(a.alertsForm(alertsFull), a.alertsHeldFull())
}

// alertsHeldFull is the cells the alerts' full form is held at, alerts
// or none: their nominal width, or the widest of the last minute where
// that is wider (counts past the nominal digits).
func (a *App) alertsHeldFull() int {
	w := a.alertsHeld.w()
	if a.hdr.viewOnCluster {
		w = max(w, a.alertsNominalW(alertsFull))
	}
	return w
}

// alertsNominal is the alerts a line is cut for from the first frame,
// before any came, in their words and their marks: a crit and a warn
// count (`!!9 crit · !9 warn`, `!!9 · !9`) where the view has those
// thresholds, and a stale count (`9 keys stale`) where it has keys (any
// of them may go silent), each as many digits wide as the view's key
// count, two at least (`!!99` for the demo's 18 machines): no count can pass that, so
// the alerts coming, going or growing leave the line's cuts as they are.
func (a *App) alertsNominal(k int) (words, marks []string) {
	if !a.hdr.viewOnCluster {
		return nil, nil
	}
	// two digits at least: a view's keys come over its first seconds, and
	// the room that grew at the demo's tenth machine re-cut the line once
	n := count(nines(max(a.hdr.keys, 10)))
	if a.hdr.crits {
		words, marks = append(words, "!!"+n+" crit"), append(marks, "!!"+n)
	}
	if a.hdr.warns {
		words, marks = append(words, "!"+n+" warn"), append(marks, "!"+n)
	}
	// the demo's keys come over its first seconds: held as if they had,
	// so its first frames are cut as the later ones (ut39-2)
	if (a.hdr.keys > 0 || a.c.Cluster.Embedded) && k != alertsNoStale { // in alertsForm's words: the keys named where the title is not beside them
		s := n + " keys stale"
		if k == alertsFull {
			s = n + " stale"
		}
		words, marks = append(words, s), append(marks, s)
	}
	return words, marks
}

// nines is the widest number with as many digits as n (9 at least).
func nines(n int) int {
	w := 9
	for w < n {
		w = w*10 + 9
	}
	return w
}
