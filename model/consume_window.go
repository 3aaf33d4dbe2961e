package model

import "time"

// A group's consume rate on a partition is its committed offset's move
// over its health window (the last Window polls) — unless its topic's
// producer writes in bursts, where that window holds one burst's commits
// or two as they fall (300 records every 25 s read 10.3/s or 20.7/s in
// 29 s), beside the topic's 12.0/s over its bursts (ut22a M9 d). So the
// window is stretched to whole periods of the topic's rhythm (the mean
// gap between its last moves, produce_rate.go): the fewest gaps that
// span the health window, as far back as the samples kept reach. A
// caught-up group then consumes the same number of bursts in every
// window and reads its topic's rate; a steady producer's gap is one poll,
// which leaves the health window as it was.

// consumeFrom is the sample the consume rate of p counts from, given
// its health window win (oldest first, at least one sample).
func (l *Lags) consumeFrom(p *PartLag, win []Sample) Sample {
	first, last := win[0], win[len(win)-1]
	t := l.topicRates[p.Topic]
	if t == nil || t.mark.n < 2 || t.mark.fresh {
		return first
	}
	gap, span := t.mark.gap(), last.At-first.At
	if gap <= 0 || span <= 0 {
		return first
	}
	want := last.At - (span+gap-1)/gap*gap // whole gaps covering the window
	for i := p.Hist.Len() - 1; i >= 0; i-- {
		s := p.Hist.At(i)
		if s.At < p.from { // not before a restart (reset_health.go)
			break
		}
		first = s
		if s.At <= want {
			break
		}
	}
	return first
}

// consumeRate is p's consume rate in offsets/s over its window (above).
func (l *Lags) consumeRate(p *PartLag, win []Sample) float64 {
	first, last := l.consumeFrom(p, win), win[len(win)-1]
	p.rateFrom = first.At // where betweenCommits looks for commits (consume_steps.go)
	p.Drain = 0
	if last.At <= first.At {
		return 0
	}
	p.Drain = float64(first.Lag-last.Lag) / time.Duration(last.At-first.At).Seconds()
	return float64(last.Offset-first.Offset) / time.Duration(last.At-first.At).Seconds()
}
