package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A saved view whose topic is on a cluster without the demo's topics
// comes back in pane 1 of the Topics-first layout, shown on top while
// focused, as in the session that made it: it does not bring the demo's
// Riders and Students (not on the cluster) into the grid (ut24a P7). A
// configured view's topic on the cluster still gives panes 1-3 the top
// row, as the README says.
func TestSavedViewKeepsTheClusterLayout(t *testing.T) {
	view := model.TopicView{Topic: "payments", Kind: model.SeriesView, Title: "payments", Key: "@key",
		Fields: []model.Field{{Path: "amount", Label: "amount"}}}
	for _, tt := range []struct {
		name        string
		saved       bool
		wantForeign bool
	}{
		{"saved in views.toml", true, true},
		{"configured", false, false},
	} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			v := view
			v.Saved = tt.saved
			store := model.NewStore(append(model.DefaultViews(), v), model.DefaultLimits())
			c := &Common{Ctx: context.Background(), Store: store, Views: store, Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "kafka:9092"}}
			a := New(c)
			a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			store.Update(func(st *model.State) {
				st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
				st.Topics = []string{"orders", "payments"}
			})
			a.Update(changedMsg{version: store.Version()})
			got := screen(a)
			if a.foreign != tt.wantForeign {
				t.Fatalf("%s %dx%d: foreign layout %v, want %v:\n%s", tt.name, size[0], size[1], a.foreign, tt.wantForeign, got)
			}
			if tt.saved && (strings.Contains(got, "Riders") || strings.Contains(got, "Students")) {
				t.Errorf("%s %dx%d: the demo's views take boxes on a cluster without their topics:\n%s", tt.name, size[0], size[1], got)
			}
			if tt.saved {
				do(a, "1")
				if got := screen(a); !strings.Contains(got, "1 payments") {
					t.Errorf("%s %dx%d: 1 does not show the saved view:\n%s", tt.name, size[0], size[1], got)
				}
			}
		}
	}
}

// A view pane's sentence reads whole in its box, or by its first clause,
// or ends with "…": never a sentence stopping mid-way (ut24a P7, kind 9).
func TestViewSentenceFitsItsBox(t *testing.T) {
	st := NewStyles(true)
	const text = "rider-updates is not on this cluster · [[view]] in the config sets what panes 1-3 show (README: Configuration)"
	for _, tt := range []struct {
		w, h int
		want string // the last row, or the text the rows hold
	}{
		{200, 3, text},
		{30, 2, "rider-updates is not on this cluster"},
		{16, 2, "…"},
		{30, 8, text},
	} {
		lines := noticeIn(st, text, tt.w, tt.h)
		if len(lines) > tt.h {
			t.Errorf("%dx%d: %d rows", tt.w, tt.h, len(lines))
		}
		var plain []string
		for _, l := range lines {
			l = ansi.Strip(l)
			if ansi.StringWidth(l) > tt.w {
				t.Errorf("%dx%d: row %q wider than the box", tt.w, tt.h, l)
			}
			plain = append(plain, strings.TrimSpace(l))
		}
		joined := strings.Join(plain, " ")
		if tt.want == "…" {
			if !strings.HasSuffix(joined, "…") {
				t.Errorf("%dx%d: %q does not end with …", tt.w, tt.h, joined)
			}
		} else if joined != tt.want {
			t.Errorf("%dx%d: %q, want %q", tt.w, tt.h, joined, tt.want)
		}
	}
}

// The status and series panes say it so in a two-row box.
func TestViewPaneSentenceInASmallBox(t *testing.T) {
	store := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	store.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Topics = []string{"orders"}
	})
	c := &Common{Ctx: context.Background(), Store: store, Views: store, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "kafka:9092"}, Styles: NewStyles(true)}
	for _, p := range []Pane{NewStatusPane(c, model.RiderTopic, "Riders"), NewSeriesPane(c, model.LaundryTopic, "Machines")} {
		p.SetSize(30, 2)
		store.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
		lines := p.Lines(false)
		var plain []string
		for _, l := range lines {
			plain = append(plain, strings.TrimSpace(ansi.Strip(l)))
		}
		joined := strings.Join(plain, " ")
		if len(lines) > 2 || !strings.HasSuffix(joined, "is not on this cluster") && !strings.HasSuffix(joined, "…") {
			t.Errorf("%s in 30x2: %q: not whole, not its first clause, not ending with …", p.Title(), joined)
		}
	}
}

// A view opened with v on a cluster without the views' topics keeps the
// Topics-first layout when topics come and go (the panes are bound again
// then): it is on top while focused, never a reason for the grid.
func TestOpenedViewKeepsTheLayoutAsTopicsChange(t *testing.T) {
	a := foreignApp(t, 140, 40)
	var recs []model.Record
	for i := range 6 {
		recs = append(recs, model.Record{Topic: "payments", Partition: 0, Offset: int64(i), Time: fixedNow,
			Key: []byte("u-" + itoa(i%3)), Value: []byte(`{"amount":` + itoa(i) + `}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "8", "/", "payments", "enter", "v")
	_, cmd := a.Update(keyPress("enter"))
	run(a, cmd)
	if a.focus != paneSeries || !a.foreign {
		t.Fatalf("focus %d foreign %v: want the view on top of the cluster's layout", a.focus, a.foreign)
	}
	store := a.c.Store.(*model.Store)
	store.Update(func(st *model.State) { st.Topics = append(st.Topics, "zz-new-topic") })
	a.Update(changedMsg{version: store.Version()})
	screen(a)
	if !a.foreign {
		t.Fatalf("a topic created flipped the layout to the grid:\n%s", screen(a))
	}
}
