package model

import "time"

// A topic's produce rate follows the rule of produce_rate.go over the
// records produced to all its partitions, not the sum of its partitions'
// rates: a producer that sprays bursts over partitions (librdkafka's
// sticky partitioner sends each batch to one partition) gives each
// partition a move only now and then, with no rhythm of its own, while
// the topic moves with every burst. The header's produced rate is the sum
// of the topics' (internal topics aside), so the header, Topics and
// Partitions' topic rows say the same number.

// topicRate is a topic's produce-rate state: the records counted as
// produced to it since washboard first saw it (the partitions' deltas),
// and its mark over that count.
type topicRate struct {
	produced int64
	mark     hwMark
	ok       bool // mark is from an earlier poll
	// replaced: a partition's log was replaced at this poll (its high
	// watermark fell): the topic's rate starts afresh, as the
	// partition's does (the old rhythm belongs to a log that is gone).
	replaced bool
	// restarted is the last poll that saw a partition's log replaced: the
	// Topics trend starts afresh there (TopicStat.Replaced).
	restarted time.Time
	win       window // the partitions' counts (produce_window.go)
	// sp and rate: the counts of the polls the rate spans and the rate,
	// records/s over them at the last poll (produce_span.go).
	sp   rateSpan
	rate float64
	wait bool      // the rate spans less than RateLeast (rateSpan.measured)
	at   time.Time // the last poll
}

// producedSince is the records a poll's high watermark adds to the
// previous mark's: 0 at first sight, a clock step or a log replaced
// (produceRate's cases without a delta).
func producedSince(prev hwMark, ok bool, now time.Time, high int64) int64 {
	if !ok || !now.After(prev.at) || high < prev.high {
		return 0
	}
	return high - prev.high
}

// topicFor is topic's rate state, made when the topic is new: at the
// first poll with no baseline (its records may be old), later with the
// poll before as its baseline (it was created since, as lag_new.go says
// for its partitions).
func (l *Lags) topicFor(p *PartitionStat) *topicRate {
	if l.topicRates == nil {
		l.topicRates = map[string]*topicRate{}
	}
	t := l.topicRates[p.Topic]
	if t == nil {
		t = &topicRate{}
		if !l.lastPoll.IsZero() {
			t.mark, t.ok = hwMark{at: l.lastPoll}, true
			t.sp.step(l.lastPoll, 0, nil) // its records came since the poll before
			t.sp.new = true               // and none before it: its rate is over RateSpan
		}
		l.topicRates[p.Topic] = t
	}
	return t
}

// stepTopics moves each topic of the order to this poll's count.
func (l *Lags) stepTopics(now time.Time) {
	for _, t := range l.order.topics {
		// the mark's moves are the producer's rhythm a group's consume
		// rate is stretched to (consume_window.go); the rate is the span's
		t.mark, t.ok = produceRate(t.mark, t.ok && !t.replaced, now, t.produced), true
		if t.replaced { // the old log's records are no rate of the new one's
			t.sp, t.restarted = rateSpan{new: t.sp.new}, now
		}
		t.replaced = false
		t.sp.step(now, t.produced, t.win.cum)
		t.rate, t.wait, t.at = t.sp.rate(now, t.produced), !t.sp.measured(now), now
	}
}

// count adds d records produced to partition p of the topic at this poll.
func (t *topicRate) count(p int, d int64) {
	t.produced += d
	t.win.add(p, d)
}

// indexTopics points the order's partitions at their topics' states and
// forgets the states of topics no longer in the poll.
func (l *Lags) indexTopics(parts []PartitionStat) {
	o := &l.order
	o.topicOf, o.topics = o.topicOf[:0], o.topics[:0]
	in := map[*topicRate]bool{}
	for i := range parts {
		t := l.topicFor(&parts[i])
		if !in[t] {
			in[t] = true
			o.topics = append(o.topics, t)
		}
		o.topicOf = append(o.topicOf, t)
	}
	for name, t := range l.topicRates {
		if !in[t] {
			delete(l.topicRates, name)
		}
	}
}

// TopicRate is topic's produce rate in records/s over the last RateSpan
// (produce_span.go); 0 for a topic not in the last poll.
func (l *Lags) TopicRate(topic string) float64 {
	if l == nil {
		return 0
	}
	if t := l.topicRates[topic]; t != nil {
		return t.rate
	}
	return 0
}

// FillTopicRates sets each topic's Rate to its produce rate (TopicRate)
// and its Produced to the records counted as produced to it.
func (l *Lags) FillTopicRates(topics []TopicStat) {
	for i := range topics {
		topics[i].Rate, topics[i].Produced, topics[i].RateWait = l.TopicRate(topics[i].Name), 0, false
		if l != nil && l.topicRates[topics[i].Name] != nil {
			t := l.topicRates[topics[i].Name]
			topics[i].Produced, topics[i].RateWait = t.produced, t.wait
			topics[i].Replaced = !t.restarted.IsZero() && t.restarted.Equal(t.at)
		}
	}
}

// ProducedWait reports whether any of topics' rates (internal topics
// aside) is not measured yet: the header's sum of them is then no number
// either.
func ProducedWait(topics []TopicStat) bool {
	for i := range topics {
		if !topics[i].Internal && topics[i].RateWait {
			return true
		}
	}
	return false
}

// ProducedRate is the sum of topics' Rate, internal topics aside: the
// header's produced rate, the same numbers the Topics pane shows.
func ProducedRate(topics []TopicStat) float64 {
	var sum float64
	for i := range topics {
		if !topics[i].Internal {
			sum += topics[i].Rate
		}
	}
	return sum
}

// FindTopic is the topic named name in topics, ok false when none is.
func FindTopic(topics []TopicStat, name string) (TopicStat, bool) {
	for i := range topics {
		if topics[i].Name == name {
			return topics[i], true
		}
	}
	return TopicStat{}, false
}
