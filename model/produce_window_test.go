package model

import (
	"math"
	"testing"
	"time"
)

// windowPolls runs polls of topic "pay" (n partitions) through a store,
// one a second, where step(sec, highs) moves the high watermarks before
// poll sec; it returns, per poll, the topic's rate, the header's
// produced rate and the partitions' rates.
func windowPolls(t *testing.T, n, secs int, step func(sec int, highs []int64)) (topic, header []float64, parts [][]float64) {
	t.Helper()
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(2_000_000, 0)
	highs := make([]int64, n)
	for sec := range secs {
		step(sec, highs)
		ps := make([]PartitionStat, n)
		hw := map[TP]int64{}
		for p := range ps {
			ps[p] = PartitionStat{Topic: "pay", Partition: p, High: highs[p]}
			hw[TP{"pay", p}] = highs[p]
		}
		s.ApplyPoll(Poll{Start: t0.Add(time.Duration(sec) * time.Second), Partitions: ps, Topics: []string{"pay"}, Highs: hw,
			TopicStats: []TopicStat{{Name: "pay", Partitions: n}}})
		s.Read(func(st *State) {
			topic = append(topic, st.TopicStats[0].Rate)
			header = append(header, ProducedRate(st.TopicStats))
			var row []float64
			for _, p := range st.Partitions {
				row = append(row, p.Rate)
			}
			parts = append(parts, row)
		})
	}
	return topic, header, parts
}

func sum(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// ut19a H4: a topic's rate is the sum of its partitions' rates at every
// poll (one span for both), and the header says the topic's; while
// the producer's properties hold: bursts on one partition at a time
// (a sticky partitioner, a kcat -P pipe) never read 0.0/s between
// bursts, a producer steady over the span (RateSpan) does not flap, and
// a stopped one reads 0 once RateSpan has passed since its last records,
// topic and partitions alike (produce_span.go).
func TestTopicRateIsTheSumOfItsPartitions(t *testing.T) {
	tests := []struct {
		name string
		n    int
		step func(sec int, highs []int64)
		// steady: from this poll on (before stop) every partition
		// reads want[p] (±0.01); 0 for none
		from  int
		want  []float64
		stop  int // the last poll that produces; -1 never stops
		holds bool
	}{
		{"sticky bursts of 15 every 3 s over 6 partitions", 6, func(sec int, h []int64) {
			if sec > 0 && sec%3 == 0 && sec <= 45 {
				h[(sec/3)%6] += 15
			}
		}, 0, nil, 45, true},
		{"steady 10/s over 2 partitions", 2, func(sec int, h []int64) {
			if sec > 0 && sec <= 40 {
				h[0] += 6
				h[1] += 4
			}
		}, 5, []float64{6, 4}, 40, false},
		{"uneven bursts: 7 and 3 every 2 s, 0 on the third", 3, func(sec int, h []int64) {
			if sec > 0 && sec%2 == 0 && sec <= 40 {
				h[0] += 7
				h[1] += 3
			}
		}, 30, []float64{3.5, 1.5, 0}, 40, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topic, header, parts := windowPolls(t, tt.n, 90, tt.step)
			for sec := range topic {
				if got := sum(parts[sec]); math.Abs(got-topic[sec]) > 1e-6 {
					t.Fatalf("poll %d: partitions sum to %.3f/s (%v), topic reads %.3f/s", sec, got, parts[sec], topic[sec])
				}
				if math.Abs(header[sec]-topic[sec]) > 1e-9 {
					t.Fatalf("poll %d: header %.3f/s, topic %.3f/s", sec, header[sec], topic[sec])
				}
				if tt.want != nil && sec >= tt.from && sec <= tt.stop {
					for p, w := range tt.want {
						if math.Abs(parts[sec][p]-w) > 0.01 {
							t.Fatalf("poll %d: partition %d reads %.2f/s, want a steady %.2f/s (all: %v)", sec, p, parts[sec][p], w, parts)
						}
					}
				}
				if tt.holds && sec >= 9 && sec <= tt.stop && topic[sec] == 0 {
					t.Fatalf("poll %d: the topic reads 0.0/s between bursts (%v)", sec, topic)
				}
			}
			// stopped: 0 once the span has passed the last move, and not before
			zero := tt.stop + int(RateSpan/time.Second)
			if topic[zero] != 0 || sum(parts[zero]) != 0 {
				t.Fatalf("stopped at poll %d: topic %.2f/s, partitions %v at poll %d", tt.stop, topic[zero], parts[zero], zero)
			}
			if topic[zero-1] == 0 {
				t.Fatalf("stopped at poll %d: the topic reads 0 at poll %d, before its records left the span", tt.stop, zero-1)
			}
		})
	}
}
