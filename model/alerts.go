package model

import "time"

// Level is the worst level of the entry's latest values against the
// view's thresholds.
func (e *SeriesEntry) Level(v *TopicView) Level {
	worst := LevelOK
	for i := range v.Fields {
		if i < len(e.Values) {
			worst = max(worst, v.Fields[i].LevelOf(e.Values[i]))
		}
	}
	return worst
}

// IsStale reports whether a key has been silent longer than the view allows.
func (v *TopicView) IsStale(lastSeen, now time.Time) bool {
	return now.Sub(lastSeen) > v.StaleAfter()
}

// Alerts counts the keys of a series table in warn, in crit, and stale at
// now: the header's "which machine is in trouble" summary.
type Alerts struct{ Warn, Crit, Stale int }

// CountAlerts counts t's keys by level and staleness. A stale key counts
// as stale only: its values are old news, not a machine in crit now.
func CountAlerts(t *SeriesTable, now time.Time) Alerts {
	var a Alerts
	for _, e := range t.Entries {
		if t.View.IsStale(e.LastSeen, now) {
			a.Stale++
			continue
		}
		switch e.Level(t.View) {
		case LevelWarn:
			a.Warn++
		case LevelCrit:
			a.Crit++
		}
	}
	return a
}
