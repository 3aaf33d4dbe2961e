package model

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// ut42b-9: a steady producer of 2/s writing in batches every ~5.3 s (kcat
// -P) read 2.0/s and 1.6/s at alternate polls: a 30 s window holds five
// batches or six as its edge passes one. Counted over whole arrivals,
// the rate said (one decimal) holds still, near the producer's, whatever
// the batches and the polls (1 s apart, jittered).
func TestProduceRateOfBatchesHoldsStill(t *testing.T) {
	for _, tc := range []struct {
		batch int64
		every time.Duration
	}{
		{10, 5300 * time.Millisecond},
		{10, 5 * time.Second},
		{25, 12 * time.Second},
		{2, 1060 * time.Millisecond},
	} {
		t.Run(fmt.Sprintf("%d every %v", tc.batch, tc.every), func(t *testing.T) {
			want := float64(tc.batch) / tc.every.Seconds()
			lo, hi := math.Inf(1), 0.0
			batchedPolls(tc.batch, tc.every, 900*time.Millisecond, 1100*time.Millisecond, rand.New(rand.NewPCG(3, 4)), func(rate float64) {
				said := math.Round(rate*10) / 10 // as the panes print it
				lo, hi = min(lo, said), max(hi, said)
			})
			if hi-lo > 0.1001 || lo < want*0.93 || hi > want*1.07 {
				t.Fatalf("a steady %.2f/s in batches of %d read %.1f/s to %.1f/s", want, tc.batch, lo, hi)
			}
		})
	}
}
