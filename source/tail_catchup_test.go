package source

import (
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// TestCatchUpShowsProgressFromTheFirstFold: a --start beginning catch-up
// of 300,000 records, which the broker sends in a few big responses. The
// records behind must move while a response is folded (it used to move
// only once a whole response was folded, so for the first second of a
// catch-up the header stood still), and the pace must be measured while
// catching up, so the header can say the time left.
func TestCatchUpShowsProgressFromTheFirstFold(t *testing.T) {
	const n = 300_000
	c := kcluster(t, 1, map[string]int32{"big": 1})
	cl := producer(t, c, kgo.ProducerBatchMaxBytes(1<<20))
	vs := values(1000, "v")
	for range n / 1000 {
		send(t, cl, "big", 0, vs...)
	}
	_, store := tailCluster(t, c, TailConfig{Start: Start{Mode: StartBeginning}}, Watch{Topics: []string{"big"}})
	behinds := map[int64]bool{}
	var drained bool
	onEveryChange(t, store, 30*time.Second, "the catch-up to end", func() bool {
		var ts model.TailStat
		var total uint64
		store.Read(func(st *model.State) { ts, total = st.Tail, st.Rate.Total() })
		if ts.CatchUp > 0 {
			behinds[ts.Behind] = true
			drained = drained || ts.Drain > 0
		}
		return total == n && ts.CatchUp == 0
	})
	var between int
	for b := range behinds {
		if b > 0 && b < n {
			between++
		}
	}
	// Read at every change of the store while the catch-up folds its
	// responses piece by piece: at least two values between
	// (TestAbsorbMovesThePositionPieceByPiece pins the per-piece positions
	// themselves). It sampled every 20 ms and missed them under load.
	if between < 2 {
		t.Errorf("records behind took %d values strictly between 0 and %d during the catch-up (%v): it does not move while a response is folded", between, n, behinds)
	}
	if !drained {
		t.Error("the catch-up's pace (TailStat.Drain) was never measured while catching up")
	}
}
