package model

// A topic and its partitions are measured over one span, the topic's
// (produce_span.go): each partition's rate is the records produced to it
// in that span over its time, so a topic's rate is the sum of its
// partitions' on every screen (ut19a H4: a topic read 4.9/s over
// partitions reading 3.3/s and 0.0/s, each measured over its own bursts).
//
// For that the topic counts the records produced to each partition (cum,
// by partition number: Kafka numbers a topic's partitions 0..n-1), and
// its span keeps those counts at the polls it spans.

// window is the per-partition side of a topicRate.
type window struct {
	cum []int64 // records produced to each partition since first sight
}

// add counts d records produced to partition p at this poll.
func (w *window) add(p int, d int64) {
	if p < 0 || p >= 1<<20 {
		return
	}
	for len(w.cum) <= p {
		w.cum = append(w.cum, 0)
	}
	w.cum[p] += d
}

// windowRates sets each partition of the order's Rate to its records
// over its topic's span (produce_span.go; parts: the order's partitions,
// as indexed), so the partitions of a topic sum to its rate.
func (l *Lags) windowRates(parts []PartitionStat) {
	o := &l.order
	if len(o.topicOf) != len(parts) {
		return
	}
	for i := range parts {
		t := o.topicOf[i]
		parts[i].Rate, parts[i].RateWait = t.sp.rateOf(t.at, t.produced, t.win.cum, parts[i].Partition), t.wait
	}
}
