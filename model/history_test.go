package model

import (
	"math"
	"testing"
	"time"
)

func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !(a[i] == b[i] || math.IsNaN(a[i]) && math.IsNaN(b[i])) {
			return false
		}
	}
	return true
}

func TestHistBucketsMeansAndGaps(t *testing.T) {
	w := NewWindow(40*time.Second, 10*time.Second) // 4 buckets
	t0 := time.Unix(1_700_000_000, 0)              // a bucket boundary
	h := newHist(make([]bucket, w.N))
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	nan := math.NaN()
	tests := []struct {
		name  string
		add   map[int]float64 // second -> value
		now   int
		cells int
		means []float64
		sums  []float64
	}{
		// sums: before the first point nothing was watched, a gap (ut16a D3); after it a silent bucket is 0
		{"one point lands in the newest bucket", map[int]float64{1: 4}, 5, 4, []float64{nan, nan, nan, 4}, []float64{nan, nan, nan, 4}},
		{"a bucket averages its points", map[int]float64{2: 8}, 5, 4, []float64{nan, nan, nan, 6}, []float64{nan, nan, nan, 12}},
		{"the chart moves with the clock, not with records", nil, 25, 4, []float64{nan, 6, nan, nan}, []float64{nan, 12, 0, 0}},
		{"a silent bucket is a gap", map[int]float64{31: 1}, 35, 4, []float64{6, nan, nan, 1}, []float64{12, 0, 0, 1}},
		{"cells merge buckets", map[int]float64{21: 3}, 35, 2, []float64{6, 2}, []float64{12, 4}},
		{"points older than the window are dropped", map[int]float64{-100: 99}, 35, 4, []float64{6, nan, 3, 1}, []float64{12, 0, 3, 1}},
		{"a jump past the window clears it", map[int]float64{200: 7}, 200, 4, []float64{nan, nan, nan, 7}, []float64{0, 0, 0, 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for s, v := range tt.add {
				h.Add(w, at(s), v)
			}
			if got := h.Means(w, at(tt.now), tt.cells, nil); !sameFloats(got, tt.means) {
				t.Fatalf("means %v, want %v", got, tt.means)
			}
			if got := h.Sums(w, at(tt.now), tt.cells, nil); !sameFloats(got, tt.sums) {
				t.Fatalf("sums %v, want %v", got, tt.sums)
			}
		})
	}
}

func TestHistLastLeavesOutTheCurrentBucket(t *testing.T) {
	w := NewWindow(time.Minute, 10*time.Second)
	t0 := time.Unix(1_700_000_000, 0)
	h := newHist(make([]bucket, w.N))
	for s := range 25 {
		h.Add(w, t0.Add(time.Duration(s)*time.Second), 1)
	}
	// now in the third bucket: the last 20s are the first two, full buckets.
	if got := h.Last(w, t0.Add(25*time.Second), 20*time.Second); got != 20 {
		t.Fatalf("Last = %v, want 20", got)
	}
}

func TestNewWindowDefaultsAndBounds(t *testing.T) {
	if w := NewWindow(0, 0); w.N != 60 || w.Bucket != DefaultBucket || w.Span() != DefaultWindow {
		t.Fatalf("defaults %+v", w)
	}
	if w := NewWindow(time.Hour, time.Millisecond); w.N != maxBuckets {
		t.Fatalf("N %d not capped at %d", w.N, maxBuckets)
	}
	if w := NewWindow(time.Second, time.Minute); w.N != 1 {
		t.Fatalf("N %d, want at least 1", w.N)
	}
}

func TestFoldTime(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	for _, tt := range []struct{ in, want time.Time }{
		{time.Time{}, now}, {now.Add(time.Hour), now}, {now.Add(-time.Minute), now.Add(-time.Minute)},
	} {
		if got := foldTime(tt.in, now); !got.Equal(tt.want) {
			t.Fatalf("foldTime(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// A window read up to the newest whole bucket (Window.Whole) while a
// record already fell into the current one reaches one bucket further
// back than the ring keeps: that bucket's count is gone, not zero, so it
// reads as a gap (ut36a-24: the oldest cell of every Riders rate
// sparkline read `▁`, "no update", for a bucket full of updates).
func TestHistSumsBucketLeftTheRingIsAGap(t *testing.T) {
	w := NewWindow(40*time.Second, 10*time.Second) // 4 buckets
	t0 := time.Unix(1_700_000_000, 0)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	nan := math.NaN()
	tests := []struct {
		name  string
		cells int
		want  []float64
	}{
		{"a bucket a cell", 4, []float64{nan, 1, 1, 1}},
		{"a cell of two buckets, one of them gone, is partial", 2, []float64{nan, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHist(make([]bucket, w.N))
			for s := 1; s <= 41; s += 10 { // a record in buckets 0-4; the current bucket is 4
				h.Add(w, at(s), 1)
			}
			if got := h.Sums(w, w.Whole(at(45)), tt.cells, nil); !sameFloats(got, tt.want) {
				t.Fatalf("sums %v, want %v", got, tt.want)
			}
		})
	}
}

// Seen counts the buckets a sparkline of the history spans: from the
// oldest point to now's bucket, or the bucket before it while now's has
// none, up to the window (ut43a-10: the Machines columns follow it).
func TestHistSeenSpansTheHistoryDrawn(t *testing.T) {
	w := NewWindow(40*time.Second, 10*time.Second) // 4 buckets
	t0 := time.Unix(1_700_000_000, 0)              // a bucket boundary
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	tests := []struct {
		name string
		add  []int // seconds with a point
		now  int
		want int
	}{
		{"nothing yet", nil, 5, 0},
		{"one point in now's bucket", []int{1}, 5, 1},
		{"now's bucket has no point yet", []int{1}, 12, 1},
		{"two buckets", []int{1, 11}, 12, 2},
		{"a silent bucket still counts", []int{1, 25}, 25, 3},
		{"at most the window", []int{1, 11, 21, 31, 41, 51}, 55, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHist(make([]bucket, w.N))
			for _, s := range tt.add {
				h.Add(w, at(s), 1)
			}
			if got := h.Seen(w, at(tt.now)); got != tt.want {
				t.Fatalf("Seen = %d, want %d", got, tt.want)
			}
		})
	}
}
