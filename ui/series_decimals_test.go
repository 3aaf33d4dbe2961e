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
