package model

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// ViewKind says how a topic's records are folded into a pane.
type ViewKind string

const (
	// SeriesView keeps numeric fields per key over time (Machines).
	SeriesView ViewKind = "series"
	// StatusView keeps a categorical field per key (Riders, Students).
	StatusView ViewKind = "status"
)

// Field is one numeric payload field of a series view.
type Field struct {
	Path  string   // JSON path, dot separated ("a.b.c")
	Label string   // column title
	Unit  string   // printed after the value
	Warn  *float64 // optional threshold
	Crit  *float64 // optional threshold
}

// TopicView declares how one topic is shown: which pane, which field is the
// key, which fields are numbers or a status. Views are configuration; the
// seed topics' views are the defaults.
type TopicView struct {
	Topic  string
	Kind   ViewKind
	Title  string
	Key    string            // JSON path of the key; the record key when absent
	Fields []Field           // series: numeric fields
	Status string            // status field (series: optional, e.g. program)
	Enum   map[string]string // status values to names ("0" -> "LoggedIn")

	// History and staleness (zero: DefaultWindow, DefaultBucket, DefaultStale).
	Span   time.Duration // how far back sparklines and charts reach
	Bucket time.Duration // one point of history
	Stale  time.Duration // a key silent this long is marked stale
	// Rate is what a status view's per-status sparkline counts: RateUpdates
	// (records per status, e.g. rider locations) or RateChanges (keys
	// moving into a status, e.g. logins). Empty means RateUpdates.
	Rate string
	// Saved marks a view made in the console and saved to views.toml: it
	// comes back at the next start and takes a view pane (1-3) before the
	// demo's defaults.
	Saved bool
	// BuiltIn marks the seed topics' views washboard ships with
	// (DefaultViews), used when the config names no view, so `v` can say
	// where a view comes from truthfully (ut36a-15: `(from the config)`
	// with no config file).
	BuiltIn bool
}

// Status view rates.
const (
	RateUpdates = "updates"
	RateChanges = "changes"
)

// History is the geometry of the view's per-key and per-status history.
func (v *TopicView) History() Window { return NewWindow(v.Span, v.Bucket) }

// StaleAfter is how long a key may be silent before it is marked stale.
func (v *TopicView) StaleAfter() time.Duration {
	if v.Stale > 0 {
		return v.Stale
	}
	return DefaultStale
}

// Validate reports a view that cannot work, naming the topic.
func (v *TopicView) Validate() error {
	switch {
	case v.Topic == "":
		return fmt.Errorf("view %q: topic is empty", v.Title)
	case v.Kind != SeriesView && v.Kind != StatusView:
		return fmt.Errorf("view %s: kind %q is neither %q nor %q%s", v.Topic, v.Kind, SeriesView, StatusView, didYouMean(string(v.Kind), string(SeriesView), string(StatusView)))
	case v.Kind == SeriesView && len(v.Fields) == 0:
		return fmt.Errorf("view %s: a series view needs at least one field", v.Topic)
	case v.Kind == StatusView && v.Status == "":
		return fmt.Errorf("view %s: a status view needs a status field", v.Topic)
	case v.Rate != "" && v.Rate != RateUpdates && v.Rate != RateChanges:
		return fmt.Errorf("view %s: rate %q is neither %q nor %q%s", v.Topic, v.Rate, RateUpdates, RateChanges, didYouMean(v.Rate, RateUpdates, RateChanges))
	case v.Span < 0 || v.Bucket < 0 || v.Stale < 0:
		return fmt.Errorf("view %s: window, bucket and stale must not be negative", v.Topic)
	}
	for _, f := range v.Fields {
		if f.Path == "" {
			return fmt.Errorf("view %s: a field has an empty path", v.Topic)
		}
	}
	return nil
}

// Seed topic names: the systems in shared/seeds use these.
const (
	LaundryTopic = "laundry-machine-logs"
	RiderTopic   = "rider-updates"
	StudentTopic = "Student"
)

// DefaultViews are the views of the three seed topics, in pane order,
// marked BuiltIn.
func DefaultViews() []TopicView {
	vs := defaultViews()
	for i := range vs {
		vs[i].BuiltIn = true
	}
	return vs
}

// defaultViews is DefaultViews before they are marked.
func defaultViews() []TopicView {
	return []TopicView{
		{
			Topic: LaundryTopic, Kind: SeriesView, Title: "Machines", Key: "machine_id", Status: "program",
			Fields: []Field{
				{Path: "load_kg", Label: "load", Unit: "kg"},
				{Path: "heat_c", Label: "heat", Unit: "°C", Warn: ptr(80), Crit: ptr(95)},
				{Path: "power_w", Label: "power", Unit: "W", Warn: ptr(2800)},
			},
		},
		{Topic: RiderTopic, Kind: StatusView, Title: "Riders", Key: "name", Status: "location"},
		{
			Topic: StudentTopic, Kind: StatusView, Title: "Students", Key: "StudentId", Status: "State",
			Enum: map[string]string{"0": "LoggedIn", "1": "LoggedOut"}, Rate: RateChanges,
		},
	}
}

func ptr(f float64) *float64 { return &f }

// Level is a value's place against its thresholds.
type Level int

const (
	LevelOK Level = iota
	LevelWarn
	LevelCrit
)

// LevelOf places v against f's thresholds; NaN (no value) is OK.
func (f *Field) LevelOf(v float64) Level {
	switch {
	case math.IsNaN(v):
		return LevelOK
	case f.Crit != nil && v >= *f.Crit:
		return LevelCrit
	case f.Warn != nil && v >= *f.Warn:
		return LevelWarn
	}
	return LevelOK
}

// FormatDecimals prints v with decimals digits after the point and the
// field's unit, or "-" when there is no value (NaN). A table prints a
// field with one precision everywhere (Table.Decimals).
func (f *Field) FormatDecimals(v float64, decimals int) string {
	if math.IsNaN(v) {
		return "-"
	}
	return strconv.FormatFloat(v, 'f', decimals, 64) + f.Unit
}

// MaxDecimals is the most decimals a field is printed with: cents and
// thousandths read whole; past them a float's noise (0.30000000000000004)
// would take the column.
const MaxDecimals = 3

// ValueDecimals is how many decimals v needs, up to MaxDecimals: 0 for a
// whole number or no value (NaN), 1 for 55.3, 2 for 4666.38 and 0.01. A
// float32's noise (55.29999923706055, an Avro float) counts as the
// decimals it was written with: the digits past them are within 1e-7 of
// the value, a float32's precision.
func ValueDecimals(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	scale := 1.0
	for d := range MaxDecimals {
		x := v * scale
		if math.Abs(x-math.Round(x)) <= 1e-7*math.Max(1, math.Abs(x)) {
			return d
		}
		scale *= 10
	}
	return MaxDecimals
}

// didYouMean is ": did you mean X?" for the word of words nearest to got
// (Closest), "" when none is near.
func didYouMean(got string, words ...string) string {
	if near := Closest(got, words); near != "" {
		return ": did you mean " + near + "?"
	}
	return ""
}
