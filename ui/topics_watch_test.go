package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// fakeWatcher records choices per session; "missing" does not exist.
type fakeWatcher struct {
	mine map[string][]string
	from map[string]string
}

func (f *fakeWatcher) Watch(_ context.Context, session, topic, from string) (string, error) {
	if topic == "missing" {
		return "", errors.New("missing is not on the cluster")
	}
	if strings.Contains(from, "9=") {
		return "", errors.New(topic + " has no partition 9 (it has partitions 0-2)")
	}
	f.mine[session] = append(f.mine[session], topic)
	f.from[topic] = from
	return "reading " + topic + " into the Log from " + from, nil
}

func (f *fakeWatcher) Unwatch(session, topic string) {
	f.mine[session] = slices.DeleteFunc(f.mine[session], func(t string) bool { return t == topic })
}

func (f *fakeWatcher) Mine(session string) []string { return f.mine[session] }

func TestWatchATopicFromTheTopicsPane(t *testing.T) {
	a := foreignApp(t, 140, 40)
	w := &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
	a.c.Watcher, a.c.Session = w, "alice"
	// w on orders, type where to start, enter: the command reads it from there.
	_, cmd := a.Update(keyPress("w"))
	if !a.panes[paneTopics].Capturing() {
		t.Fatal("w does not open the start prompt")
	}
	run(a, cmd)
	for _, k := range []string{"-", "1", "0", "m"} {
		a.Update(keyPress(k))
	}
	_, cmd = a.Update(keyPress("enter"))
	run(a, cmd)
	if w.from["orders"] != "-10m" {
		t.Fatalf("watched %v, want orders from -10m", w.from)
	}
	got := screen(a)
	if !strings.Contains(got, "reading orders into the Log from -10m") || !strings.Contains(got, "● orders") {
		t.Errorf("the outcome or the reading mark is missing:\n%s", got)
	}
	do(a, "u")
	if len(w.mine["alice"]) != 0 || !strings.Contains(screen(a), "stopped reading orders") {
		t.Errorf("u does not stop reading: %v\n%s", w.mine, screen(a))
	}
}

func TestAnotherSessionsChoiceStaysOutOfMyLog(t *testing.T) {
	store := foreignStore(t)
	store.Fold([]model.Record{
		{Topic: "orders", Partition: 0, Offset: 1, Value: []byte(`{"order":1}`)},
		{Topic: "payments", Partition: 0, Offset: 7, Value: []byte(`{"amount":5}`)},
	}, fixedNow)
	store.Update(func(st *model.State) { st.ChosenOnly = []string{"payments"} })
	w := &fakeWatcher{mine: map[string][]string{"bob": {"payments"}}, from: map[string]string{}}
	view := func(session string) string {
		c := &Common{Ctx: context.Background(), Store: store, Now: func() time.Time { return fixedNow }, Watcher: w, Session: session}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
		a.Update(changedMsg{version: store.Version()})
		return screen(a)
	}
	if got := view("alice"); strings.Contains(got, `{"amount":5}`) || !strings.Contains(got, `{"order":1}`) {
		t.Errorf("alice sees bob's chosen topic, or not her own records:\n%s", got)
	}
	if got := view("bob"); !strings.Contains(got, `{"amount":5}`) {
		t.Errorf("bob does not see the topic he chose:\n%s", got)
	}
}

func TestALogRecordBecomesTheProduceTemplate(t *testing.T) {
	a := foreignApp(t, 140, 40)
	a.c.Store.(*model.Store).Fold([]model.Record{{Topic: "payments", Partition: 0, Offset: 9, Key: []byte("u-1"), Value: []byte(`{"amount":5}`),
		Headers: []model.Header{{Key: "trace", Value: []byte("abc")}}}}, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	// The user types into the form first: R still replaces it (edit and resend).
	do(a, "7", "enter", "x", "esc", "6", "space")
	p := a.panes[paneProduce].(*ProducePane)
	p.active = fieldKey // the field focused last
	_, cmd := a.Update(keyPress("R"))
	run(a, cmd)
	f := p.form()
	if a.focus != paneProduce || f.Topic != "payments" || f.Key != "u-1" || f.Partition != "0" || f.Value != `{"amount":5}` || f.Headers != "trace=abc" {
		t.Fatalf("focus %d, form %+v: want the record as the template", a.focus, f)
	}
	// R edits the value, whatever field was focused last, and says which.
	if p.active != fieldValue || !strings.Contains(screen(a), "▸value") || strings.Contains(screen(a), "▸key") {
		t.Fatalf("R starts on field %d, want the value, marked:\n%s", p.active, screen(a))
	}
	// From Partitions, p offers the partition of the cursor's row.
	a2 := foreignApp(t, 140, 40)
	do(a2, "4")
	screen(a2)                           // the pane counts its rows when drawn, as after every key
	do(a2, "down", "down", "p", "enter") // orders, billing on orders, partition 0
	if f := a2.panes[paneProduce].(*ProducePane).form(); f.Topic != "orders" || f.Partition != "0" {
		t.Fatalf("from Partitions the form is %+v, want orders partition 0", f)
	}
}

func TestChartATopicFromItsRecords(t *testing.T) {
	a := foreignApp(t, 140, 40)
	var recs []model.Record
	for i := range 12 {
		recs = append(recs, model.Record{Topic: "payments", Partition: 0, Offset: int64(i), Time: fixedNow,
			Key: []byte([]string{"u-1", "u-2", "u-3"}[i%3]), Value: []byte(`{"amount":` + itoa(5*i) + `,"state":"` + []string{"ok", "failed"}[i%2] + `"}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
	var saved []model.TopicView
	a.c.SaveView = func(_ context.Context, v model.TopicView) (string, error) {
		saved = append(saved, v)
		return "/cfg/views.toml", nil
	}
	a.Update(changedMsg{version: a.c.Store.Version()})
	// orders has no records held: c says so in words.
	do(a, "v")
	if got := screen(a); !strings.Contains(got, "no records of orders held") {
		t.Errorf("v on a topic without records:\n%s", got)
	}
	// payments: the proposal, edited, opened and saved with ctrl+s.
	do(a, "down", "down", "v")
	if got := screen(a); !strings.Contains(got, "chart payments as:") || !strings.Contains(got, "> series key=@key fields=amount status=state") {
		t.Fatalf("no proposal:\n%s", got)
	}
	_, cmd := a.Update(keyPress("ctrl+s"))
	a.c.Store.Read(func(st *model.State) {
		if st.Series["payments"] != nil {
			t.Error("Update added the view itself: the write lock and the re-fold belong in a command")
		}
	})
	run(a, cmd)
	if a.focus != paneSeries {
		t.Fatalf("focus %d: the view did not open in pane 1", a.focus)
	}
	got := screen(a)
	for _, want := range []string{"1 payments", "u-1", "u-3", "amount", "state"} {
		if !strings.Contains(got, want) {
			t.Errorf("the opened view lacks %q:\n%s", want, got)
		}
	}
	if len(saved) != 1 || saved[0].Topic != "payments" {
		t.Errorf("saved %v, want the payments view", saved)
	}
	// v again on a topic with a view offers that view for editing, not a
	// new guess from its records.
	do(a, "8")
	do(a, "v")
	if got := screen(a); !strings.Contains(got, "edit the view of payments as:") || !strings.Contains(got, "> series key=@key fields=amount status=state") {
		t.Fatalf("v does not offer the view payments has:\n%s", got)
	}
}

// fakePager serves orders/0 from offset 0 up to the offset asked before.
type fakePager struct{ calls int }

func (f *fakePager) Older(_ context.Context, topic string, part int, before int64, n int) ([]model.Record, int64, error) {
	f.calls++
	var out []model.Record
	for off := max(0, before-int64(n)); off < before; off++ {
		out = append(out, model.Record{Topic: topic, Partition: part, Offset: off, Value: []byte(`{"order":` + itoa(int(off)) + `}`)})
	}
	return out, 0, nil
}

func TestTheLogPagesBackToTheLogStart(t *testing.T) {
	a := foreignApp(t, 140, 40)
	pager := &fakePager{}
	a.c.Pager = pager
	var recs []model.Record
	for off := 300; off < 310; off++ {
		recs = append(recs, model.Record{Topic: "orders", Partition: 0, Offset: int64(off), Value: []byte(`{"order":` + itoa(off) + `}`)})
	}
	a.c.Store.(*model.Store).Fold(recs, fixedNow)
	a.Update(changedMsg{version: a.c.Store.Version()})
	do(a, "6", "space", "g")
	screen(a)
	_, cmd := a.Update(keyPress("up")) // past the oldest record held
	if cmd == nil {
		t.Fatal("moving up from the oldest record held does not page back")
	}
	if got := screen(a); !strings.Contains(got, "loading older records") {
		t.Errorf("no word while loading:\n%s", got)
	}
	run(a, cmd)
	if got := screen(a); !strings.Contains(got, "orders/0 paged back") || !strings.Contains(got, `{"order":299}`) {
		t.Fatalf("the page before 300 is not shown:\n%s", got)
	}
	for i := 0; i < 5 && !strings.Contains(screen(a), "log start reached"); i++ {
		do(a, "g")
		_, cmd := a.Update(keyPress("up"))
		run(a, cmd)
	}
	do(a, "g")
	got := screen(a)
	if !strings.Contains(got, "log start reached (offset 0)") || !strings.Contains(got, `{"order":0}`) {
		t.Fatalf("paging back does not reach the first record:\n%s", got)
	}
	if pager.calls > 3 {
		t.Errorf("%d pages for 300 records at 200 a page", pager.calls)
	}
	do(a, "esc")
	if got := screen(a); strings.Contains(got, "paged back") || !strings.Contains(got, `{"order":309}`) {
		t.Errorf("esc does not go back to the live log:\n%s", got)
	}
}

// ● and u reflect every reason a topic is read, not only this session's
// choices: a topic read for the command line or a view is marked, u says
// what keeps it read, and stopping a choice says what still reads it.
func TestUnwatchSaysWhatKeepsATopicRead(t *testing.T) {
	a := foreignApp(t, 140, 40)
	store := a.c.Store.(*model.Store)
	store.Update(func(st *model.State) {
		st.ReadWhy = map[string]string{"orders": "--topic orders@…", "payments": "the saved view payments"}
		st.Link.PolledAt = st.Link.PolledAt.Add(time.Second)
	})
	a.Update(changedMsg{version: store.Version()})
	w := &fakeWatcher{mine: map[string][]string{"alice": {"payments"}}, from: map[string]string{}}
	a.c.Watcher, a.c.Session = w, "alice"
	if got := screen(a); !strings.Contains(got, "● orders") || !strings.Contains(got, "● payments") {
		t.Fatalf("topics read for the command line or a view are not marked:\n%s", got)
	}
	do(a, "u") // orders: read for the command line, not by choice
	if got := screen(a); !strings.Contains(got, "u cannot stop orders: the Log follows it live (--topic orders@…)") {
		t.Errorf("u on a command-line topic does not say why it stays read:\n%s", got)
	}
	do(a, "j", "u") // payments: chosen and saved as a view
	if len(w.mine["alice"]) != 0 {
		t.Errorf("u did not stop alice's choice: %v", w.mine)
	}
	if got := screen(a); !strings.Contains(got, "payments: your read stopped; the Log still follows it live (the saved view payments)") || !strings.Contains(got, "● payments") {
		t.Errorf("stopping a choice does not say what still reads the topic:\n%s", got)
	}
}

// Charting a topic is a read in every read-only mode: v proposes and
// enter opens the view for this session. Saving it writes a file, never
// the cluster: the local console saves in every mode; an SSH session in
// mode all may not (the server's views.toml is every later session's),
// says so in words and still opens the view (ut24a P13: v was refused
// with "cannot chart a topic for every session; this session may not
// write to the cluster").
func TestChartingIsAReadInEveryMode(t *testing.T) {
	for _, tt := range []struct {
		mode      model.ReadOnly
		user      string
		wantSaved bool
	}{
		{model.ReadOnlyAll, "", true},
		{model.ReadOnlyAll, "alice", false},
		{model.ReadOnlyAdmin, "alice", true},
		{model.ReadOnlyOff, "bob", true},
	} {
		t.Run(tt.mode.String()+"/"+tt.user, func(t *testing.T) {
			a := foreignApp(t, 140, 40)
			a.c.Cluster.ReadOnly, a.c.User = tt.mode, tt.user
			saved := 0
			a.c.SaveView = func(context.Context, model.TopicView) (string, error) { saved++; return "/cfg/views.toml", nil }
			var recs []model.Record
			for i := range 6 {
				recs = append(recs, model.Record{Topic: "orders", Partition: 0, Offset: int64(i), Time: fixedNow,
					Key: []byte("k" + itoa(i%3)), Value: []byte(`{"amount":` + itoa(i) + `}`)})
			}
			a.c.Store.(*model.Store).Fold(recs, fixedNow)
			a.Update(changedMsg{version: a.c.Store.Version()})
			do(a, "v")
			got := screen(a)
			if !strings.Contains(got, "chart orders as:") || strings.Contains(got, "read-only mode") {
				t.Fatalf("v is not offered as a read:\n%s", got)
			}
			if footer := lastLine(got); strings.Contains(footer, "ctrl+s") != tt.wantSaved {
				t.Errorf("footer offers ctrl+s %v, want %v: %q", !tt.wantSaved, tt.wantSaved, footer)
			}
			_, cmd := a.Update(keyPress("ctrl+s"))
			run(a, cmd)
			got = flat(screen(a))
			if a.focus != paneSeries || !strings.Contains(got, "1 orders") {
				t.Fatalf("the view did not open for this session (focus %d):\n%s", a.focus, screen(a))
			}
			if (saved == 1) != tt.wantSaved {
				t.Errorf("saved %d times, want saved %v", saved, tt.wantSaved)
			}
			const refusal = "charting orders for this session, not saved: this session is read-only (all): cannot save a view for every session (the server's views.toml); the server's operator gives writes per key"
			if !tt.wantSaved && !strings.Contains(got, refusal) {
				t.Errorf("the refused save is not said in words:\n%s", screen(a))
			}
		})
	}
}

// lastLine is a screen's last line (the footer).
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
