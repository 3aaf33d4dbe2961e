package ui

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The header's alerts in their forms, widest first: with the view's
// title (`Machines !!1 crit · !1 warn`), without it (`!!1 crit · !1
// warn`), short (`crit 1 · warn 1 · 2 keys stale`: each mark's count
// after its word, so the 80-column line still says what it counts,
// ut41-7; the stale count in its one form, ut42b-19). A narrow line
// says a shorter form before a profile's name is cut under
// profileNameKept (ut29 U6: `eu-we…n-ut29`, 11 cells, beside a whole
// `Machines !!1 crit · !4 warn`).
const (
	alertsFull = iota
	alertsBare
	alertsMarks
	// alertsMarksLean is the short form with the stale count without
	// its noun (`crit 1 · warn 3 · 2 stale`), held at its nominal width:
	// the form where the noun's cells would take the read count, as
	// `stale 25` was (ut42b-19, ut40b-4), never in the borders' form of a
	// time; the counts said now keep the noun where they leave it room
	// (`warn 1 · 1 key stale` in the room of `crit 10 · warn 2 · 2
	// stale`)
	alertsMarksLean
	// alertsNoStale is the short form without the stale count: its last
	// form but one, where the line has not the room for the count
	// (alertsFitLast)
	alertsNoStale
	// alertsTerse is the marks alone, `!!1 · !3`: the last form, where
	// not even `crit 1 · warn 3` fits beside the rate and the cluster's
	// address (a 40-column line, a long profile name at 80)
	alertsTerse
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
	a.alertsHeld.held.note(draw.Width(a.alertsForm(alertsFull)), now)
}

// alertsForm is the alerts in form k, styled; "" with no alerts.
func (a *App) alertsForm(k int) string {
	words, marks := alertsParts(a.hdr.alerts, k, a.c.Styles)
	if len(words) == 0 {
		return ""
	}
	return alertsText(a.panes[paneSeries].Title(), words, marks, k)
}

// alertsParts are the counts of al in their words (`!!1 crit`, `!3
// warn`, `2 keys stale`) and in their short form (`crit 1`, `warn 3`,
// `2 keys stale`), styled by st (nil:
// unstyled, to measure). The short form names what it counts, as the
// words do, in fewer cells than `!!1 · !3 · 2 keys stale` took: bare
// marks said nothing of what they count (ut41-7: `!!1 · !3` beside 22
// blank cells).
func alertsParts(al model.Alerts, k int, st *Styles) (words, marks []string) {
	paint := func(s lipgloss.Style, text string) string {
		if st == nil {
			return text
		}
		return s.Render(text)
	}
	var crit, warn, dim lipgloss.Style
	if st != nil {
		crit, warn, dim = st.Crit, st.Warn, st.Dim
	}
	critMark, warnMark := "crit ", "warn "
	if k == alertsTerse {
		critMark, warnMark = "!!", "!"
	}
	if al.Crit > 0 {
		words = append(words, paint(crit, "!!"+count(al.Crit)+" crit"))
		marks = append(marks, paint(crit, critMark+count(al.Crit)))
	}
	if al.Warn > 0 {
		words = append(words, paint(warn, "!"+count(al.Warn)+" warn"))
		marks = append(marks, paint(warn, warnMark+count(al.Warn)))
	}
	if al.Stale > 0 && k != alertsNoStale && k != alertsTerse {
		// the count comes before its word in every form, since `stale 25`
		// is the borders' form of a time (`stale 21s`: ut42b-19); without
		// the view's title beside it, it says what is stale, the view's
		// keys (ut34b-19: a bare `40 stale`), where the line holds them
		s := plural(al.Stale, "key") + " stale"
		if k == alertsFull || k == alertsMarksLean {
			s = count(al.Stale) + " stale"
		}
		words, marks = append(words, paint(dim, s)), append(marks, paint(dim, s))
	}
	return words, marks
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
		if draw.Width(text)+room <= avail {
			return text, room
		}
		k := a.alertsFitForm(avail)
		form, nominal := a.alertsForm(k), a.alertsNominalW(k)
		if withNoun := a.alertsForm(alertsMarks); k == alertsMarksLean && draw.Width(withNoun) <= nominal {
			form = withNoun // the counts now leave the noun its cells in the room held
		}
		return form, textRoom(form, nominal)
	}
}

// alertsFitForm is the form alertsFit says in avail cells: the widest of
// the bare words, the short form and the short form without the stale
// count's noun whose nominal width fits, else that last.
func (a *App) alertsFitForm(avail int) int {
	for _, k := range []int{alertsBare, alertsMarks} {
		if a.alertsNominalW(k) <= avail {
			return k
		}
	}
	return alertsMarksLean
}

// alertsGoneFit is the room the alerts' absence keeps (lead: their "")
// at the alerts' turn to give way: that of the form alertsFit would say
// in the cells the line gives them, so alerts coming move no other part.
func (a *App) alertsGoneFit(lead string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		sep := draw.Width(" │ ")
		if draw.Width(lead)+room <= avail {
			return lead, room
		}
		return lead, a.alertsNominalW(a.alertsFitForm(avail-draw.Width(lead)-sep)) + sep
	}
}

// alertsFitLast is the alerts' last turn to give way, after the read
// count: where even their short form with the stale count held at its
// nominal width does not fit, the stale count goes whole, at this width
// whatever it counts (the Machines pane says which keys are stale), and
// where `crit 1 · warn 3` does not fit either, the marks alone say them
// (`!!1 · !3`); with only stale keys now, the alerts are said by their
// room alone ("").
func (a *App) alertsFitLast(text string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if draw.Width(text)+room <= avail {
			return text, room
		}
		k := a.alertsLastForm(avail)
		form, nominal := a.alertsForm(k), a.alertsNominalW(k)
		if form == "" && nominal > 0 {
			return "", nominal + draw.Width(" │ ")
		}
		return form, textRoom(form, nominal)
	}
}

// alertsLastForm is the form alertsFitLast says in avail cells: the
// short form without the stale count where its nominal width fits, else
// the marks.
func (a *App) alertsLastForm(avail int) int {
	if a.alertsNominalW(alertsNoStale) <= avail {
		return alertsNoStale
	}
	return alertsTerse
}

// alertsGoneFitLast is alertsFitLast's turn where no alerts are up now.
func (a *App) alertsGoneFitLast(lead string, room int) func(avail int) (string, int) {
	return func(avail int) (string, int) {
		if draw.Width(lead)+room <= avail {
			return lead, room
		}
		sep := draw.Width(" │ ")
		if nominal := a.alertsNominalW(a.alertsLastForm(avail - draw.Width(lead) - sep)); nominal > 0 {
			return lead, nominal + sep
		}
		return lead, 0
	}
}

// alertsNominalW is the cells the alerts take in form k at the widest
// counts the view can show (alertsNominal), or as they are now where
// that is wider; 0 where none can come.
func (a *App) alertsNominalW(k int) int {
	w := draw.Width(a.alertsForm(k))
	title := a.panes[paneSeries].Title()
	for _, al := range a.alertsNominal() {
		if words, marks := alertsParts(al, k, nil); len(words) > 0 {
			w = max(w, draw.Width(alertsText(title, words, marks, k)))
		}
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
// before any came: every spread of counts the view can show, of the
// kinds it can raise (crit and warn where it has those thresholds, stale
// where it has keys: any may go silent). Each key counts once
// (model.CountAlerts), so the counts together are at most the view's
// keys (alertsKeysHeld): for the demo's machines one count of two digits
// and two of one, `!!10 crit · !1 warn · 1 key stale`, not `!!99 · !99
// · 99 keys stale`, whose room kept the 80-column line's read count and
// the 200-column line's `real cluster` hint out beside blank cells
// (ut40a-1, ut40a-13). Only the digits (and a noun's plural) set a
// form's width, so the spreads tried are of 0, 1, 2 and the powers of
// ten: no count can pass them, so the alerts coming, going or growing
// leave the line's cuts as they are.
func (a *App) alertsNominal() []model.Alerts {
	if !a.hdr.viewOnCluster {
		return nil
	}
	keys := alertsKeysHeld(a.hdr.keys)
	var crits, warns, stales []int
	for _, n := range nominalCounts(keys) {
		if a.hdr.crits || n == 0 {
			crits = append(crits, n)
		}
		if a.hdr.warns || n == 0 {
			warns = append(warns, n)
		}
		// the demo's keys come over its first seconds: held as if they
		// had, so its first frames are cut as the later ones (ut39-2)
		if a.hdr.keys > 0 || a.c.Cluster.Embedded || n == 0 {
			stales = append(stales, n)
		}
	}
	var out []model.Alerts
	for _, c := range crits {
		for _, w := range warns {
			for _, s := range stales {
				if c+w+s <= keys && c+w+s > 0 {
					out = append(out, model.Alerts{Crit: c, Warn: w, Stale: s})
				}
			}
		}
	}
	return out
}

// alertsKeysHeld is the keys the alerts' room is held for: the view's,
// and 20 at least, since a view's keys come over its first seconds and a
// room that grew as they came re-cut the line (the demo's 18 machines;
// ut39-2): up to 20 keys one count may have two digits beside two of
// one.
func alertsKeysHeld(keys int) int { return max(keys, 20) }

// nominalCounts are the counts that set the alerts' widest forms for
// up to keys keys: none, 1 and 2 (`key`, `keys`), and each power of ten
// up to keys.
func nominalCounts(keys int) []int {
	out := []int{0, 1, 2}
	for n := 10; n <= keys; n *= 10 {
		out = append(out, n)
	}
	return out
}
