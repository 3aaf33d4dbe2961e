package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// Moving up past the oldest record the Log holds, when that record is
// already its partition's log start, stays in the Log and says so: no
// switch to a paged-back view of that one record (issue 14, F25). Whether
// the poll knows the log start or only the pager's empty page tells.
func TestLogPageBackAtTheLogStartStaysInTheLog(t *testing.T) {
	tests := []struct {
		name     string
		pollLow  bool // the poll has seen the partition's log start
		wantPage bool // a page is still asked for (the log start is unknown)
	}{
		{"log start known from the poll", true, false},
		{"log start told by an empty page", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := foreignApp(t, 120, 30)
			pager := &fakePager{}
			a.c.Pager = pager
			store := a.c.Store.(*model.Store)
			var recs []model.Record
			for off := 0; off < 5; off++ {
				recs = append(recs, model.Record{Topic: "orders", Partition: 0, Offset: int64(off), Time: fixedNow, Value: []byte(`{"order":` + itoa(off) + `}`)})
			}
			store.Fold(recs, fixedNow)
			store.Update(func(st *model.State) {
				parts := st.Partitions[:0:0]
				for _, p := range st.Partitions {
					if p.Topic != "orders" || p.Partition != 0 {
						parts = append(parts, p)
					}
				}
				if tt.pollLow {
					parts = append(parts, model.PartitionStat{Topic: "orders", Partition: 0, Low: 0, High: 5})
				}
				st.Partitions = parts
			})
			a.Update(changedMsg{version: store.Version()})
			do(a, "6", "z", "space", "g")
			_, cmd := a.Update(keyPress("up"))
			if (cmd != nil) != tt.wantPage {
				t.Fatalf("a page asked for: %v, want %v", cmd != nil, tt.wantPage)
			}
			run(a, cmd)
			got := screen(a)
			if strings.Contains(got, "paged back") {
				t.Fatalf("switched to a paged-back view with nothing older:\n%s", got)
			}
			if !strings.Contains(got, "log start reached: orders/0 starts at offset 0") || !strings.Contains(got, `{"order":4}`) {
				t.Fatalf("the Log does not stay with its records and say why:\n%s", got)
			}
		})
	}
}

// Paged back at 80 columns, the line above the records says where it is
// whole: the topic is cut in the middle and the footer's esc hint given
// up before "log start reached (offset 0)" is (issue 14, F25).
func TestLogPagedBackHeadIsNotCut(t *testing.T) {
	a := foreignApp(t, 80, 24)
	a.c.Pager = &fakePager{}
	const topic = "laundry-machine-logs-with-a-long-name"
	var recs []model.Record
	for off := 100; off < 110; off++ {
		recs = append(recs, model.Record{Topic: topic, Partition: 0, Offset: int64(off), Time: fixedNow, Value: []byte(`{"n":1}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "6", "z", "space", "g")
	_, cmd := a.Update(keyPress("up"))
	run(a, cmd)
	do(a, "g")
	_, cmd = a.Update(keyPress("up")) // the page before 0: the log start
	run(a, cmd)
	s := screen(a)
	assertFits(t, s, 80, 24)
	if !strings.Contains(s, "/0 paged back · offsets 0-99 · log start reached (offset 0)") || !strings.Contains(s, "laundry-") {
		t.Fatalf("the paged-back head is cut:\n%s", s)
	}
}

// The Log's outcome lines wrap whole at 80 columns: an export names its
// whole file, a filter's complaint its whole reason (the kind of issue
// 14, F25 and F30: one-line outcomes cut at the border).
func TestLogOutcomesWrapAt80(t *testing.T) {
	a := logApp(t, 80, 24)
	a.c.ExportDir = filepath.Join(t.TempDir(), strings.Repeat("a-long-directory-name-", 3))
	if err := os.MkdirAll(a.c.ExportDir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, cmd := a.Update(keyPress("e"))
	a.Update(cmd())
	p := a.panes[paneLog].(*LogPane)
	s := screen(a)
	assertFits(t, s, 80, 24)
	if want := "exported 7 records to " + p.lastPath; !strings.Contains(boxText(s), strings.ReplaceAll(want, " ", "")) {
		t.Fatalf("the export's outcome is cut (want %q):\n%s", want, s)
	}
}

// ut34a-29: paged back in the 80x24 grid, the line above the records was
// cut mid-word (`↑ at t…`): where the topic is already cut to 8 cells, the
// hint takes its short form, `↑ older`, whole.
func TestLogPagedBackHeadShortFormInTheGrid(t *testing.T) {
	a := foreignApp(t, 80, 24)
	a.c.Pager = &fakePager{}
	var recs []model.Record
	for off := 866; off < 1266; off++ {
		recs = append(recs, model.Record{Topic: model.LaundryTopic, Partition: 2, Offset: int64(off), Time: fixedNow,
			Key: []byte("dryer-04"), Value: []byte(`{"machine_id":"dryer-04","program":"cotton-60"}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "6", "space", "g")
	_, cmd := a.Update(keyPress("up"))
	run(a, cmd)
	s := screen(a)
	assertFits(t, s, 80, 24)
	box := logBox(t, s)
	if !strings.Contains(box, " paged back · offsets ") || !strings.Contains(box, "· ↑ older") {
		t.Fatalf("the paged-back line is cut or not there:\n%s", box)
	}
	golden(t, "log-paged-back-80x24-grid", box)
}
