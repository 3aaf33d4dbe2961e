package ui

import (
	"context"
	"regexp"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// A long topic is cut the same way on every row of the Log, whatever the
// digits of each row's partition and offset: the rows of one topic must
// read as one topic, at 80x24 and 200x50, live and paged back.
func TestLogCutsATopicOneWay(t *testing.T) {
	const topic = "payments-settlement-events-from-the-eu-west-cluster-v2"
	var recs []model.Record
	for _, at := range []struct {
		part int
		off  int64
	}{{0, 7}, {0, 8}, {1, 9}, {1, 10}, {12, 999}, {3, 123456}, {0, 9}} {
		recs = append(recs, model.Record{Topic: topic, Partition: at.part, Offset: at.off, Time: fixedNow, Value: []byte(`{"n":1}`)})
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		s.Fold(recs, fixedNow)
		c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		press(a, "6", "z")
		got := screen(a)
		cut := regexp.MustCompile(`\d\d:\d\d:\d\d (\S+?)/[0-9]+@[0-9]+`).FindAllStringSubmatch(got, -1)
		if len(cut) != len(recs) {
			t.Fatalf("%dx%d: %d rows of %s, want %d:\n%s", size[0], size[1], len(cut), topic, len(recs), got)
		}
		for _, m := range cut[1:] {
			if m[1] != cut[0][1] {
				t.Errorf("%dx%d: the topic is cut as %q and as %q:\n%s", size[0], size[1], cut[0][1], m[1], got)
			}
		}
	}
}
