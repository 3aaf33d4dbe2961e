package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A column prints its values alike: an integer field reads 99 and 203
// (not 99.0 next to 203), a fractional one keeps one decimal on every row.
func TestSeriesColumnFormatsValuesAlike(t *testing.T) {
	views := []model.TopicView{{Topic: "boilers", Kind: model.SeriesView, Title: "Boilers", Key: "id",
		Fields: []model.Field{{Path: "n", Label: "count"}, {Path: "bar", Label: "pressure"}}}}
	c := &Common{Ctx: context.Background(), Store: model.NewStore(views, model.DefaultLimits()), Now: func() time.Time { return fixedNow }}
	writer(c).Fold([]model.Record{
		{Topic: "boilers", Time: fixedNow, Value: []byte(`{"id":"b-1","n":99,"bar":2.5}`)},
		{Topic: "boilers", Time: fixedNow, Value: []byte(`{"id":"b-2","n":203,"bar":150}`)},
	}, fixedNow)
	writer(c).Update(func(st *model.State) { st.Topics = []string{"boilers"} })
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	s := screen(a)
	for _, want := range []string{`b-1 +99 [^0-9]*2\.5 `, `b-2 +203 [^0-9]*150\.0 `} {
		if !regexp.MustCompile(want).MatchString(s) {
			t.Errorf("no %s: a column's values are formatted unalike\n%s", want, s)
		}
	}
	if strings.Contains(s, "99.0") {
		t.Errorf("an integer field shows decimals:\n%s", s)
	}
}

// A field has one precision however the rows are chosen: a filter that
// shows only whole values keeps the decimals the field's data needs, and
// the machine's detail prints its value and thresholds as the table does.
func TestFieldPrecisionIsTheViews(t *testing.T) {
	warn, crit := 80.0, 95.0
	views := []model.TopicView{{Topic: "boilers", Kind: model.SeriesView, Title: "Boilers", Key: "id",
		Fields: []model.Field{{Path: "n", Label: "count", Warn: &warn, Crit: &crit}, {Path: "bar", Label: "pressure"}}}}
	c := &Common{Ctx: context.Background(), Store: model.NewStore(views, model.DefaultLimits()), Now: func() time.Time { return fixedNow }}
	writer(c).Fold([]model.Record{
		{Topic: "boilers", Time: fixedNow, Value: []byte(`{"id":"b-1","n":99,"bar":2.5}`)},
		{Topic: "boilers", Time: fixedNow, Value: []byte(`{"id":"b-2","n":203,"bar":150}`)},
	}, fixedNow)
	writer(c).Update(func(st *model.State) { st.Topics = []string{"boilers"} })
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	press(a, "/", "b", "-", "2", "enter")
	s := screen(a)
	if !regexp.MustCompile(`b-2 +!!203 [^0-9]*150\.0 `).MatchString(s) {
		t.Errorf("filtered to b-2, the pressure column lost the decimal its field's data needs:\n%s", s)
	}
	press(a, "enter") // b-2's detail
	s = screen(a)
	for _, want := range []string{"count !!203", "(warn 80 · crit 95)", "pressure 150.0"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail: no %q (the table's format):\n%s", want, s)
		}
	}
	if strings.Contains(s, "80.0") || strings.Contains(s, "203.0") {
		t.Errorf("detail prints an integer field with decimals:\n%s", s)
	}
}
