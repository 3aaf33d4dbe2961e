package ui

import (
	"slices"

	"github.com/washboard/washboard/ui/draw"
)

// sharedWindow is where to cut names wider than w between two ellipses
// (windowCut) so that every two read differently: the first and last
// cell at which names sharing a start first differ (sorted neighbours
// with a common prefix), where that window fits w cells with its
// ellipses and every name so cut (one no wider than w whole) reads unlike
// every other; ok is false when it does not. shared is the names cut so;
// a name that shares its start with no other is cut in the middle
// (fitCut), and left out of the window (differAt counts it, at cell 0):
// `deepanshu` beside `card-holder-000N-authorisation-…` kept every card
// cut in the middle, `car…t28a`, in the 80x24 grid.
func sharedWindow(names []string, w int) (lo, hi int, shared map[string]bool, ok bool) {
	if w < 7 {
		return 0, -1, nil, false
	}
	long := make([]string, 0, len(names))
	for _, n := range names {
		if draw.Width(n) > w {
			long = append(long, n)
		}
	}
	slices.Sort(long)
	long = slices.Compact(long)
	lo, hi, shared = -1, -1, map[string]bool{}
	for i := 1; i < len(long); i++ {
		a, b := long[i-1], long[i]
		p := 0
		for p < len(a) && p < len(b) && a[p] == b[p] {
			p++
		}
		if p == 0 {
			continue
		}
		shared[a], shared[b] = true, true
		at := draw.Width(a[:p])
		if lo < 0 || at < lo {
			lo = at
		}
		hi = max(hi, at)
	}
	if lo < 0 || hi-lo+1 > w-2 {
		return 0, -1, nil, false
	}
	shown := make(map[string]string, len(names))
	for _, n := range names {
		s := n
		if nw := draw.Width(n); nw > w && shared[n] {
			s = windowCut(n, nw, w, lo, hi)
		} else if nw > w {
			s = fitCut(n, w, 0)
		}
		if o, dup := shown[s]; dup && o != n {
			return 0, -1, nil, false
		}
		shown[s] = n
	}
	return lo, hi, shared, true
}
