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

// With a config of a series and a status view (no second status view),
// pane 3 says it has no view on one line, in a form that reads whole, and
// pane 2's view gets the rows: both its keys show (ut25a Q13: pane 3's
// sentence stopped at `(see [[view]] in` in half the column while pane 2
// showed 1 of its 2 rows). Kinds 9 and 5, at the grid's sizes.
func TestEmptyViewPaneLeavesItsRowsToTheView(t *testing.T) {
	views := []model.TopicView{
		{Topic: "shipments", Kind: model.SeriesView, Title: "Shipments", Key: "id", Fields: []model.Field{{Path: "kg", Label: "kg", Unit: "kg"}}},
		{Topic: "shipments", Kind: model.StatusView, Title: "Shipment states", Key: "id", Status: "state"},
	}
	for _, size := range [][2]int{{80, 24}, {120, 30}, {200, 50}} {
		store := model.NewStore(views, model.DefaultLimits())
		c := &Common{Ctx: context.Background(), Store: store, Views: store, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "kafka:9092"}}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		var recs []model.Record
		for i, k := range []string{"s-1", "s-2"} {
			recs = append(recs, model.Record{Topic: "shipments", Offset: int64(i), Time: fixedNow,
				Value: []byte(`{"id":"` + k + `","kg":1.2,"state":"SHIPPED"}`)})
		}
		store.Fold(recs, fixedNow)
		store.Update(func(st *model.State) {
			st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
			st.Topics = []string{"shipments"}
		})
		a.Update(changedMsg{version: store.Version()})
		got := screen(a)
		if testing.Verbose() {
			t.Log("\n" + got)
		}
		empty := boxRows(t, got, "3 Status view")
		text := strings.Join(strings.Fields(strings.Join(empty, " ")), " ")
		whole := text == "no status view configured (see [[view]] in config.example.toml)" ||
			text == "no status view configured (see [[view]])" || text == "no status view configured"
		if len(empty) != 1 || !whole {
			t.Errorf("%dx%d: pane 3 without a view reads %q on %d rows, want one row of a whole form:\n%s", size[0], size[1], text, len(empty), got)
		}
		rows := strings.Join(boxRows(t, got, "2 Shipment states"), "\n")
		if !strings.Contains(rows, "s-1") || !strings.Contains(rows, "s-2") {
			t.Errorf("%dx%d: pane 2 does not show both its keys:\n%s", size[0], size[1], got)
		}
	}
}

// A view pane without a view says so whole, in the longest form its box
// holds, or cut with `…`: never stopping mid-sentence.
func TestNoViewSentenceForms(t *testing.T) {
	st := NewStyles(true)
	for _, tt := range []struct {
		topic string
		w, h  int
		want  string
	}{
		{"", 80, 1, "no series view configured (see [[view]] in config.example.toml)"},
		{"", 44, 1, "no series view configured (see [[view]])"},
		{"", 30, 1, "no series view configured"},
		{"", 30, 3, "no series view configured (see [[view]] in config.example.toml)"},
		{"", 16, 1, "no series view…"},
		{"orders", 30, 1, "no view for orders"},
	} {
		lines := noViewIn(st, tt.topic, model.SeriesView, tt.w, tt.h)
		got := strings.Join(strings.Fields(ansi.Strip(strings.Join(lines, " "))), " ")
		if len(lines) > tt.h || got != tt.want {
			t.Errorf("%dx%d: %q on %d rows, want %q", tt.w, tt.h, got, len(lines), tt.want)
		}
	}
}

// On a cluster without the demo's topics and no config, panes 1-3 (the
// demo's views, whose topics are not there) are titled by their kind, in
// their boxes and in help: not `1 Machines 2 Riders 3 Students` over
// `laundry-machine-logs is not on this cluster` (ut25a Q9). The demo's
// own cluster keeps the demo's titles.
func TestDemoViewPanesOnAnotherClusterAreTitledByKind(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		do(a, "1")
		got := screen(a)
		if !strings.Contains(got, "1 Series view") || strings.Contains(got, "Machines") || !strings.Contains(got, "laundry-machine-logs is not on this cluster") {
			t.Errorf("%dx%d: pane 1 on a cluster without the laundry:\n%s", size[0], size[1], got)
		}
		help := strings.Join(a.helpLines(), "\n")
		for _, name := range []string{"Machines", "Riders", "Students"} {
			if strings.Contains(help, name) {
				t.Errorf("%dx%d: help names %s on a cluster without it:\n%s", size[0], size[1], name, help)
			}
		}
		// The grid of such a cluster has no view panes: help's pane list
		// leaves them out (ut35-2, ut35-11).
		if h := ansi.Strip(help); strings.Contains(h, "1 Series view") || strings.Contains(h, "2 Status view") || !strings.Contains(h, "4 Partitions") {
			t.Errorf("%dx%d: help lists view panes the grid does not show:\n%s", size[0], size[1], help)
		}
		do(a, "?")
		if got := screen(a); !strings.Contains(got, "keys · Series view") {
			t.Errorf("%dx%d: help's title:\n%s", size[0], size[1], got)
		}
	}
	a, _ := demoLikeApp(t, 80, 24, new(time.Time), false)
	if help := strings.Join(a.helpLines(), "\n"); !strings.Contains(help, "Machines") || !strings.Contains(screen(a), "1 Machines") {
		t.Errorf("the demo's titles are gone on its cluster:\n%s\n%s", screen(a), help)
	}
}

// A status view of the partition heads its status column with one word
// on one screen: the per-status table over the key list says what the
// list says, `part` where the list's keys leave it no more, `partition`
// where they do (ut25a Q11: `partition` over the table, `part` over the
// list, on the 80x24 zoomed screen of 66-character keys).
func TestPartitionViewHeadsOneWord(t *testing.T) {
	for _, tt := range []struct {
		name string
		key  string
		want string
	}{
		{"66-character keys", strings.Repeat("card-holder-", 5) + "000000", "part"},
		{"short keys", "c-", "partition"},
	} {
		for _, size := range [][2]int{{80, 24}, {200, 50}} {
			if tt.want == "part" && size[0] == 200 {
				continue // 200 cells hold the long keys and the whole word
			}
			a := foreignApp(t, size[0], size[1])
			var recs []model.Record
			for i := range 9 {
				recs = append(recs, model.Record{Topic: "payments", Partition: i % 3, Offset: int64(i), Time: fixedNow,
					Key: []byte(tt.key + itoa(i)), Value: []byte(`{"n":1}`)})
			}
			openFoldedView(t, a, recs, "status key=@key status=@partition")
			got := screen(a)
			var table, list string
			for _, l := range strings.Split(got, "\n") {
				f := strings.Fields(strings.Trim(l, "│ "))
				switch {
				case len(f) > 2 && f[1] == "now" && f[2] == "updates":
					table = f[0]
				case len(f) > 3 && f[len(f)-2] == "since" && f[len(f)-1] == "seen":
					list = strings.TrimSuffix(f[len(f)-3], "▼")
				}
			}
			if table != tt.want || list != tt.want {
				t.Errorf("%s %dx%d: the table heads %q, the list %q, want %q for both:\n%s", tt.name, size[0], size[1], table, list, tt.want, got)
			}
		}
	}
}

// A view pane whose topic is not on the cluster says in its border what
// it is for there and how to chart a topic that is, not `0 keys · sort
// id` (a count and an order of nothing), for each of panes 1-3.
func TestAbsentViewPaneBorderSaysWhatItIsFor(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		for _, pane := range []string{"1", "2", "3"} {
			a := foreignApp(t, size[0], size[1])
			do(a, pane)
			got := ansi.Strip(screen(a))
			if strings.Contains(got, "0 keys") || strings.Contains(got, "sort id") || !strings.Contains(got, "no view for this cluster") {
				t.Errorf("%dx%d pane %s: border of a view with no topic here:\n%s", size[0], size[1], pane, got)
			}
		}
	}
}
