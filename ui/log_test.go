package ui

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// hostileRecord carries escape sequences in key, headers and value.
func hostileRecord(off int64) model.Record {
	return model.Record{
		Topic: "other", Partition: 2, Offset: off, Time: fixedNow.Add(-time.Second),
		Key:     []byte("\x1b]0;pwned\x07key"),
		Headers: []model.Header{{Key: "trace\x1b[2J", Value: []byte("\x1b]52;c;aGk=\x07")}, {Key: "bin", Value: []byte{0xff, 0x00}}},
		Value:   []byte(`{"msg":"\u001b[2J","nested":{"url":"\u001b]8;;http://x\u0007link"},"wide":"洗濯機\u200b"}`),
	}
}

func logApp(t *testing.T, w, h int, recs ...model.Record) *App {
	t.Helper()
	a := testApp(t, w, h)
	writer(a.c).Fold(recs, fixedNow)
	a.Update(keyPress("6"))
	a.Update(keyPress("z"))
	return a
}

// press is keyPress plus the named keys the Log and Produce tests use.
func typeText(a *App, s string) {
	for _, r := range s {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func TestLogGoldens(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		text string // typed after keys, then enter
	}{
		{"log-filter-100x14", []string{"/"}, "topic=laundry-machine-logs heat_c>80"},
		{"log-detail-hostile-90x24", []string{"space", "enter"}, ""},
		{"log-detail-binary-90x16", []string{"space", "up", "enter"}, ""},
		{"log-paused-100x12", []string{"space", "up", "up"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, h := dims(tt.name)
			wide := model.Record{Topic: "洗濯", Partition: 1, Offset: 9, Time: fixedNow, Key: []byte("洗濯機-01\u200b\u202e"),
				Value: []byte("line1\n\tline2\r\x9b31m 洗濯機")}
			a := logApp(t, w, h, hostileRecord(6), wide)
			for _, k := range tt.keys {
				a.Update(keyPress(k))
			}
			if tt.text != "" {
				typeText(a, tt.text)
				a.Update(keyPress("enter"))
			}
			if tt.name == "log-paused-100x12" {
				writer(a.c).Fold([]model.Record{hostileRecord(7), hostileRecord(8)}, fixedNow)
				a.Update(changedMsg{version: a.c.Store.Version()})
			}
			got := screen(a)
			assertFits(t, got, w, h)
			assertNoRawEscapes(t, a.View().Content)
			golden(t, tt.name, got)
		})
	}
}

// dims reads "WxH" off the end of a golden's name.
func dims(name string) (int, int) {
	wh := strings.Split(name[strings.LastIndex(name, "-")+1:], "x")
	w, _ := strconv.Atoi(wh[0])
	h, _ := strconv.Atoi(wh[1])
	return w, h
}

func assertNoRawEscapes(t *testing.T, raw string) {
	t.Helper()
	for _, bad := range []string{"\x1b]0;pwned", "\x1b]52", "\x1b]8;", "\x07", "\xff", "\u200b", "\x1b[2J"} {
		if strings.Contains(raw, bad) {
			t.Fatalf("frame contains %q from a payload", bad)
		}
	}
}

func TestLogFilterIndexFollowsArrivals(t *testing.T) {
	a := logApp(t, 120, 30)
	p := a.panes[paneLog].(*LogPane)
	a.Update(keyPress("/"))
	if !p.Capturing() {
		t.Fatal("/ does not give the filter field the keyboard")
	}
	typeText(a, "washer")
	a.Update(keyPress("enter"))
	if p.Capturing() || p.idx.filter == nil {
		t.Fatal("enter did not apply the filter")
	}
	if got := statusOf(a, paneLog); !strings.HasPrefix(got, "2/7 match · ") {
		t.Fatalf("status %q, want the matches over the buffered first", got)
	}
	var more []model.Record
	for i := range 5 {
		more = append(more, model.Record{Topic: model.LaundryTopic, Offset: int64(100 + i), Key: []byte("washer-09"), Value: []byte(`{}`)},
			model.Record{Topic: model.RiderTopic, Offset: int64(200 + i), Value: []byte(`{"name":"asha"}`)})
	}
	writer(a.c).Fold(more, fixedNow)
	if got := statusOf(a, paneLog); !strings.HasPrefix(got, "7/17 match · ") {
		t.Fatalf("status %q after arrivals, want 7 / 17", got)
	}
	scanned := p.idx.scanned
	a.render()
	if p.idx.scanned != scanned {
		t.Fatal("a second frame rescanned records")
	}
	a.Update(keyPress("esc"))
	if got := statusOf(a, paneLog); p.idx.filter != nil || strings.Contains(got, "match") || p.Title() != "Log" {
		t.Fatalf("esc did not clear the filter: title %q status %q", p.Title(), got)
	}
}

func TestLogIndexForgetsDroppedRecords(t *testing.T) {
	s := model.NewStore(nil, model.Limits{LogRecords: 100})
	var idx matchIndex
	f, _ := model.ParseFilter("partition=1", nil)
	idx.set(f)
	for round := range 50 {
		batch := make([]model.Record, 100)
		for i := range batch {
			batch[i] = model.Record{Topic: "t", Partition: i % 2, Offset: int64(round*100 + i)}
		}
		s.Fold(batch, fixedNow)
		s.Read(func(st *model.State) {
			idx.sync(st.Log)
			if n := idx.view(st.Log).n(); n != 50 {
				t.Fatalf("round %d: %d matches in a ring of 100 half-matching records, want 50", round, n)
			}
		})
	}
	if len(idx.pos) > 2048 {
		t.Fatalf("index kept %d positions for 50 live matches", len(idx.pos))
	}
}

func TestLogBadFilterKeepsText(t *testing.T) {
	a := logApp(t, 120, 30)
	p := a.panes[paneLog].(*LogPane)
	a.Update(keyPress("/"))
	typeText(a, "re:(washer")
	a.Update(keyPress("enter"))
	if !p.Capturing() || p.input.Value() != "re:(washer" {
		t.Fatalf("a bad filter lost the text or the field: %q", p.input.Value())
	}
	if s := screen(a); !strings.Contains(s, `bad pattern "(washer": missing )`) {
		t.Fatalf("the error does not say what is wrong:\n%s", s)
	}
	if p.idx.filter != nil {
		t.Fatal("a bad filter was applied")
	}
}

func TestLogPauseCountsNewAndResumes(t *testing.T) {
	a := logApp(t, 120, 30)
	p := a.panes[paneLog].(*LogPane)
	steps := []struct {
		key, status string
		follow      bool
		add         int
	}{
		{"space", "paused +0 new", false, 0},
		{"", "paused +3 new", false, 3},
		{"up", "paused +3 new", false, 0},
		{"G", "10 held", true, 0},
		{"down", "paused +2 new", false, 2},
		{"space", "12 held", true, 0},
	}
	for i, s := range steps {
		if s.key != "" {
			a.Update(keyPress(s.key))
		}
		for j := range s.add {
			writer(a.c).Fold([]model.Record{{Topic: "t", Offset: int64(1000*i + j)}}, fixedNow)
		}
		if got := statusOf(a, paneLog); p.follow != s.follow || !strings.HasPrefix(got, s.status) {
			t.Fatalf("step %d (%q): follow %v status %q, want %v %q", i, s.key, p.follow, got, s.follow, s.status)
		}
	}
}

func TestLogExportWritesFilteredNDJSON(t *testing.T) {
	a := logApp(t, 120, 30, hostileRecord(6))
	dir := t.TempDir()
	a.c.ExportDir = filepath.Join(dir, "exports")
	a.Update(keyPress("/"))
	typeText(a, "topic=laundry-machine-logs")
	a.Update(keyPress("enter"))
	_, cmd := a.Update(keyPress("e"))
	if cmd == nil {
		t.Fatal("e returned no export command")
	}
	a.Update(keyPress("1")) // the outcome reaches the Log whichever pane has focus
	a.Update(cmd())
	p := a.panes[paneLog].(*LogPane)
	if p.noticeBad || !strings.Contains(p.notice, "exported 3 records to "+a.c.ExportDir) {
		t.Fatalf("notice %q", p.notice)
	}
	files, _ := filepath.Glob(filepath.Join(a.c.ExportDir, "washboard-log-*.ndjson"))
	if len(files) != 1 {
		t.Fatalf("export files %v", files)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var e model.ExportRecord
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.Topic != model.LaundryTopic || e.Value == nil {
			t.Fatalf("line %d %q: %v", n, sc.Text(), err)
		}
		n++
	}
	if n != 3 {
		t.Fatalf("%d lines exported, want the 3 matches", n)
	}
}

func TestLogExportFailureSaysWhy(t *testing.T) {
	a := logApp(t, 120, 30)
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	a.c.ExportDir = file
	_, cmd := a.Update(keyPress("e"))
	a.Update(cmd())
	p := a.panes[paneLog].(*LogPane)
	if !p.noticeBad || !strings.Contains(p.notice, "export failed") {
		t.Fatalf("notice %q", p.notice)
	}
}

// BenchmarkLogFrame is one redraw of a zoomed, filtered Log over a full
// 10,000-record buffer while 100 records arrive per frame (3,000/s).
func BenchmarkLogFrame(b *testing.B) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
	a.Update(keyPress("6"))
	a.Update(keyPress("z"))
	a.Update(keyPress("/"))
	typeText(a, "heat_c>60")
	a.Update(keyPress("enter"))
	batch := func(off int) []model.Record {
		out := make([]model.Record, 100)
		for i := range out {
			v := `{"machine_id":"washer-0` + strconv.Itoa(i%9) + `","heat_c":` + strconv.Itoa(i) + `,"power_w":2000}`
			out[i] = model.Record{Topic: model.LaundryTopic, Offset: int64(off + i), Key: []byte("washer"), Value: []byte(v)}
		}
		return out
	}
	for i := range 100 {
		s.Fold(batch(i*100), fixedNow)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		s.Fold(batch(10_000+i*100), fixedNow)
		a.Update(changedMsg{version: s.Version()})
		_ = a.View()
	}
}

// BenchmarkFilterIndexRebuild is applying a new filter to a full buffer
// of 10,000 records: the one time the index scans everything.
func BenchmarkFilterIndexRebuild(b *testing.B) {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	recs := make([]model.Record, 10_000)
	for i := range recs {
		v := `{"machine_id":"washer-0` + strconv.Itoa(i%9) + `","program":"cotton-60","heat_c":` + strconv.Itoa(i%100) + `,"power_w":2000}`
		recs[i] = model.Record{Topic: model.LaundryTopic, Offset: int64(i), Key: []byte("washer"), Value: []byte(v)}
	}
	s.Fold(recs, fixedNow)
	f, err := model.ParseFilter("program=cotton-60 heat_c>80", model.DefaultViews())
	if err != nil {
		b.Fatal(err)
	}
	var idx matchIndex
	b.ReportAllocs()
	for b.Loop() {
		idx.set(f)
		s.Read(func(st *model.State) { idx.sync(st.Log) })
	}
}

func TestLogDetailScrollsAndCloses(t *testing.T) {
	long := model.Record{Topic: "other", Offset: 50, Time: fixedNow, Value: []byte(`{"items":[` + strings.Repeat(`{"n":1},`, 60) + `{"n":"last-one"}]}`)}
	a := logApp(t, 80, 20, long)
	p := a.panes[paneLog].(*LogPane)
	a.Update(keyPress("enter"))
	if p.detail == nil || p.detail.rec.Offset != 50 {
		t.Fatal("enter while following did not open the newest record")
	}
	if s := screen(a); strings.Contains(s, "last-one") || !strings.Contains(s, `"items": [`) {
		t.Fatalf("detail does not start at the top:\n%s", s)
	}
	a.Update(keyPress("G"))
	if s := screen(a); !strings.Contains(s, `"last-one"`) {
		t.Fatalf("end does not reach the last line:\n%s", s)
	}
	a.Update(keyPress("esc"))
	if p.detail != nil || !strings.Contains(screen(a), "other/0@50") {
		t.Fatal("esc did not return to the log")
	}
}

// An export's outcome is a notice, not a row for good: the next key,
// whichever pane it goes to, or noticeFor clears it, and the file stays
// named in the help.
func TestLogExportNoticeIsTransient(t *testing.T) {
	tests := []struct {
		name  string
		after func(a *App, now *time.Time)
		shown bool
	}{
		{"shown at once", func(*App, *time.Time) {}, true},
		{"still shown after 9s", func(_ *App, now *time.Time) { *now = now.Add(9 * time.Second) }, true},
		{"gone after 10s", func(_ *App, now *time.Time) { *now = now.Add(noticeFor) }, false},
		{"gone after a key in the pane", func(a *App, _ *time.Time) { a.Update(keyPress("down")) }, false},
		// an outcome is read once, whichever pane the next key goes to
		// (outcome_keys.go): a global key takes it too
		{"gone after a global key", func(a *App, _ *time.Time) { a.Update(keyPress("z")) }, false},
		{"gone after a key to another pane", func(a *App, _ *time.Time) {
			a.Update(keyPress("1"))
			a.Update(keyPress("6"))
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := logApp(t, 120, 30)
			now := fixedNow
			a.c.Now = func() time.Time { return now }
			a.c.ExportDir = t.TempDir()
			_, cmd := a.Update(keyPress("e"))
			if !strings.Contains(screen(a), "exporting") {
				t.Fatalf("no progress notice:\n%s", screen(a))
			}
			a.Update(cmd())
			tt.after(a, &now)
			if got := strings.Contains(screen(a), "exported "); got != tt.shown {
				t.Fatalf("notice shown %v, want %v:\n%s", got, tt.shown, screen(a))
			}
			p := a.panes[paneLog].(*LogPane)
			a.Update(keyPress("?")) // the footer may give the long item way; ? lists every key
			if !strings.Contains(screen(a), "(last "+filepath.Base(p.lastPath)+")") || !strings.HasPrefix(filepath.Base(p.lastPath), "washboard-log-") {
				t.Fatalf("the export's file is not in the help:\n%s", screen(a))
			}
		})
	}
}

// On narrow panes the position and key columns shrink and the time goes,
// so the value keeps a fair share of every line.
func TestLogLineGivesTheValueAFairShare(t *testing.T) {
	rec := model.Record{Topic: model.RiderTopic, Partition: 1, Offset: 12345, Time: fixedNow, Key: []byte("location-update"),
		Value: []byte(`{"name":"deepanshu","location":"north","speed_kmh":12.5}`)}
	tests := []struct {
		w        int
		withTime bool
	}{{38, false}, {49, false}, {59, false}, {60, true}, {78, true}, {98, true}, {158, true}}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.w), func(t *testing.T) {
			p := NewLogPane(&Common{Ctx: context.Background(), Store: testStore(t), Styles: NewStyles(true), Now: func() time.Time { return fixedNow }})
			p.SetSize(tt.w, 10)
			c, cells := p.columns([]model.Record{rec}, nil)
			l := draw.Clip(ansi.Strip(p.line(&rec, cells[0], c, false)), tt.w)
			if got := strings.HasPrefix(l, "03:04:05 "); got != tt.withTime {
				t.Fatalf("time shown %v at %d cells: %q", got, tt.w, l)
			}
			v := strings.Index(l, `{"name"`)
			// The value keeps two fifths of what the time and the
			// separators leave (logValueFloor), the position and the key
			// share the rest.
			if v < 0 || ansi.StringWidth(l[v:]) < logValueFloor(tt.w) && ansi.StringWidth(l[v:]) < len(rec.Value) {
				t.Fatalf("the value gets too little of %d cells: %q", tt.w, l)
			}
			// The key is the view's (the rider's name, not the Kafka key
			// "location-update"), and a cut key keeps both ends ("de…shu"):
			// the end tells keys apart.
			if tt.w >= 40 && !strings.Contains(l, "/1@12345") || !strings.Contains(l, " de") || !strings.Contains(l, "hu ") || strings.Contains(l[:v], "lo") {
				t.Fatalf("position or key lost at %d cells: %q", tt.w, l)
			}
		})
	}
}

func TestExportRefusedWhenOff(t *testing.T) {
	a := testApp(t, 120, 30)
	a.c.NoExport = true
	a.c.ExportDir = t.TempDir()
	a.Update(keyPress("6"))
	if _, cmd := a.Update(keyPress("e")); cmd != nil {
		t.Fatal("an export command ran although exports are off")
	}
	if !strings.Contains(screen(a), "cannot export the Log") {
		t.Fatalf("no word of the refusal:\n%s", screen(a))
	}
	if files, _ := filepath.Glob(filepath.Join(a.c.ExportDir, "*")); len(files) != 0 {
		t.Fatalf("files written: %v", files)
	}
}

func TestApplyingAFilterKeepsAPausedLogPaused(t *testing.T) {
	a := testApp(t, 120, 30)
	a.Update(keyPress("6"))
	a.Update(keyPress("space"))
	p := a.panes[paneLog].(*LogPane)
	if p.follow {
		t.Fatal("space did not pause")
	}
	a.Update(keyPress("/"))
	for _, r := range "Student" {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	a.Update(keyPress("enter"))
	if p.follow || !strings.Contains(p.Status(), "paused") {
		t.Fatalf("applying a filter resumed following: status %q", p.Status())
	}
	if !strings.Contains(screen(a), "Student/0@4") {
		t.Fatalf("paused at the newest match is not shown:\n%s", screen(a))
	}
}

// statusOf draws a frame and returns pane i's border status from it.
func statusOf(a *App, i int) string {
	a.render()
	return a.panes[i].Status()
}

func TestLogMarksARowOlderThanTheOneBefore(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	at := func(sec int, ms int) time.Time {
		return fixedNow.Add(time.Duration(sec)*time.Second + time.Duration(ms)*time.Millisecond)
	}
	// Two folds, as a catch-up brings them: orders first, then a
	// partition of ab read later, with older records.
	s.Fold([]model.Record{
		{Topic: "orders", Partition: 0, Offset: 0, Time: at(-20, 0), Value: []byte(`{"n":1}`)},
		{Topic: "orders", Partition: 0, Offset: 1, Time: at(-10, 400), Value: []byte(`{"n":2}`)},
	}, fixedNow)
	s.Fold([]model.Record{
		{Topic: "ab", Partition: 1, Offset: 0, Time: at(-10, 100), Value: []byte(`{"n":3}`)}, // same second: not a step back
		{Topic: "ab", Partition: 1, Offset: 1, Time: at(-15, 0), Value: []byte(`{"n":4}`)},
		{Topic: "ab", Partition: 1, Offset: 2, Time: at(-5, 0), Value: []byte(`{"n":5}`)},
	}, fixedNow)
	p := NewLogPane(&Common{Ctx: context.Background(), Store: s, Styles: NewStyles(true), Now: func() time.Time { return fixedNow }})
	p.SetSize(100, 10)
	s.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
	var marked []string
	for _, l := range p.Lines(false) {
		l = ansi.Strip(l)
		if strings.Contains(l, backMark) {
			_, after, _ := strings.Cut(l, backMark)
			marked = append(marked, strings.Fields(after)[0])
		}
	}
	if want := []string{"ab/1@1"}; strings.Join(marked, " ") != strings.Join(want, " ") {
		t.Fatalf("marked %v, want %v", marked, want)
	}
}

// A long topic is not cut while the values on screen leave cells free at
// the end of every row (a user test, issue 14, B14).
func TestLogGivesSpareValueRoomToALongTopic(t *testing.T) {
	const topic = "payments.settlement.eu-west-1.card-reconciliation-events.v3"
	s := model.NewStore(nil, model.DefaultLimits())
	s.Fold([]model.Record{{Topic: topic, Partition: 5, Offset: 60, Time: fixedNow, Key: []byte("card-488"), Value: []byte(`{"amount":488}`)}}, fixedNow)
	p := NewLogPane(&Common{Ctx: context.Background(), Store: s, Styles: NewStyles(true), Now: func() time.Time { return fixedNow }})
	p.SetSize(131, 10)
	s.Read(func(st *model.State) { p.Snapshot(st, fixedNow) })
	lines := p.Lines(false)
	if l := ansi.Strip(lines[len(lines)-1]); !strings.Contains(l, topic+"/5@60") {
		t.Fatalf("the topic is cut though the row has room:\n%q", l)
	}
}

// / in a record's detail goes back to the list with the filter open, so
// the letters typed next are the filter, not keys (ut16b E11: they ran as
// keys and p opened Produce, the rest typed into its topic).
func TestLogSlashInDetailOpensTheFilter(t *testing.T) {
	a := logApp(t, 80, 20, model.Record{Topic: "other", Offset: 50, Time: fixedNow, Value: []byte(`{"a":1}`)})
	p := a.panes[paneLog].(*LogPane)
	a.Update(keyPress("enter"))
	if p.detail == nil {
		t.Fatal("enter did not open the detail")
	}
	for _, k := range []string{"/", "k", "e", "y", "p"} {
		a.Update(keyPress(k))
	}
	if p.detail != nil || !p.typing || p.input.Value() != "keyp" || a.focus != paneLog {
		t.Fatalf("detail %v, filter typing %v with %q, focus %d: want the filter holding what was typed", p.detail != nil, p.typing, p.input.Value(), a.focus)
	}
}
