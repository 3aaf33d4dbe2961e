package model

import (
	"testing"
	"time"
)

// Rates and watermark histories come out the same whether a poll has the
// last poll's partitions (walked by index) or others (partitions added,
// removed, reordered: through the maps): each step's rates follow the
// rate's rule (produce_span.go: records since the first poll, under 30 s) from the mark the partition had, wherever it was kept.
func TestObserveIndexedAndByName(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	type part struct {
		tp   TP
		high int64
	}
	a0, a1, b0 := TP{"a", 0}, TP{"a", 1}, TP{"b", 0}
	steps := []struct {
		name  string
		at    int
		parts []part
		rates map[TP]float64
	}{
		{"first poll", 0, []part{{a0, 0}, {a1, 0}}, map[TP]float64{a0: 0, a1: 0}},
		{"same partitions", 1, []part{{a0, 10}, {a1, 0}}, map[TP]float64{a0: 10, a1: 0}},
		{"a partition added", 2, []part{{a0, 20}, {a1, 0}, {b0, 0}}, map[TP]float64{a0: 10, a1: 0, b0: 0}},
		// from here a's arrivals (1 s, 2 s, 4 s) are a rhythm: the rate is
		// their records over their span (produce_span.go measure, ut42b-9)
		{"same again", 3, []part{{a0, 20}, {a1, 0}, {b0, 0}}, map[TP]float64{a0: 10, a1: 0, b0: 0}},
		{"removed and reordered", 4, []part{{b0, 0}, {a0, 40}}, map[TP]float64{a0: 10, b0: 0}},
		{"same once more", 5, []part{{b0, 4}, {a0, 40}}, map[TP]float64{a0: 10, b0: 4.0 / 30}}, // b is new: over RateSpan (ut36a-16)
	}
	l := NewLags(DefaultLagConfig())
	for _, st := range steps {
		var parts []PartitionStat
		highs := map[TP]int64{}
		for _, p := range st.parts {
			parts = append(parts, PartitionStat{Topic: p.tp.Topic, Partition: p.tp.Partition, High: p.high})
			highs[p.tp] = p.high
		}
		l.Observe(at(st.at), parts, highs, nil, nil)
		for _, p := range parts {
			if want := st.rates[TP{p.Topic, p.Partition}]; p.Rate != want {
				t.Errorf("%s: %s/%d rate %v, want %v", st.name, p.Topic, p.Partition, p.Rate, want)
			}
		}
	}
	// a/0's history holds a point per change: 0 at 0 s, 10 at 1 s, 20 at
	// 2 s, 40 at 4 s; the record at offset 15 was produced by 2 s.
	if d, atLeast := l.behind(at(5), a0, 15); d != 3*time.Second || atLeast {
		t.Errorf("a/0 offset 15 behind %v (at least %v), want 3s", d, atLeast)
	}
	if n := len(l.hw[a0].pts); n != 4 {
		t.Errorf("a/0 history holds %d points, want 4 (one per change)", n)
	}
	if _, ok := l.hw[a1]; ok {
		t.Error("a/1 left the poll but its history is kept")
	}
	if d, _ := l.behind(at(5), b0, 2); d != 1 {
		t.Errorf("b/0 offset 2 behind %v, want 1ns (produced this poll, never zero)", d)
	}
	if n := len(l.hw[b0].pts); n != 2 {
		t.Errorf("b/0 history holds %d points, want 2", n)
	}
}
