package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// A status view's help says what `s` sorts by and what `/` matches in
// the view's own words, as Machines' does (ut36a-3: Riders said only
// `s sort   / filter` above a dozen empty rows).
func TestStatusHelpSaysSortAndFilter(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := historyApp(t, size[0], size[1], 8)
		do(a, "2", "?")
		got := ansi.Strip(screen(a))
		if !strings.Contains(got, "sort: name, location, since, last seen") || !strings.Contains(got, "filter: by name or location") {
			t.Errorf("%dx%d: Riders' help does not say its sort and filter:\n%s", size[0], size[1], got)
		}
	}
}

// On a cluster without the demo's topics, a view opened with `v` in
// pane 2 is listed in help's panes with its number, as `2` shows it
// (ut36b-26: the list left out 1 and 2 with both open).
func TestHelpListsViewOpenedOnAnotherCluster(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := foreignApp(t, size[0], size[1])
		var recs []model.Record
		for i := range 6 {
			recs = append(recs, model.Record{Topic: "payments", Partition: i % 3, Offset: int64(i), Time: fixedNow,
				Key: []byte("k-" + itoa(i)), Value: []byte(`{"n":1}`)})
		}
		openFoldedView(t, a, recs, "status key=@key status=@partition")
		do(a, "z", "?")
		got := ansi.Strip(screen(a))
		if !strings.Contains(got, "2 payments") || strings.Contains(got, "1 Series view") {
			t.Errorf("%dx%d: help's panes leave out the view in pane 2, or list the demo's:\n%s", size[0], size[1], got)
		}
		if !strings.Contains(got, "sort: key, partition, since, last seen") {
			t.Errorf("%dx%d: the view's help does not say its sort:\n%s", size[0], size[1], got)
		}
	}
}
