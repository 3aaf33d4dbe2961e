package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// One long rider name does not cut every location at 80x24: the longer of
// name and status gives way first, and a short row's status is whole.
func TestStatusOneLongKeyDoesNotCutTheStatus(t *testing.T) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Fold([]model.Record{
		{Topic: model.RiderTopic, Time: fixedNow, Value: []byte(`{"name":"Jean-Baptiste Émile Zoë Ångström-Łukasiewicz","location":"north gate (building 7, level 3)"}`)},
		{Topic: model.RiderTopic, Time: fixedNow, Value: []byte(`{"name":"asha","location":"west"}`)},
	}, fixedNow)
	s.Update(func(st *model.State) { st.Topics = []string{model.RiderTopic} })
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x", Embedded: true}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "2", "z")
	got := screen(a)
	if !strings.Contains(got, "north gate (building 7, level 3)") {
		t.Errorf("the location is cut for one long name:\n%s", got)
	}
	if !strings.Contains(got, "Jean-") || !strings.Contains(got, "Łukasiewicz") {
		t.Errorf("the long name lost an end:\n%s", got)
	}
}

// A key heading wider than its column takes its short form, `id`, rather
// than being cut mid-word (ut15b C19: `Stud…tId▼` over 3-4 cell keys in
// the 80x24 grid); where it fits it is the field's name.
func TestStatusKeyHeadingShortForm(t *testing.T) {
	for _, size := range viewSizes {
		now := fixedNow
		a, _ := demoLikeApp(t, size[0], size[1], &now, true)
		got := screen(a)
		rows := boxRows(t, got, "3 Stu")
		head := ""
		for _, r := range rows {
			if strings.Contains(r, "▼") {
				head = r
				break
			}
		}
		if strings.Contains(head, "…") || !strings.HasPrefix(head, "id▼ ") && !strings.HasPrefix(head, "StudentId▼ ") {
			t.Errorf("%dx%d: the key heading is cut: %q\n%s", size[0], size[1], head, got)
		}
	}
}

// The status heading is never cut while the key column has cells to give
// (ut24a P17: `decisi…` beside a 59-cell key column, the keys cut anyway).
func TestStatusHeadingWholeWhileTheKeyGives(t *testing.T) {
	titles := []string{"key▼", "decision", "since", "seen"}
	for _, room := range []int{30, 40, 60, 76, 79, 80, 100} {
		w := statusListWidths(room, titles, 59, 7, false, 0)
		if w[1] < len("decision") {
			t.Errorf("room %d: widths %v cut the status heading while the key has %d cells", room, w, w[0])
		}
		if got := draw.RowWidth(w); got > room {
			t.Errorf("room %d: widths %v take %d cells", room, w, got)
		}
	}
}
