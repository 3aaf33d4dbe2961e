package source

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/segmentio/kafka-go/protocol"

	"github.com/washboard/washboard/model"
)

// The tail's own look at the metadata. kafka-go's cache is refreshed
// every 10 s and the poller asks once a poll; a partition whose fetch
// answers NOT_LEADER_OR_FOLLOWER (a leader moved), whose broker went
// away, or whose topic is unknown would otherwise wait for them. A failed
// fetch kicks metaLoop, which asks a fresh Metadata for the topics of the
// parked partitions (and for topics a poll stopped listing) and hands the
// answer to Run: moved partitions resume at their new leader within a
// fraction of a second, and a deleted topic is said in the Log and no
// longer fetched.

// metaDebounce gathers the failures of one request (every partition a
// broker led fails at once) into one Metadata request.
const metaDebounce = 50 * time.Millisecond

// metaRetries is how many more times metaLoop asks while a parked
// partition has no leader yet (an election in progress), waiting longer
// each time; after that the next poll says who leads.
const metaRetries = 4

// metaAnswer is a fresh Metadata answer for the tail, applied by Run.
type metaAnswer struct {
	topics map[string]topicMeta
	asked  []string
	done   chan struct{} // closed once Run applied it
}

// kickMeta asks metaLoop for fresh metadata; it never waits.
func (t *Tail) kickMeta() {
	select {
	case t.kick <- struct{}{}:
	default:
	}
}

// metaLoop is Run's goroutine that reads fresh metadata when kicked.
func (t *Tail) metaLoop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.kick:
		}
		if !Sleep(ctx, metaDebounce) {
			return
		}
		wait := 250 * time.Millisecond
		for try := 0; try <= metaRetries; try++ {
			select {
			case <-t.kick: // folded into this round
			default:
			}
			topics := t.metaTopics()
			if len(topics) == 0 {
				break
			}
			meta, err := readTopicMeta(ctx, t.cfg.Client, &t.versions, topics, toNthBroker(try))
			if err != nil {
				t.cfg.Log.Debug("tail metadata", "topics", len(topics), "err", err)
			} else {
				a := metaAnswer{topics: meta, asked: topics, done: make(chan struct{})}
				select {
				case t.metaRes <- a:
				case <-ctx.Done():
					return
				}
				select {
				case <-a.done:
				case <-ctx.Done():
					return
				}
				if !t.leaderless() {
					break
				}
			}
			if !Sleep(ctx, wait) {
				return
			}
			wait = min(2*wait, 2*time.Second)
		}
	}
}

// metaTopics is the topics to ask about: those of parked partitions and
// those a poll stopped listing.
func (t *Tail) metaTopics() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	set := map[string]bool{}
	for _, ps := range t.parts {
		if ps.parked {
			set[ps.tp.Topic] = true
		}
	}
	for topic := range t.unlisted {
		set[topic] = true
	}
	clear(t.unlisted)
	out := make([]string, 0, len(set))
	for topic := range set {
		out = append(out, topic)
	}
	slices.Sort(out)
	return out
}

// leaderless reports whether a parked partition is still without a
// leader: the answer came during an election.
func (t *Tail) leaderless() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, ps := range t.parts {
		if ps.parked && ps.leader < 0 {
			return true
		}
	}
	return false
}

// reroute applies a fresh Metadata answer: parked partitions whose leader
// moved go to the new leader at once; a topic that is gone is dropped and
// said in the Log; a topic with a new id was recreated (recreatedLocked).
// It returns the brokers that now lead a partition, and notes for the Log.
func (t *Tail) reroute(a metaAnswer, now time.Time) ([]int, []model.Record) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var ids []int
	var notes []model.Record
	for _, topic := range a.asked {
		tm, ok := a.topics[topic]
		if !ok || tm.err != "" {
			continue
		}
		if tm.gone {
			notes = append(notes, t.deletedLocked(topic, now)...)
			continue
		}
		if t.recreated(topic, tm.id) {
			notes = append(notes, t.recreatedLocked(topic, tm.id, now)...)
			continue
		}
		for k, ps := range t.parts {
			if k.Topic != topic {
				continue
			}
			leader, ok := tm.leaders[k.Partition]
			switch {
			case !ok: // the partition is not there any more
				t.dropLocked(k)
			case ps.parked && leader != ps.leader:
				ps.leader, ps.parked = leader, leader < 0
				if leader >= 0 {
					ids = append(ids, leader)
				}
			}
		}
	}
	if len(ids) > 0 {
		t.wakeAllLocked()
	}
	return ids, notes
}

// recreated reports whether id says topic is not the one being read:
// both ids known and different.
func (t *Tail) recreated(topic string, id [16]byte) bool {
	old, ok := t.ids[topic]
	return ok && id != [16]byte{} && old != id
}

// deletedLocked drops every partition of a topic that is gone, with one
// word in the Log; if the topic comes back it is read from its first
// record (apply). t.mu is held.
func (t *Tail) deletedLocked(topic string, now time.Time) []model.Record {
	found := false
	for k := range t.parts {
		if k.Topic == topic {
			t.dropLocked(k)
			found = true
		}
	}
	delete(t.ids, topic)
	if !found {
		return nil
	}
	t.deleted[topic] = true
	t.cfg.Log.Info("tail: topic deleted", "topic", topic)
	return []model.Record{{Topic: topic, Partition: model.WholeTopic, Time: now,
		Note: fmt.Sprintf("topic %s was deleted: no longer read (if it is created again, it is read from its first record)", topic)}}
}

// recreatedLocked restarts every partition of a topic deleted and
// recreated under the same name: they are dropped now and read from the
// new log start as new partitions when a poll lists them (the next one,
// or the one being applied). One word in the Log. t.mu is held.
func (t *Tail) recreatedLocked(topic string, id [16]byte, now time.Time) []model.Record {
	for k := range t.parts {
		if k.Topic == topic {
			t.dropLocked(k)
			delete(t.gone, k)
		}
	}
	for k := range t.gone { // partitions the old topic had and the new may not: never "back"
		if k.Topic == topic {
			delete(t.gone, k)
		}
	}
	t.ids[topic] = id
	delete(t.deleted, topic)
	t.cfg.Log.Info("tail: topic has a new topic id (deleted and recreated, or its cluster replaced)", "topic", topic)
	return []model.Record{recreatedNote(topic, now)}
}

// recreatedNote is the Log's word on a topic read again from its start.
func recreatedNote(topic string, now time.Time) model.Record {
	return model.Record{Topic: topic, Partition: model.WholeTopic, Time: now, Restart: true,
		Note: fmt.Sprintf("topic %s has a new topic id (deleted and recreated, or its cluster replaced): reading it again from the start", topic)}
}

// dropLocked stops reading one partition and remembers it gone. t.mu is
// held.
func (t *Tail) dropLocked(k model.TP) {
	delete(t.parts, k)
	if len(t.gone) < maxGone {
		t.gone[k] = true
	}
}

// idsLocked notes the topic ids a poll gives and restarts every topic
// whose id changed: deleted and recreated, however quickly it was
// refilled past the position the tail had. t.mu is held.
func (t *Tail) idsLocked(parts []model.PartitionStat, now time.Time) []model.Record {
	var notes []model.Record
	for i := range parts {
		p := &parts[i]
		if p.TopicID == [16]byte{} {
			continue
		}
		if t.recreated(p.Topic, p.TopicID) {
			notes = append(notes, t.recreatedLocked(p.Topic, p.TopicID, now)...)
		}
		t.ids[p.Topic] = p.TopicID
	}
	return notes
}

// toNthBroker routes the n-th try of a request: the first as toAnyBroker,
// later ones to the other brokers in turn (the one that went away may be
// the one kafka-go's cache still names first).
func toNthBroker(n int) func(protocol.Cluster) (protocol.Broker, error) {
	return func(c protocol.Cluster) (protocol.Broker, error) {
		first, err := toAnyBroker(c)
		if n == 0 || err != nil {
			return first, err
		}
		ids := make([]int32, 0, len(c.Brokers))
		for id := range c.Brokers {
			if id != first.ID {
				ids = append(ids, id)
			}
		}
		if len(ids) == 0 {
			return first, nil
		}
		slices.Sort(ids)
		return c.Brokers[ids[(n-1)%len(ids)]], nil
	}
}
