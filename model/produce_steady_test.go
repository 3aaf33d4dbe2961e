package model

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// ut36b-27: a steady producer writing 2 records every 1.06 s (1.89/s)
// read 1.5 ↔ 2.1/s. The rate is the records over the time they were
// written in: the time between the polls counted from (not a fixed 30 s,
// not a count of polls), so polls whose intervals jitter and records that
// arrive in whole batches still read the producer's rate within a few %
// once RateSpan is seen. Simulated polls, 0.5 s to 1.5 s apart.
func TestProduceRateOfASteadyProducerOverJitteredPolls(t *testing.T) {
	for _, tc := range []struct {
		name          string
		batch         int64
		every, pollLo time.Duration
		pollHi        time.Duration
	}{
		{"2 every 1.06s, polls 0.5-1.5s", 2, 1060 * time.Millisecond, 500 * time.Millisecond, 1500 * time.Millisecond},
		{"2 every 1.06s, polls 4-6s", 2, 1060 * time.Millisecond, 4 * time.Second, 6 * time.Second},
		{"10 every 20s, polls 1-3s", 10, 20 * time.Second, time.Second, 3 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := float64(tc.batch) / tc.every.Seconds()
			worst := 0.0
			batchedPolls(tc.batch, tc.every, tc.pollLo, tc.pollHi, rand.New(rand.NewPCG(1, 2)), func(rate float64) {
				worst = max(worst, math.Abs(rate-want)/want)
			})
			// a whole batch in or out of 30 s moves a 30 s rate by batch/30
			// records/s: within that, and within 5% where batches are small
			limit := max(0.05, float64(tc.batch)/RateSpan.Seconds()/want)
			if worst > limit {
				t.Fatalf("the rate strays %.0f%% from the producer's %.2f/s (at most %.0f%%)", worst*100, want, limit*100)
			}
		})
	}
}

// ut36a-16: 60 records written at once into a topic created while the
// console watched read 4.6/s (60 over the 13 s it had been seen), then
// fell to 0 with nothing more written. The topic had no records before
// it was seen: they are 60 over the last 30 s, 2.0/s, from the first
// poll that sees them until they are 30 s old.
func TestProduceRateOfANewTopicIsOverItsSpan(t *testing.T) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(2_000_000, 0)
	poll := func(now time.Time, parts []PartitionStat) float64 {
		var stats []TopicStat
		var topics []string
		highs := map[TP]int64{}
		for _, p := range parts {
			stats, topics = append(stats, TopicStat{Name: p.Topic, Partitions: 1}), append(topics, p.Topic)
			highs[TP{p.Topic, p.Partition}] = p.High
		}
		s.ApplyPoll(Poll{Start: now, Partitions: parts, Topics: topics, Highs: highs, TopicStats: stats})
		var rate float64
		s.Read(func(st *State) {
			for _, ts := range st.TopicStats {
				if ts.Name == "ut36a-orders" {
					rate = ts.Rate
				}
			}
		})
		return rate
	}
	old := PartitionStat{Topic: "audit", Partition: 0, High: 500}
	for sec := 0; sec < 90; sec++ {
		parts := []PartitionStat{old}
		now := t0.Add(time.Duration(sec) * time.Second)
		if sec >= 47 { // created at 47 s, its 60 records written at 48 s
			high := int64(0)
			if sec >= 48 {
				high = 60
			}
			parts = append(parts, PartitionStat{Topic: "ut36a-orders", Partition: 0, High: high})
		}
		rate := poll(now, parts)
		if want := map[bool]float64{true: 2.0, false: 0}[sec >= 48 && sec < 78]; sec >= 47 && math.Abs(rate-want) > 1e-9 {
			t.Fatalf("%d s (%d s after the records): the new topic reads %.2f/s, want %.2f/s", sec, sec-48, rate, want)
		}
	}
}

// batchedPolls simulates 5 minutes of polls pollLo to pollHi apart
// (drawn from rng) of a topic written batch records every every, and
// calls seen with the topic's rate at each poll once RateSpan, 10 s and
// a batch period have passed.
func batchedPolls(batch int64, every, pollLo, pollHi time.Duration, rng *rand.Rand, seen func(rate float64)) {
	s := NewStore(nil, DefaultLimits())
	t0 := time.Unix(2_000_000, 0)
	var high int64
	next := t0.Add(every / 3) // the first batch
	for now := t0; now.Before(t0.Add(5 * time.Minute)); now = now.Add(pollLo + time.Duration(rng.Int64N(int64(pollHi-pollLo)))) {
		for !next.After(now) {
			high += batch
			next = next.Add(every)
		}
		p := PartitionStat{Topic: "shipments", Partition: 0, High: high}
		s.ApplyPoll(Poll{Start: now, Partitions: []PartitionStat{p}, Topics: []string{"shipments"},
			Highs: map[TP]int64{{"shipments", 0}: high}, TopicStats: []TopicStat{{Name: "shipments", Partitions: 1}}})
		if now.Sub(t0) < RateSpan+10*time.Second+every {
			continue
		}
		s.Read(func(st *State) { seen(st.TopicStats[0].Rate) })
	}
}
