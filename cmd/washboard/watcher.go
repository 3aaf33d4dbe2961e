package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/source"
)

// watcher adapts source.Watches to the UI: it parses the start position
// the user typed, now, and passes it on.
type watcher struct{ w *source.Watches }

func (a watcher) Watch(ctx context.Context, session, topic, from string) (string, error) {
	pos, err := source.ParsePosition(from, time.Now())
	if err != nil {
		return "", err
	}
	return a.w.Watch(ctx, session, topic, pos)
}

func (a watcher) Unwatch(session, topic string) { a.w.Unwatch(session, topic) }
func (a watcher) Mine(session string) []string  { return a.w.Mine(session) }

// Topics is every session's chosen topics: u says a view is no longer fed
// only when no session reads its topic (ui/view_fed.go).
func (a watcher) Topics() []string { return a.w.Topics() }

// placed is one --topic NAME@START: a topic read from a chosen place.
type placed struct {
	topic string
	pos   source.Position
}

// splitPlaced takes the NAME@START entries out of the --topic list (Kafka
// topic names cannot contain '@'), parsing their positions.
func splitPlaced(topics []string, now time.Time) (plain []string, at []placed, err error) {
	for _, t := range topics {
		name, start, ok := strings.Cut(t, "@")
		if !ok {
			plain = append(plain, t)
			continue
		}
		pos, err := source.ParsePosition(start, now)
		if err != nil {
			return nil, nil, fmt.Errorf("--topic %s: %w", t, err)
		}
		at = append(at, placed{topic: name, pos: pos})
	}
	return plain, at, nil
}

// startPlaced reads the command line's NAME@START topics, for every
// session, once each resolves; a topic that is not there yet is tried
// again every few seconds until ctx ends, and a position the topic cannot
// honour (a partition it does not have) is said and given up. How each
// went is in the store, one line per topic, for the Topics pane to say.
//
// A --topic NAME without a place that the cluster does not have is said
// too, once a poll has listed the topics, until it appears (ut16b E24: a
// typo read as a quiet topic).
func startPlaced(ctx context.Context, w *source.Watches, store *model.Store, at []placed, named []string, log *slog.Logger) {
	notes := make([]string, len(at))
	for i, p := range at {
		notes[i] = "--topic " + p.topic + "@" + p.pos.Text + ": waiting"
	}
	store.SetStartNotes(notes)
	pending := make([]bool, len(at))
	for i := range pending {
		pending[i] = true
	}
	for {
		left := 0
		for i, p := range at {
			if !pending[i] {
				continue
			}
			words, err := w.Watch(ctx, source.SharedSession, p.topic, p.pos)
			var perr *source.PositionError
			switch {
			case err == nil:
				log.Info(words)
				notes[i], pending[i] = words, false
			case errors.Is(err, source.ErrNotOnCluster):
				// the words a --topic NAME the cluster lacks gets (missingNotes),
				// not Kafka's error code (ut24a P21)
				notes[i] = "!! --topic " + p.topic + "@" + p.pos.Text + ": not on the cluster; read from " + p.pos.Text + " when it appears (washboard never creates topics)"
				left++
			case errors.As(err, &perr):
				log.Warn("--topic with a start position", "topic", p.topic, "err", err)
				notes[i], pending[i] = fmt.Sprintf("!! --topic %s@%s: %v", p.topic, p.pos.Text, err), false
			default:
				log.Warn("--topic with a start position", "topic", p.topic, "err", err)
				notes[i] = retryNote(p, err)
				left++
			}
		}
		missing, polled := missingTopics(store, named)
		for _, t := range missing {
			log.Warn("--topic names a topic the cluster does not have", "topic", t)
		}
		store.SetStartNotes(append(slices.Clip(notes), missingNotes(missing)...))
		wait := 5 * time.Second
		if !polled {
			wait = time.Second // the first poll answers within a second or two
		}
		if left == 0 && polled && len(missing) == 0 || !source.Sleep(ctx, wait) {
			return
		}
	}
}

// namedTopics is the --topic names without a place that name one topic
// ('*' reads every topic).
func namedTopics(plain []string) []string {
	var out []string
	for _, t := range plain {
		if !strings.Contains(t, "*") {
			out = append(out, t)
		}
	}
	return out
}

// missingTopics is which of named the last answered poll did not list;
// polled is false until a poll has answered.
func missingTopics(store *model.Store, named []string) (missing []string, polled bool) {
	store.Read(func(st *model.State) {
		if polled = !st.Link.AnsweredAt.IsZero() && st.Topics != nil; !polled {
			return
		}
		for _, t := range named {
			if _, found := slices.BinarySearch(st.Topics, t); !found {
				missing = append(missing, t)
			}
		}
	})
	return missing, polled
}

// missingNotes says each named topic the cluster does not have.
func missingNotes(missing []string) []string {
	out := make([]string, len(missing))
	for i, t := range missing {
		out[i] = "!! --topic " + t + ": not on the cluster; read when it appears (washboard never creates topics)"
	}
	return out
}

// retryNote is the outcome of a --topic NAME@PLACE whose read could not
// start and is tried again (the cluster unreachable, or not answering):
// the cause in the words the header uses (source.Explain), never the
// client library's chain (ut43b-16: `kafka.(*Client).Metadata: dial tcp
// …: connect: connection refused` beside the header's `nothing listens
// on …`).
func retryNote(p placed, err error) string {
	return fmt.Sprintf("!! --topic %s@%s: not read yet: %s; read from %s once it answers",
		p.topic, p.pos.Text, source.ExplainOnce(err), p.pos.Text)
}
