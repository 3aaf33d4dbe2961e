package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A note from the tail shows in the Log as a note, not a record: its
// partition without a made-up @offset, tagged; /wiped finds it, and enter
// shows all of it, however narrow the screen.
func TestLogShowsTailNotes(t *testing.T) {
	const note = "the high watermark 0 fell below the read position 72 (partition wiped or recreated): reading again from the log start 0"
	a := logApp(t, 80, 24,
		model.Record{Topic: "orders", Partition: 1, Offset: 3, Time: fixedNow, Value: []byte(`{"n":1}`)},
		model.Record{Topic: "orders", Partition: 2, Offset: 0, Time: fixedNow, Note: note},
	)
	s := screen(a)
	if !regexp.MustCompile(`orders/2 +⚑ tail: the high watermark`).MatchString(s) || strings.Contains(s, "orders/2@0") {
		t.Fatalf("the note does not show as a note:\n%s", s)
	}
	typeText(a, "/wiped")
	a.Update(keyPress("enter"))
	s = screen(a)
	if !strings.Contains(s, "⚑ tail:") || strings.Contains(s, "orders/1@3") {
		t.Fatalf("/wiped does not find the note alone:\n%s", s)
	}
	a.Update(keyPress("space"))
	a.Update(keyPress("enter"))
	s = screen(a)
	flat := strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), " ")
	if !strings.Contains(flat, "note ⚑ tail: "+note) || strings.Contains(s, "@0") {
		t.Fatalf("enter does not show the whole note:\n%s", s)
	}
}

// noteTopics are long topic names like a user's (ut18a), each deleted
// and recreated under the tail.
var noteTopics = []string{
	"inventory-warehouse-stock-level-changes-bursty-stream-v3",
	"orders",
	"payments-settlement-events-eu-west-1-production-stream-v2",
}

// recreated is a record of each noteTopics topic, then the tail's note
// that it was deleted and recreated.
func recreated() []model.Record {
	var recs []model.Record
	for i, tp := range noteTopics {
		recs = append(recs, model.Record{Topic: tp, Partition: 1, Offset: int64(40 + i), Time: fixedNow, Key: []byte("k-" + tp[:3]), Value: []byte(`{"n":1}`)})
	}
	for _, tp := range noteTopics {
		recs = append(recs, model.Record{Topic: tp, Partition: model.WholeTopic, Time: fixedNow,
			Note: "topic " + tp + " was deleted and recreated: reading it again from the start"})
	}
	return recs
}

// A note from the tail is readable whole at every size: it wraps under
// its row over the rows it needs instead of being cut at the border, and
// says its topic once (a user test of issue 14, F15: `⚑ tail: topic
// inventory-warehouse-…-v3 was delete…`, the position column repeating the
// topic).
func TestLogNotesReadWhole(t *testing.T) {
	for _, name := range []string{"log-notes-80x24", "log-notes-120x40", "log-notes-200x50", "log-notes-grid-80x24"} {
		t.Run(name, func(t *testing.T) {
			w, h := dims(name)
			a := testApp(t, w, h)
			writer(a.c).Fold(recreated(), fixedNow)
			a.Update(keyPress("6"))
			if !strings.Contains(name, "grid") {
				a.Update(keyPress("z"))
			}
			got := screen(a)
			assertFits(t, got, w, h)
			box := logBox(t, got)
			// wrapped at spaces or, a topic wider than the row, anywhere:
			// compared without the spaces and the box's sides
			flat := strings.Join(strings.Fields(strings.ReplaceAll(box, "│", "")), "")
			for i, tp := range noteTopics {
				if i == 0 && strings.Contains(name, "grid") {
					continue // the 80x24 grid's box holds the two newest notes whole
				}
				note := "⚑tail:topic" + tp + "wasdeletedandrecreated:readingitagainfromthestart"
				if !strings.Contains(flat, note) {
					t.Errorf("the note on %s is not whole:\n%s", tp, box)
				}
			}
			// the topic is said once on a note's row, in the note: nothing
			// but the time before the tag (a record's row may show it
			// whole where its value leaves the cells)
			for _, l := range strings.Split(box, "\n") {
				if at := strings.Index(l, "⚑ tail: topic"); at >= 0 && !regexp.MustCompile(`^│(\d\d:\d\d:\d\d)? *$`).MatchString(l[:at]) {
					t.Errorf("a note's row says more than its time before the note: %q", l)
				}
			}
			golden(t, name, box)
		})
	}
}

// Notes that take more rows than the box has keep the newest row at the
// bottom while following, and the selection in sight while paused.
func TestLogNotesKeepTheNewestAndTheSelection(t *testing.T) {
	a := testApp(t, 80, 24)
	recs := recreated()
	for i := range 30 {
		recs = append(recs, model.Record{Topic: "orders", Partition: 0, Offset: int64(i), Time: fixedNow, Key: []byte("o"), Value: []byte(`{"i":` + strconv.Itoa(i) + `}`)})
	}
	writer(a.c).Fold(recs, fixedNow)
	do(a, "6", "z")
	got := screen(a)
	assertFits(t, got, 80, 24)
	box := strings.Split(logBox(t, got), "\n")
	if last := box[len(box)-2]; !strings.Contains(last, `{"i":29}`) {
		t.Fatalf("the newest record is not at the bottom:\n%s", strings.Join(box, "\n"))
	}
	do(a, "space", "g")
	p := a.panes[paneLog].(*LogPane)
	for step := range 12 { // down from the top, over the notes
		got = screen(a)
		assertFits(t, got, 80, 24)
		flat := strings.Join(strings.Fields(strings.ReplaceAll(logBox(t, got), "│", " ")), " ")
		r := p.frame.recs[p.frame.sel]
		want := "/" + strconv.Itoa(r.Partition) + "@" + strconv.FormatInt(r.Offset, 10) + " "
		if r.Note != "" {
			want = "⚑ tail: " + r.Note
		}
		if !strings.Contains(flat, want) {
			t.Fatalf("step %d: the selected record (%q) is out of sight:\n%s", step, want, got)
		}
		do(a, "down")
	}
}
