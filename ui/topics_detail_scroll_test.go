package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Every key moves the topic detail's view, pgup/pgdn by the rows a window
// shows (ut24a P4: pgdn from the top scrolled one line, and the first ↑ or
// pgup after G did nothing: a hidden cursor moved first).
func TestTopicDetailEveryKeyMovesTheView(t *testing.T) {
	k := DefaultKeyMap()
	for _, tc := range []struct {
		rows, h int
		keys    []string
		want    []int // the offset after each key
	}{
		// 200x50: 60 lines in a 17-row box (16 shown above "… more below")
		{60, 17, []string{"pgdown", "pgdown", "pgdown", "pgdown"}, []int{16, 32, 43, 43}},
		{60, 17, []string{"G", "pgup", "pgup", "k", "j"}, []int{43, 27, 11, 10, 11}},
		// 80x24 zoomed: 22 lines in 20 rows
		{22, 20, []string{"g", "pgdown", "k", "k", "G", "pgup"}, []int{0, 2, 1, 0, 2, 0}},
		{22, 20, []string{"G", "k"}, []int{2, 1}},
	} {
		d := &topicDetail{rows: tc.rows}
		for i, key := range tc.keys {
			if !d.scrollKey(k, keyPress(key), tc.h) {
				t.Fatalf("%q not taken", key)
			}
			if d.scroll.offset != tc.want[i] {
				t.Fatalf("%d lines in %d rows, keys %v: after %q the first row is %d, want %d", tc.rows, tc.h, tc.keys[:i+1], key, d.scroll.offset, tc.want[i])
			}
		}
	}
}

// The same through the Topics pane: orders' detail, 13 lines in an 80x14
// box of 10 rows (its summary on two), moved by every key.
func TestTopicDetailKeysInThePane(t *testing.T) {
	c := &Common{Ctx: context.Background(), Store: foreignStore(t), Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 14})
	act(a, "8", "enter")
	// the summary wrapped, whole: one line would not have shown the
	// whole detail either (ut36a-21: `retention 7d` was left out)
	if s := screen(a); !strings.Contains(s, "retention 7d") {
		t.Fatalf("the summary is not whole in a box of 10 rows:\n%s", s)
	}
	for _, step := range []struct{ key, want string }{
		{"pgdown", "4-13/13"}, {"k", "3-11/13"}, {"k", "2-10/13"}, {"G", "4-13/13"}, {"k", "3-11/13"}, {"G", "4-13/13"}, {"pgup", "1-9/13"},
	} {
		act(a, step.key)
		if s := screen(a); !strings.Contains(strings.Split(s, "\n")[1], step.want) {
			t.Fatalf("after %q the border does not say %s:\n%s", step.key, step.want, s)
		}
	}
}
