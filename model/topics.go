package model

import (
	"sort"
	"time"
)

// BrokerStat is one broker of the cluster as Metadata names it.
type BrokerStat struct {
	ID   int
	Host string
	Port int
	Rack string // "" when the broker has none
	// Gone: the broker was in an earlier Metadata answer since washboard
	// started and is not in the latest one.
	Gone bool
	// Kafka is the Kafka release its ApiVersions answer matches ("v3.9",
	// "at least v4.1"), "" until it answered.
	Kafka string
}

// ClusterInfo is the cluster itself, from Metadata and ApiVersions.
type ClusterInfo struct {
	ID         string       // cluster id; "" when the broker does not say (Metadata < v2)
	Controller int          // broker id of the controller, -1 when unknown
	Brokers    []BrokerStat // live brokers by id, then gone ones by id
	// Kafka is the range of Kafka releases the brokers speak ("v3.9" when
	// they agree, "v3.8 – v3.9" when not), "" until one answered ApiVersions.
	Kafka string
}

// Live counts the brokers in the latest Metadata answer.
func (c ClusterInfo) Live() int {
	n := 0
	for _, b := range c.Brokers {
		if !b.Gone {
			n++
		}
	}
	return n
}

// TopicStat is one topic of the cluster as the poller last saw it.
type TopicStat struct {
	Name     string
	Internal bool // __consumer_offsets, __transaction_state, _schemas, …
	// Partitions is the partition count; Replication the replica count of
	// its first partition (Kafka keeps one per topic unless reassigned).
	Partitions, Replication int
	// Records is the sum of high - low watermark over the partitions whose
	// watermarks were read: what a reader from the beginning would get,
	// compacted-away and aborted records aside.
	Records int64
	Rate    float64 // produce rate, records/s, over all its partitions (model/produce_topic.go)
	// UnderReplicated counts partitions whose in-sync replicas are fewer
	// than their replicas; Offline those with no leader.
	UnderReplicated, Offline int
	Err                      string // Metadata refused the topic (ACLs, being deleted)
}

// ConfigEntry is one topic config as DescribeConfigs returned it.
type ConfigEntry struct {
	Name, Value string
	// Source is where the value comes from, in Kafka's words: "topic"
	// (set on the topic), "broker", "cluster default", "static broker",
	// "default", or "" when the broker is too old to say.
	Source    string
	Default   bool // the value is the default: Source is "default" (or IsDefault before v1)
	Sensitive bool // the value is hidden; Value is empty
}

// TopicConfig is one topic's configs, read once and refreshed slowly.
type TopicConfig struct {
	Entries []ConfigEntry // every entry, sorted by name
	// Err says why the configs could not be read, in words ("not allowed
	// to describe configs (ACL)"); Entries is then empty.
	Err    string
	ReadAt time.Time
}

// Value is the named config's value and whether it was returned.
func (c TopicConfig) Value(name string) (string, bool) {
	i := sort.Search(len(c.Entries), func(i int) bool { return c.Entries[i].Name >= name })
	if i < len(c.Entries) && c.Entries[i].Name == name {
		return c.Entries[i].Value, true
	}
	return "", false
}

// NonDefault is the entries set somewhere other than Kafka's default.
func (c TopicConfig) NonDefault() []ConfigEntry {
	var out []ConfigEntry
	for _, e := range c.Entries {
		if !e.Default {
			out = append(out, e)
		}
	}
	return out
}

// topicHistCap is the samples of produce rate kept per topic: one per
// poll, a sparkline's worth.
const topicHistCap = 60

// TopicRates keeps each topic's recent produce rate, one sample per poll,
// for the Topics pane's sparkline. Bounded: topicHistCap samples per
// topic, and a topic no longer on the cluster is forgotten.
type TopicRates struct {
	hist map[string]*Ring[float64]
}

// NewTopicRates makes an empty history.
func NewTopicRates() *TopicRates { return &TopicRates{hist: map[string]*Ring[float64]{}} }

// Observe adds one poll's rates and forgets topics not in it.
func (r *TopicRates) Observe(topics []TopicStat) {
	seen := make(map[string]bool, len(topics))
	for i := range topics {
		t := &topics[i]
		seen[t.Name] = true
		h := r.hist[t.Name]
		if h == nil {
			h = NewRing[float64](topicHistCap)
			r.hist[t.Name] = h
		}
		h.Push(t.Rate)
	}
	for name := range r.hist {
		if !seen[name] {
			delete(r.hist, name)
		}
	}
}

// Last copies up to n of the topic's newest samples into dst, oldest first.
func (r *TopicRates) Last(topic string, n int, dst []float64) []float64 {
	h := r.hist[topic]
	if h == nil || n <= 0 {
		return dst[:0]
	}
	from := max(h.Len()-n, 0)
	return h.Slice(dst[:0], from, h.Len())
}

// SumTopics fills each topic's Records and Rate from the partitions
// (sorted by topic, as the poller publishes them). The store then gives
// each topic its own rate (Lags.FillTopicRates): the sum stands where no
// Lags is (a state built by hand).
func SumTopics(topics []TopicStat, parts []PartitionStat) {
	idx := make(map[string]int, len(topics))
	for i := range topics {
		idx[topics[i].Name] = i
		topics[i].Records, topics[i].Rate = 0, 0
	}
	for i := range parts {
		p := &parts[i]
		j, ok := idx[p.Topic]
		if !ok {
			continue
		}
		if p.High > p.Low {
			topics[j].Records += p.High - p.Low
		}
		topics[j].Rate += p.Rate
	}
}
