package source

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// SharedSession is the session of topics chosen on the command line
// (--topic NAME@START): every session sees them.
const SharedSession = ""

// DefaultMaxWatched bounds the topics sessions may choose to read at
// runtime, all sessions together: the one tail reads their union, and a
// server with 30 viewers must not read 30 x N topics.
const DefaultMaxWatched = 16

// Watches is the topics sessions chose to read at runtime (each from the
// place it chose), on top of the configured ones. The tail reads the union,
// at most Max topics; a session sees its own choices in its Log and not
// another's (Hidden). Safe for concurrent use by every session.
type Watches struct {
	client *kafka.Client
	tail   *Tail
	max    int

	mu       sync.Mutex
	sessions map[string]map[string]bool // session -> topics it watches
}

// NewWatches makes the registry; max <= 0 is DefaultMaxWatched.
func NewWatches(client *kafka.Client, tail *Tail, max int) *Watches {
	if max <= 0 {
		max = DefaultMaxWatched
	}
	return &Watches{client: client, tail: tail, max: max, sessions: map[string]map[string]bool{}}
}

// ErrNotOnCluster is Watch's error for a topic the cluster does not have
// (no partitions, or Kafka's UNKNOWN_TOPIC_OR_PARTITION), said in these
// words wherever it is shown.
var ErrNotOnCluster = errors.New("not on the cluster")

// Max is how many topics all sessions together may watch.
func (w *Watches) Max() int { return w.max }

// Watch makes session read topic from pos. It reads the topic's
// partitions and resolves the position (ListOffsets, by timestamp for a
// time) before anything changes, and returns what it did in words. It
// does I/O: call it from a command, never from Update.
func (w *Watches) Watch(ctx context.Context, session, topic string, pos Position) (string, error) {
	w.mu.Lock()
	union := w.unionLocked()
	if !slices.Contains(union, topic) && len(union) >= w.max {
		w.mu.Unlock()
		return "", fmt.Errorf("already reading %d chosen topics, the most this washboard reads at once: stop one first", w.max)
	}
	w.mu.Unlock()

	meta, err := w.client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return "", fmt.Errorf("metadata of %s: %w", topic, err)
	}
	var parts []int
	for _, t := range meta.Topics {
		if t.Name != topic {
			continue
		}
		if errors.Is(t.Error, kafka.UnknownTopicOrPartition) {
			break // said in washboard's words below, not Kafka's code (ut24a P21)
		}
		if t.Error != nil {
			return "", fmt.Errorf("%s: %w", topic, t.Error)
		}
		for _, p := range t.Partitions {
			parts = append(parts, p.ID)
		}
	}
	if len(parts) == 0 {
		return "", fmt.Errorf("%s: %w", topic, ErrNotOnCluster)
	}
	sort.Ints(parts)
	starts, err := resolve(ctx, w.client, topic, parts, pos)
	if err != nil {
		return "", err
	}
	offsets := make(map[int]int64, len(starts))
	for _, s := range starts {
		offsets[s.Partition] = s.Offset
	}
	w.tail.StartAt(topic, offsets)
	w.mu.Lock()
	if w.sessions[session] == nil {
		w.sessions[session] = map[string]bool{}
	}
	w.sessions[session][topic] = true
	w.mu.Unlock()
	return startWords(topic, pos, starts), nil
}

// Unwatch stops session reading topic; the tail stops when no session
// and no configuration reads it.
func (w *Watches) Unwatch(session, topic string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	delete(w.sessions[session], topic)
}

// Drop forgets a session that ended.
func (w *Watches) Drop(session string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	delete(w.sessions, session)
}

// Mine is the topics session watches, sorted.
func (w *Watches) Mine(session string) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for t := range w.sessions[session] {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Topics is the union of every session's topics, sorted.
func (w *Watches) Topics() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.unionLocked()
}

func (w *Watches) unionLocked() []string {
	seen := map[string]bool{}
	var out []string
	for _, ts := range w.sessions {
		for t := range ts {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	sort.Strings(out)
	return out
}

// addChosen adds the runtime-watched topics' partitions to what the tail
// reads, and returns the topics read only because a session chose them
// (not configured, not auto-watched): each session hides the others'.
func (p *Poller) addChosen(tailed, all []model.PartitionStat) ([]model.PartitionStat, []string) {
	if p.Watches == nil {
		return tailed, nil
	}
	chosen := p.Watches.Topics()
	if len(chosen) == 0 {
		return tailed, nil
	}
	base := map[string]bool{}
	for _, ps := range tailed {
		base[ps.Topic] = true
	}
	var add, only []string
	shared := p.Watches.Mine(SharedSession)
	for _, t := range chosen {
		if !base[t] {
			add = append(add, t)
			if !slices.Contains(shared, t) {
				only = append(only, t)
			}
		}
	}
	for _, ps := range all {
		if slices.Contains(add, ps.Topic) {
			tailed = append(tailed, ps)
		}
	}
	return tailed, only
}
