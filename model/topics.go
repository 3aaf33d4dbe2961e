package model

import (
	"math"
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
	// RateWait: Rate is not measured yet, the console having counted
	// the topic's records for less than RateLeast (produce_span.go):
	// the panes say no number, not one over a second or two.
	RateWait bool
	// Produced counts the records washboard has seen produced to the
	// topic since it first saw it (its high watermarks' moves, a log
	// replaced counting from its new start; Lags.FillTopicRates): the
	// Topics trend's buckets are its deltas.
	Produced int64
	// Replaced: a partition's log was seen replaced at this poll (its high
	// watermark fell: a cluster restarted empty, a topic recreated), so
	// the trend restarts here, as Partitions' and Groups' histories do.
	Replaced bool
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

// TrendBucket is the time one cell of the Topics trend counts records
// over; TrendBuckets of them are kept per topic (ten minutes).
const TrendBucket = 10 * time.Second

// TrendBuckets is how many TrendBucket counts are kept per topic: the
// widest trend TopicRates.Last can give (ten minutes, 60 cells).
const TrendBuckets = trendBuckets

const trendBuckets = 60

// trendRing is the buckets a topic's ring holds: the trendBuckets whole
// ones Last gives and the one still filling, so ten minutes watched draw
// all 60 cells (ut39-18: a 60-bucket ring holding the filling bucket gave
// 59 whole ones, the trend's first cell blank for good).
const trendRing = trendBuckets + 1

// TopicRates keeps each topic's records produced per TrendBucket (wall
// clock aligned, from the topics' Produced counts) for the Topics pane's
// trend, so a burst reads as a bar among empty buckets and ten minutes of
// traffic stay drawn after a producer stops (ut22a M9: the trend was the
// smoothed rate, one sample per poll, so bursts read flat and 24 samples
// spanned 24 s). Bounded: trendRing counts per topic, and a topic no
// longer on the cluster is forgotten.
type TopicRates struct {
	hist map[string]*trendHist
	at   time.Time // the last poll that answered
}

// trendHist is one topic's buckets: counts[b%trendRing] is the
// records produced in bucket b (Unix time / TrendBucket), for b from
// max(first, last-trendRing+1) to last; unpolled (-1) for a bucket no
// poll answered in (the cluster did not answer: ut25a Q15).
type trendHist struct {
	produced    int64 // the topic's Produced at the last poll
	first, last int64
	counts      [trendRing]int64
}

// NewTopicRates makes an empty history.
func NewTopicRates() *TopicRates { return &TopicRates{hist: map[string]*trendHist{}} }

// Observe adds one poll's records (each topic's Produced less the last
// poll's, counted in now's bucket) and forgets topics not in it. A
// topic's first poll counts nothing when it is the console's first poll
// (its records may be old); a topic first seen at a later poll was
// created since the poll before, and its Produced (every record counted
// from offset 0, as its rate counts them: Lags.topicFor) goes in now's
// bucket (ut38a-23: 300 records written into a new topic drew `▁` while
// its rate said 10.0/s). A topic whose log was replaced at this poll
// (TopicStat.Replaced) starts afresh, as if first seen: the old log's
// minutes are not drawn beside the new log's offsets (ut42b-20).
func (r *TopicRates) Observe(now time.Time, topics []TopicStat) {
	b := now.UnixNano() / int64(TrendBucket)
	seen := make(map[string]bool, len(topics))
	for i := range topics {
		t := &topics[i]
		seen[t.Name] = true
		h := r.hist[t.Name]
		if h == nil || t.Replaced { // new, or its log replaced: nothing of the old log is drawn (ut42b-20)
			created := h == nil && !r.at.IsZero() // since the poll before: counted as its rate counts it
			h = &trendHist{produced: t.Produced, first: b, last: b}
			if created {
				h.counts[b%trendRing] = t.Produced
			}
			r.hist[t.Name] = h
			continue
		}
		for k := h.last + 1; k <= b && k <= h.last+trendRing; k++ {
			h.counts[k%trendRing] = unpolled
		}
		if b > h.last {
			h.counts[b%trendRing] = 0
		}
		h.last = max(h.last, b) // a clock stepped back counts in the newest bucket
		if d := t.Produced - h.produced; d > 0 {
			h.counts[h.last%trendRing] += d
		}
		h.produced = t.Produced
	}
	for name := range r.hist {
		if !seen[name] {
			delete(r.hist, name)
		}
	}
	r.at = now
}

// unpolled marks a trend bucket no poll answered in.
const unpolled = -1

// Last copies up to n of the topic's newest whole buckets as of now into
// dst, oldest first, each its records per second (the count over
// TrendBucket); the newest is the bucket before the one now is in, which
// is still filling and would draw a steady producer's rate dipping at
// the right end as each bucket starts (ut30 X4: ▂ ▄ ▆ ▇ then ▂ every
// 10 s at a steady 14/s; the status views' rate sparkline leaves its
// filling bucket out the same way). Buckets before the topic was first
// seen are left out; a bucket no poll answered in is NaN (a gap, not a
// zero: nothing was measured; ut25a Q15: a cluster down for 40 s drew
// four zeros).
func (r *TopicRates) Last(topic string, n int, now time.Time, dst []float64) []float64 {
	dst = dst[:0]
	h := r.hist[topic]
	if h == nil || n <= 0 {
		return dst
	}
	b := now.UnixNano()/int64(TrendBucket) - 1 // the newest whole bucket
	for k := max(h.first, b-int64(min(n, trendBuckets))+1); k <= b; k++ {
		v := math.NaN()
		switch {
		case k <= h.last && k > h.last-trendRing && h.counts[k%trendRing] != unpolled:
			v = float64(h.counts[k%trendRing]) / TrendBucket.Seconds()
		}
		dst = append(dst, v)
	}
	return dst
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
