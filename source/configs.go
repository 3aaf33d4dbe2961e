package source

import (
	"context"
	"errors"
	"sort"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

const (
	// defaultConfigsEvery is how often a topic's configs are read again,
	// so a change made by another console or tool shows within a minute
	// (ut24a P1: two consoles read retention 7d and 3d side by side for up
	// to 9.5 minutes at 10). 1,000 topics cost 10 DescribeConfigs a
	// minute, spread over the polls (configsPerPoll), against the poll's
	// several requests a second.
	defaultConfigsEvery = time.Minute
	// configsPerRequest is the topics one DescribeConfigs asks about.
	configsPerRequest = 100
	// configsPerPoll bounds the topics asked about in one poll, so the
	// first poll of a big cluster publishes its topics without waiting
	// for every config; the rest follow over the next polls.
	configsPerPoll = 1000
)

// configsDue is the topics whose configs were never read or are older
// than ConfigsEvery, oldest first, at most configsPerPoll.
func (p *Poller) configsDue(now time.Time, topics []model.TopicStat) []string {
	every := p.ConfigsEvery
	if every <= 0 {
		every = defaultConfigsEvery
	}
	stale := p.staleConfigs.take()
	var due []string
	for _, t := range topics {
		if t.Err != "" {
			continue
		}
		c, ok := p.configs[t.Name]
		if !ok || now.Sub(c.ReadAt) >= every || stale[t.Name] {
			due = append(due, t.Name)
		}
	}
	sort.SliceStable(due, func(i, j int) bool {
		if stale[due[i]] != stale[due[j]] {
			return stale[due[i]] // changed by an action: first
		}
		return p.configs[due[i]].ReadAt.Before(p.configs[due[j]].ReadAt)
	})
	if len(due) > configsPerPoll {
		due = due[:configsPerPoll]
	}
	return due
}

// readConfigs reads the configs of the topics, configsPerRequest per
// DescribeConfigs, a few requests at a time, and keeps them in p.configs
// (forgetting topics no longer on the cluster). A topic the broker refuses
// (ACLs) keeps the refusal in words; a failed request marks its topics.
// It reports whether anything changed.
func (p *Poller) readConfigs(ctx context.Context, now time.Time, topics []model.TopicStat) bool {
	if p.configs == nil {
		p.configs = map[string]model.TopicConfig{}
	}
	exists := make(map[string]bool, len(topics))
	for _, t := range topics {
		exists[t.Name] = true
	}
	changed := false
	for name := range p.configs {
		if !exists[name] {
			delete(p.configs, name)
			changed = true
		}
	}
	due := p.configsDue(now, topics)
	var mu sync.Mutex
	chunks := (len(due) + configsPerRequest - 1) / configsPerRequest
	inParallel(ctx, chunks, 4, func(i int) { // a chunk not asked (ctx ended) is due next poll
		from := i * configsPerRequest
		got := p.describeConfigs(ctx, now, due[from:min(from+configsPerRequest, len(due))])
		mu.Lock()
		defer mu.Unlock()
		for name, c := range got {
			p.configs[name] = c
		}
	})
	return changed || len(due) > 0
}

// describeConfigs asks about one chunk of topics.
func (p *Poller) describeConfigs(ctx context.Context, now time.Time, names []string) map[string]model.TopicConfig {
	req := &kafka.DescribeConfigsRequest{}
	for _, n := range names {
		req.Resources = append(req.Resources, kafka.DescribeConfigRequestResource{ResourceType: kafka.ResourceTypeTopic, ResourceName: n})
	}
	p.count(1)
	res, err := p.Client.DescribeConfigs(ctx, req)
	out := make(map[string]model.TopicConfig, len(names))
	if err != nil {
		for _, n := range names {
			out[n] = model.TopicConfig{Err: "configs not read: " + Explain(err), ReadAt: now}
		}
		return out
	}
	for _, r := range res.Resources {
		c := model.TopicConfig{ReadAt: now}
		if r.Error != nil {
			c.Err = configErr(r.Error)
		}
		for _, e := range r.ConfigEntries {
			src := configSource(e.ConfigSource)
			c.Entries = append(c.Entries, model.ConfigEntry{Name: e.ConfigName, Value: e.ConfigValue, Source: src,
				Default: src == "default" || (src == "" && e.IsDefault), Sensitive: e.IsSensitive})
		}
		c.Entries = topicNames(c.Entries)
		sort.Slice(c.Entries, func(i, j int) bool { return c.Entries[i].Name < c.Entries[j].Name })
		out[r.ResourceName] = c
	}
	return out
}

// topicNames says a broker-set default listed under the broker's config
// name (kfake lists `log.retention.bytes`, Kafka `retention.bytes` with
// the broker's as its synonym) under the topic config's name, as E and C
// name it; where the topic's own config is listed too and is not Kafka's
// default, the broker's is its synonym, not a config of its own, and goes.
func topicNames(entries []model.ConfigEntry) []model.ConfigEntry {
	own := make(map[string]bool, len(entries))
	for _, e := range entries {
		own[e.Name] = !e.Default
	}
	out := entries[:0]
	for _, e := range entries {
		if name, ok := topicNameOf(e.Name); ok {
			if own[name] {
				continue
			}
			e.Name = name
		}
		out = append(out, e)
	}
	return out
}

// configErr says why a topic's configs were refused, in words.
func configErr(err error) string {
	var ke kafka.Error
	if errors.As(err, &ke) {
		switch ke {
		case kafka.TopicAuthorizationFailed, kafka.ClusterAuthorizationFailed:
			return "not allowed to describe configs (ACL)"
		case kafka.UnknownTopicOrPartition:
			return "topic no longer exists"
		}
		return "configs refused: " + ke.Title()
	}
	return "configs refused: " + err.Error()
}

// configSource is DescribeConfigs' source code (v1+) in Kafka's words.
func configSource(s int8) string {
	switch s {
	case 1:
		return "topic"
	case 2:
		return "broker"
	case 3:
		return "cluster default"
	case 4:
		return "static broker"
	case 5:
		return "default"
	case 6:
		return "broker logger"
	}
	return ""
}

// ConfigsChanged asks the next poll to re-read the topic's configs (an
// operator action changed the topic). Safe from any goroutine; it does
// not wait for a poll in progress.
func (p *Poller) ConfigsChanged(topic string) { p.staleConfigs.add(topic) }

// topicSet is a set of topic names behind its own lock.
type topicSet struct {
	mu  sync.Mutex
	set map[string]bool
}

func (s *topicSet) add(topic string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.set == nil {
		s.set = map[string]bool{}
	}
	s.set[topic] = true
}

// take empties the set and returns what it held.
func (s *topicSet) take() map[string]bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.set
	s.set = nil
	return out
}
