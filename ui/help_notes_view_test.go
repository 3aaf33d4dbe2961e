package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A series view's help names its own status field on the filter key's
// line, and none when it has none: never the demo's `program` (ut24a: a view of
// card decisions said `/ filters by id or program`).
func TestSeriesHelpNamesTheViewsFields(t *testing.T) {
	for _, tt := range []struct {
		status, want string
	}{
		{"decision", "by id or decision"},
		{"", "by id"},
	} {
		v := model.TopicView{Topic: "card", Kind: model.SeriesView, Title: "card", Status: tt.status,
			Fields: []model.Field{{Path: "amount", Label: "amount"}}}
		store := model.NewStore([]model.TopicView{v}, model.DefaultLimits())
		c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Keys: DefaultKeyMap()}
		notes := NewSeriesPane(c, "card", "card").HelpKeyNotes()["/"]
		if notes != tt.want || strings.Contains(notes, "program") || tt.status == "" && strings.Contains(notes, " or ") {
			t.Errorf("status %q: help notes %q, want %q", tt.status, notes, tt.want)
		}
	}
}
