package ui

import (
	"context"
	"flag"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixedNow is the clock of every UI test, so ages render the same each run.
var fixedNow = time.Date(2026, 11, 22, 3, 4, 5, 0, time.UTC)

// testStore is a store with a little of everything, at known times.
func testStore(t *testing.T) *model.Store {
	t.Helper()
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	at := func(sec int) time.Time { return fixedNow.Add(time.Duration(-sec) * time.Second) }
	recs := []model.Record{
		{Topic: model.LaundryTopic, Partition: 0, Offset: 1, Time: at(3), Key: []byte("washer-01"),
			Value: []byte(`{"machine_id":"washer-01","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"power_w":2150}`)},
		{Topic: model.LaundryTopic, Partition: 1, Offset: 7, Time: at(1), Key: []byte("washer-02"),
			Value: []byte(`{"machine_id":"washer-02","program":"wool-30","load_kg":2,"heat_c":88,"power_w":2900}`)},
		{Topic: model.LaundryTopic, Partition: 2, Offset: 9, Time: at(90), Key: []byte("dryer-01"),
			Value: []byte(`{"machine_id":"dryer-01","program":"dry-high","load_kg":4,"heat_c":97.5,"power_w":2500}`)},
		{Topic: model.RiderTopic, Partition: 0, Offset: 2, Time: at(5), Key: []byte("location-update"),
			Value: []byte(`{"name":"deepanshu","location":"north"}`)},
		{Topic: model.StudentTopic, Partition: 0, Offset: 3, Time: at(8), Value: []byte(`{"StudentId":"s-17","State":0}`)},
		{Topic: model.StudentTopic, Partition: 0, Offset: 4, Time: at(2), Value: []byte(`{"StudentId":"s-18","State":"LoggedOut"}`)},
		{Topic: "other", Partition: 0, Offset: 5, Time: at(1), Key: []byte("\x1b]0;pwned\x07"),
			Value: []byte("\x1b[2J\x1b[31mred\xff")},
	}
	s.Fold(recs, fixedNow)
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Partitions = []model.PartitionStat{
			{Topic: model.LaundryTopic, Partition: 0, Low: 0, High: 12},
			{Topic: model.StudentTopic, Partition: 0, Low: 3, High: 5},
		}
		st.Groups = []model.GroupStat{{ID: "student-consumers", State: "Stable", Protocol: "consumer", Members: 2}}
	})
	return s
}

func testApp(t *testing.T, w, h int) *App {
	t.Helper()
	c := &Common{
		Ctx: context.Background(), Store: testStore(t), Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true},
	}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

func screen(a *App) string { return ansi.Strip(a.View().Content) }

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if got != string(want) {
		t.Fatalf("render differs from %s (go test ./ui -update rewrites it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestGoldenScreens(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
	}{
		{"grid-120x36", 120, 36, nil},
		{"zoom-log-100x12", 100, 12, []string{"6", "z"}},
		{"tiny-40x10", 40, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testApp(t, tt.w, tt.h)
			for _, k := range tt.keys {
				a.Update(keyPress(k))
			}
			got := screen(a)
			assertFits(t, got, tt.w, tt.h)
			golden(t, tt.name, got)
		})
	}
}

// assertFits checks the frame is exactly the terminal's size.
func assertFits(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("line %d is %d cells wide, terminal is %d: %q", i, lw, w, l)
		}
	}
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	if c, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func TestMain(m *testing.M) {
	time.Local = time.UTC // log times render the same on every machine
	os.Exit(m.Run())
}

func TestHostilePayloadNeverReachesTheTerminal(t *testing.T) {
	a := testApp(t, 120, 36)
	a.Update(keyPress("6"))
	a.Update(keyPress("z"))
	raw := a.View().Content
	for _, bad := range []string{"\x1b[2J", "\x1b]0;pwned", "\x07", "\xff"} {
		if strings.Contains(raw, bad) {
			t.Fatalf("frame contains %q from a payload", bad)
		}
	}
	if !strings.Contains(screen(a), `\x1b[2J\x1b[31mred\xff`) {
		t.Fatal("the hostile value is not shown escaped")
	}
}

func TestFocusZoomHelpAndQuit(t *testing.T) {
	a := testApp(t, 120, 36)
	steps := []struct {
		key   string
		focus int
		zoom  bool
	}{
		{"4", panePartitions, false}, {"tab", paneGroups, false}, {"z", paneGroups, true},
		{"z", paneGroups, false}, {"1", paneSeries, false},
	}
	for _, s := range steps {
		a.Update(keyPress(s.key))
		if a.focus != s.focus || a.zoom != s.zoom {
			t.Fatalf("after %q: focus %d zoom %v, want %d %v", s.key, a.focus, a.zoom, s.focus, s.zoom)
		}
	}
	a.Update(keyPress("?"))
	if !strings.Contains(screen(a), "esc or ? to close") {
		t.Fatal("? does not show the keys")
	}
	a.Update(keyPress("esc"))
	if _, cmd := a.Update(keyPress("q")); !quits(cmd) {
		t.Fatal("q does not quit")
	}
}

func TestTypingInProduceDoesNotQuit(t *testing.T) {
	a := testApp(t, 120, 36)
	a.Update(keyPress("p"))
	a.Update(keyPress("enter"))
	if a.focus != paneProduce || !a.panes[paneProduce].Capturing() {
		t.Fatal("p, enter does not open the form for typing")
	}
	if _, cmd := a.Update(keyPress("q")); quits(cmd) {
		t.Fatal("q quit while typing in the form")
	}
	if _, cmd := a.Update(keyPress("ctrl+c")); !quits(cmd) {
		t.Fatal("ctrl+c does not quit while typing")
	}
}

func TestViewIsCachedWhenNothingChanged(t *testing.T) {
	a := testApp(t, 120, 36)
	first := a.View().Content
	a.cache.content = "sentinel"
	if a.View().Content != "sentinel" {
		t.Fatal("view re-rendered though neither store nor session changed")
	}
	a.Update(changedMsg{version: a.c.Store.Version() + 1})
	if got := a.View().Content; got == "sentinel" || got != first {
		t.Fatalf("view not re-rendered after a store change")
	}
}

func TestSubscriptionCoalesces(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// It waits for a change, and wakes for one.
	v0 := s.Version()
	done := make(chan tea.Msg)
	go func() { done <- waitForChange(ctx, s, v0, time.Time{})() }()
	s.Update(func(*model.State) {})
	if msg := (<-done).(changedMsg); msg.version == v0 {
		t.Fatal("woke without a change")
	}

	// A hundred changes since the last frame: one wake-up reports the
	// latest of them, not the first.
	v1 := s.Version()
	for range 100 {
		s.Update(func(*model.State) {})
	}
	if msg := waitForChange(ctx, s, v1, time.Now())().(changedMsg); msg.version != s.Version() {
		t.Fatalf("reported version %d, latest %d: updates were not coalesced", msg.version, s.Version())
	}

	cancel()
	if m := waitForChange(ctx, s, s.Version(), time.Time{})(); m != nil {
		t.Fatal("subscription did not end with its context")
	}
}

func TestBackgroundColourPicksStyles(t *testing.T) {
	a := testApp(t, 80, 24)
	dark := a.c.Styles
	a.Update(tea.BackgroundColorMsg{Color: color.White})
	if a.c.Styles == dark || a.c.Styles.OK.GetForeground() == dark.OK.GetForeground() {
		t.Fatal("a light background did not switch to the light styles")
	}
}

func TestHelpShowsEveryKeyOfThePane(t *testing.T) {
	a := testApp(t, 160, 40)
	a.Update(keyPress("6"))
	a.Update(keyPress("?"))
	s := screen(a)
	for _, want := range []string{"keys · Log", "pgup", "home/g", "wheel", "esc", "space", "export NDJSON", "re:REGEXP", "JSON fields by path"} {
		if !strings.Contains(s, want) {
			t.Errorf("help of the Log lacks %q:\n%s", want, s)
		}
	}
}

func TestNarrowHelpShowsThePaneKeysFirst(t *testing.T) {
	a := testApp(t, 50, 15)
	a.Update(keyPress("6"))
	a.Update(keyPress("?"))
	s := screen(a)
	for _, want := range []string{"pause/follow", "filter", "export NDJSON"} {
		if !strings.Contains(s, want) {
			t.Errorf("50x15 help of the Log lacks %q:\n%s", want, s)
		}
	}
}

// writer is the test's write side of a session's store: ui itself only
// holds a model.Reader.
func writer(c *Common) *model.Store { return c.Store.(*model.Store) }

// quits reports whether cmd yields tea.QuitMsg, inside batches too. It
// asserts on the message's type: comparing printed messages matched any
// empty struct, and missed a Quit inside a batch. A cursor's blink is not
// run: it never quits, and it sleeps half a second first.
func quits(cmd tea.Cmd) bool {
	if cmd == nil || isBlink(cmd) {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}

func TestQuitsSeesOnlyQuit(t *testing.T) {
	tests := []struct {
		name string
		cmd  tea.Cmd
		want bool
	}{
		{"nil", nil, false},
		{"quit", tea.Quit, true},
		{"another empty struct", func() tea.Msg { return tea.ClearScreen() }, false},
		{"quit in a batch", tea.Batch(func() tea.Msg { return nil }, tea.Quit), true},
		{"batch without quit", tea.Batch(tea.ClearScreen, tea.ClearScreen), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quits(tt.cmd); got != tt.want {
				t.Fatalf("quits = %v, want %v", got, tt.want)
			}
		})
	}
}
