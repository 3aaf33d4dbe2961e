package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Sorted by a live value, the cursor stays on the machine the user moved
// it to as the rows re-sort, so enter opens that machine (ut15b C34: the
// selection moved from machine to machine by itself).
func TestSeriesCursorFollowsItsMachineAcrossResorts(t *testing.T) {
	a := testApp(t, 120, 40)
	fold := func(key string, heat float64) {
		writer(a.c).Update(func(st *model.State) {
			model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: key, Values: []float64{1, heat, 1}}, fixedNow)
		})
		a.Update(changedMsg{version: a.c.Store.Version()})
		a.View()
	}
	for i, k := range []string{"m-a", "m-b", "m-c", "m-d"} {
		fold(k, float64(50+i))
	}
	do(a, "1", "z", "s", "s") // sort by heat, highest first
	do(a, "g", "j")           // the second row
	cursorKey := func() string {
		p := a.panes[paneSeries].(*SeriesPane)
		return p.table[p.scroll.cursor].key
	}
	picked := cursorKey()
	fold(picked, 99) // it becomes the hottest: first row
	fold("m-zz", 98)
	if got := cursorKey(); got != picked {
		t.Fatalf("after a re-sort the cursor is on %s, not on %s the user chose", got, picked)
	}
	do(a, "enter")
	if s := screen(a); !strings.Contains(s, picked) {
		t.Fatalf("enter did not open %s:\n%s", picked, s)
	}
}

// A machine's detail does not carry the list's position in its border
// (ut16a D9).
func TestSeriesDetailBorderHasNoListPosition(t *testing.T) {
	a := testApp(t, 80, 24)
	for i := range 12 {
		writer(a.c).Update(func(st *model.State) {
			model.FoldSeries(st.Series[model.LaundryTopic], &model.Decoded{Key: "m-" + itoa(i+10), Values: []float64{1, 50, 1}}, fixedNow)
		})
	}
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "1")
	if s := screen(a); !strings.Contains(s, "/15") {
		t.Fatalf("the list's border has no position to test against:\n%s", s)
	}
	do(a, "enter")
	if s := screen(a); strings.Contains(s, "/15") {
		t.Errorf("the detail's border keeps the list's position:\n%s", s)
	}
}
