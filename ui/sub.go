package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// frameInterval is the shortest gap between two store-driven redraws: at
// most ~30 a second, however many records arrive.
const frameInterval = 33 * time.Millisecond

// RendererFPS is how often a program's renderer looks for a new frame to
// write: the subscription never makes more than ~30 a second
// (frameInterval), so Bubble Tea's default ticker of 60 a second woke each
// session 60 times a second to find nothing new, half the time while
// records stream and every time while the cluster is idle. A key's frame
// waits for the next tick: at most 33 ms.
const RendererFPS = 30

// streamInterval paces redraws while changes keep coming (a change within
// streamGap of the last redraw): ten frames a second is as fast as anyone
// reads a scrolling Log, and a third of the work. A change after a quiet
// spell, and every key, still draws at once.
const (
	streamInterval = 100 * time.Millisecond
	streamGap      = 150 * time.Millisecond
)

// changedMsg says the store moved to version.
type changedMsg struct{ version uint64 }

// tickMsg refreshes ages ("3s ago") once a second.
type tickMsg time.Time

// waitForChange is the subscription: a command that blocks until the store
// changes after version `since`, lets a frame's worth of further changes
// pile up, and reports the newest version. The root re-arms it after each
// report, so there is one wake-up per frame at most and none while nothing
// changes. It ends with the session's context.
func waitForChange(ctx context.Context, store model.Reader, since uint64, last time.Time) tea.Cmd {
	return func() tea.Msg {
		for {
			v, ch := store.Changed()
			if v != since {
				break
			}
			select {
			case <-ctx.Done():
				return nil
			case <-ch:
			}
		}
		interval := frameInterval
		if since := time.Since(last); since < streamGap {
			interval = streamInterval
		}
		if wait := interval - time.Since(last); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil
			case <-t.C:
			}
		}
		return changedMsg{version: store.Version()}
	}
}

func tick() tea.Cmd {
	return tea.Every(time.Second, func(t time.Time) tea.Msg { return tickMsg(t) })
}
