package ui

import (
	"context"
	"strings"
	"testing"
	"time"
	"unsafe"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// quietPoll is one poll of a quiet cluster: two topics whose watermarks
// do not move, no groups.
func quietPoll(high int64) model.Poll {
	parts := []model.PartitionStat{
		{Topic: model.LaundryTopic, Partition: 0, Leader: 1, High: high},
		{Topic: model.LaundryTopic, Partition: 1, Leader: 1, High: 7},
		{Topic: model.StudentTopic, Partition: 0, Leader: 1, High: 5},
	}
	highs := map[model.TP]int64{}
	for _, p := range parts {
		highs[model.TP{Topic: p.Topic, Partition: p.Partition}] = p.High
	}
	// The poll began 30 ms ago: its duration (PollTook, from Start to
	// the end of ApplyPoll) sits well inside the border's ≤50ms step, so
	// a slow apply under -race does not raise the bound and draw a frame
	// (1 run in 60 did with Start = now).
	return model.Poll{Start: time.Now().Add(-30 * time.Millisecond), Requests: 4, Partitions: parts, Highs: highs,
		Topics:     []string{model.LaundryTopic, model.StudentTopic},
		TopicStats: []model.TopicStat{{Name: model.LaundryTopic, Partitions: 2, Replication: 1}, {Name: model.StudentTopic, Partitions: 1, Replication: 1}},
		Cluster:    model.ClusterInfo{ID: "c1", Controller: 1, Brokers: []model.BrokerStat{{ID: 1, Host: "127.0.0.1", Port: 9092}}}}
}

// Nothing is drawn when nothing changed: after a poll that changed
// nothing a pane shows (the same watermarks, topics and brokers; only the
// poll's own time moved), the session's frame is the last one, string for
// string, no pane's box is drawn again and no frame is counted, so the
// terminal is not written to. A poll that moves a watermark, a record,
// and a key each draw a new frame at once.
func TestQuietPollDrawsNothing(t *testing.T) {
	for _, size := range [][2]int{{200, 50}, {80, 24}} {
		s := testStore(t)
		boxes := NewBoxCache(0)
		a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Boxes: boxes,
			Cluster: Cluster{Name: "127.0.0.1:9092"}})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		// Polls settle the rates (the first has nothing to compare with)
		// and fill the trend: a rate of 0 is drawn (▁, ut16a D3), so the
		// trend grows a cell a poll until it is topicHist wide.
		for range topicHist + 2 {
			s.ApplyPoll(quietPoll(12))
			a.Update(changedMsg{version: s.Version()})
			a.View()
		}
		frames, drawn, last := a.Frames(), boxes.Drawn(), a.View().Content
		for i := range 3 {
			s.ApplyPoll(quietPoll(12))
			a.Update(changedMsg{version: s.Version()})
			got := a.View().Content
			if a.Frames() != frames || boxes.Drawn() != drawn {
				t.Fatalf("%dx%d: quiet poll %d drew %d frames and %d boxes, want none:\n%s", size[0], size[1], i+1,
					a.Frames()-frames, boxes.Drawn()-drawn, firstDiff(last, got))
			}
			if !sameString(got, last) {
				t.Fatalf("%dx%d: quiet poll %d: the frame is a new string", size[0], size[1], i+1)
			}
		}
		s.ApplyPoll(quietPoll(40)) // a watermark moved: Partitions shows it
		a.Update(changedMsg{version: s.Version()})
		if got := a.View().Content; a.Frames() != frames+1 || got == last {
			t.Fatalf("%dx%d: a moved watermark drew %d frames, want 1", size[0], size[1], a.Frames()-frames)
		}
		frames = a.Frames()
		do(a, "z") // a key draws at once, from the cache where panes are unchanged
		a.View()
		if a.Frames() != frames+1 {
			t.Fatalf("%dx%d: a key drew %d frames, want 1", size[0], size[1], a.Frames()-frames)
		}
	}
}

// sameString reports whether two strings are one string (the same bytes
// at the same address): the renderer's comparison then ends at once.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// The poll time in the Partitions border is a bound in 1-2-5 steps that
// rises at once and falls only when polls get four times faster.
func TestPollStep(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		shown, took, want time.Duration
	}{
		{0, 300 * time.Microsecond, ms},
		{0, ms, ms},
		{0, 1100 * time.Microsecond, 2 * ms},
		{0, 12 * ms, 20 * ms},
		{0, 310 * ms, 500 * ms},
		{0, 1500 * ms, 2 * time.Second},
		{2 * ms, 900 * time.Microsecond, 2 * ms},  // jitter below the bound: it stays
		{2 * ms, 600 * time.Microsecond, 2 * ms},  // a quarter of it and more: stays
		{2 * ms, 400 * time.Microsecond, ms},      // under a quarter: falls
		{2 * ms, 2100 * time.Microsecond, 5 * ms}, // over it: rises at once
		{500 * ms, 90 * ms, 100 * ms},             // much faster: the bound that fits
		{20 * ms, 20 * ms, 20 * ms},               // at the bound: stays
	}
	for _, tt := range tests {
		if got := pollStep(tt.shown, tt.took); got != tt.want {
			t.Errorf("pollStep(%v, %v) = %v, want %v", tt.shown, tt.took, got, tt.want)
		}
	}
}

// Boxes drawn alike are drawn once, whichever session asks; a change in
// any input draws again; and what the cache keeps stays under its limit
// however many distinct boxes go through it.
func TestBoxCache(t *testing.T) {
	c := NewBoxCache(64 << 10)
	draws := 0
	draw := func(in boxInput) string {
		return c.entry(in, func() string { draws++; return strings.Repeat("x", in.w*in.h) }).out
	}
	in := boxInput{sig: "dark", title: "6 Log", status: "3 seen", lines: []string{"a", "b"}, w: 40, h: 10}
	first := draw(in)
	again := in
	again.lines = []string{"a", "b"} // equal lines, another slice (another session's)
	if draw(again) != first || draws != 1 {
		t.Fatalf("an equal box was drawn again (%d draws)", draws)
	}
	for _, change := range []func(*boxInput){
		func(b *boxInput) { b.sig = "light" },
		func(b *boxInput) { b.title = "6 Log!" },
		func(b *boxInput) { b.status = "4 seen" },
		func(b *boxInput) { b.lines = []string{"a", "c"} },
		func(b *boxInput) { b.lines = []string{"a"} },
		func(b *boxInput) { b.w = 41 },
		func(b *boxInput) { b.h = 11 },
		func(b *boxInput) { b.focused = true },
	} {
		b := in
		b.lines = append([]string(nil), in.lines...)
		change(&b)
		before := draws
		draw(b)
		if draws != before+1 {
			t.Fatalf("a changed input (%+v) was not drawn", b)
		}
	}
	if c.Drawn() != uint64(draws) {
		t.Fatalf("Drawn() = %d, want %d", c.Drawn(), draws)
	}
	for i := range 2000 {
		draw(boxInput{title: strings.Repeat("t", i%50), lines: []string{strings.Repeat("l", i)}, w: 30, h: 20})
		if n := c.bytes(); n > 64<<10 {
			t.Fatalf("after %d boxes the cache holds %d bytes, over its 64 KiB", i+1, n)
		}
	}
	// What frames keep asking for stays: the first box is still found
	// after many others when it was asked for in between.
	c = NewBoxCache(64 << 10)
	draws = 0
	draw(in)
	for i := range 500 {
		draw(in)
		draw(boxInput{lines: []string{strings.Repeat("l", i)}, w: 30, h: 20})
	}
	if draws != 501 {
		t.Fatalf("a box asked for every frame was drawn %d times in all, want once (and 500 others)", draws-500)
	}
}

// The border's poll bound rises at once and falls only after a minute of
// polls under a quarter of it: jittering poll times on a real cluster
// (5 to 100 ms) showed a different bound on nearly every frame of an
// untouched screen (ut40b-15).
func TestPollBoundHoldsThroughJitter(t *testing.T) {
	ms := time.Millisecond
	t0 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	var h pollBoundHold
	shown := map[time.Duration]bool{}
	for i, d := range []time.Duration{20 * ms, 90 * ms, 4 * ms, 12 * ms, 3 * ms, 60 * ms, 5 * ms, 2 * ms, 40 * ms, 3 * ms} {
		got := h.observe(d, t0.Add(time.Duration(i)*time.Second))
		if i > 0 {
			shown[got] = true
		}
	}
	if len(shown) != 1 || !shown[100*ms] {
		t.Errorf("a jittering poll showed bounds %v, want 100ms alone", shown)
	}
	for i := range 70 { // a minute and more of fast polls: it falls
		h.observe(3*ms, t0.Add(time.Duration(10+i)*time.Second))
	}
	if got := h.observe(3*ms, t0.Add(81*time.Second)); got != 5*ms {
		t.Errorf("after 70 s of 3 ms polls the bound is %v, want 5ms", got)
	}
	if got := h.observe(300*ms, t0.Add(82*time.Second)); got != 500*ms {
		t.Errorf("a 300 ms poll shows %v, want 500ms at once", got)
	}
}
