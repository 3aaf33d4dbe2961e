package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// After a partition's offsets start again (a broker replaced empty, the
// tail's note says so), the rows of its earlier log are marked, so two
// rows under one topic/partition@offset are told apart; the other
// partitions' rows and the new ones are not marked (ut15b C25).
func TestLogMarksRowsOfAnEarlierLog(t *testing.T) {
	orders := func(off int64, v string) model.Record {
		return model.Record{Topic: "orders", Partition: 2, Offset: off, Time: fixedNow, Key: []byte("o-1"), Value: []byte(`{"order":` + v + `}`)}
	}
	recs := []model.Record{
		orders(143, "1808"), orders(145, "1821"),
		{Topic: "orders", Partition: 1, Offset: 77, Time: fixedNow, Key: []byte("o-2"), Value: []byte(`{"order":77}`)},
		{Topic: "orders", Partition: 2, Offset: 0, Time: fixedNow, Restart: true,
			Note: "offsets start again at the log start 0; the rows before are of its earlier log: the high watermark 0 fell below the read position 146 (partition wiped or recreated)"},
		orders(143, "1808"), orders(145, "1821"),
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		name := "log-earlier-" + strconv.Itoa(size[0]) + "x" + strconv.Itoa(size[1])
		t.Run(name, func(t *testing.T) {
			a, p := keysApp(t, size[0], size[1], true, recs)
			var rows []string
			for _, l := range p.Lines(false) {
				if s := ansi.Strip(l); strings.Contains(s, "orders/") {
					rows = append(rows, s)
				}
			}
			if len(rows) != 6 {
				t.Fatalf("%d rows, want 6: %q", len(rows), rows)
			}
			for i, want := range []bool{true, true, false, false, false, false} {
				if got := strings.HasSuffix(strings.TrimRight(rows[i], " "), " "+earlierTag); got != want { // the mark after the value
					t.Errorf("row %d %q marked %q: %v, want %v", i, rows[i], earlierTag, got, want)
				}
			}
			// the tail's note is a row, not a record: held and read agree
			if st := statusOf(a, paneLog); !strings.HasPrefix(st, "5 held · 5 read") {
				t.Errorf("status %q, want 5 held · 5 read (the note not counted)", st)
			}
			got := screen(a)
			assertFits(t, got, size[0], size[1])
			golden(t, name, logBox(t, got))
			// enter on a row of the earlier log says so; on a new one not
			do(a, "space", "enter")
			if s := screen(a); strings.Contains(s, earlierTag+":") {
				t.Errorf("the newest record's details say it is of an earlier log:\n%s", s)
			}
			do(a, "esc", "up", "up", "up", "up", "up", "enter")
			if s := screen(a); !strings.Contains(s, earlierTag+": its partition's offsets started again") {
				t.Errorf("the details of a row of the earlier log do not say so:\n%s", s)
			}
		})
	}
}
