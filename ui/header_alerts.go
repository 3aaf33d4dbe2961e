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

// any says the header holds room for alerts gone within the minute.
func (r *alertsRoom) any() bool { return r.w() > 0 }

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
	if al.Stale > 0 {
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
	return strings.Join(marks, " · ")
}

// alertsFit is the alerts' form in avail cells (their held room
// included), as they are now: the widest form that fits, else the marks,
// with no room held past it. The held widths served the parts that give
// way before the alerts' words (a label's whole form, cut as if the
// alerts were as wide as in the last minute); the parts after them are
// cut as if the marks were there (alertsUnheld), so the words say what
// fits now: a crit a minute ago costs no `warn` that fits (ut32a Za2:
// `!3` with 19 cells blank at 120 columns, `!3 warn` on the demo's
// console and `Machines !3 warn` on a viewer's at the same moment). text
// is the form the line says now (a long title cut in the middle), kept
// while it fits.
func (a *App) alertsFit(text string) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if ansi.StringWidth(text) <= avail {
			return text, 0
		}
		k := alertsBare
		if ansi.StringWidth(a.alertsForm(k)) > avail {
			k = alertsMarks
		}
		return a.alertsForm(k), 0
	}
}

// alertsGoneFit is the room the alerts' absence keeps beside "wb" (lead)
// at the alerts' turn to give way: none, as alertsFit holds none past
// the form it says (the marks' room is kept for the parts after them by
// alertsUnheld, as for alerts that have not come yet).
func (a *App) alertsGoneFit(lead string) func(avail int) (string, int) {
	return func(int) (string, int) { return lead, 0 }
}

// alertsNominal is the alerts a line is cut for from the first frame,
// before any came, in their words and their marks: a crit and a warn
// count (`!!9 crit · !9 warn`, `!!9 · !9`) where the view has those
// thresholds, none for a view with neither.
func (a *App) alertsNominal() (words, marks []string) {
	if a.hdr.crits {
		words, marks = append(words, "!!9 crit"), append(marks, "!!9")
	}
	if a.hdr.warns {
		words, marks = append(words, "!9 warn"), append(marks, "!9")
	}
	return words, marks
}

// alertsUnheld is the cells the alerts, at alertsNominal in form k
// (alertsBare or alertsMarks), would take beyond what parts (the
// header's, the alerts' part or the room of gone ones in the first, in
// the form they are said now) already hold for them; 0 without a view.
func (a *App) alertsUnheld(parts []headerPart, k int) int {
	words, marks := a.alertsNominal()
	if !a.hdr.hasView || len(words) == 0 {
		return 0
	}
	sep := ansi.StringWidth(" │ ")
	want := ansi.StringWidth(alertsText(a.panes[paneSeries].Title(), words, marks, k)) + sep
	held := parts[0].room
	if len(parts) > 1 && parts[1].fit != nil && parts[1].cut == nil { // the alerts' part
		held = ansi.StringWidth(parts[1].text) + parts[1].room + sep
	}
	return max(want-held, 0)
}
