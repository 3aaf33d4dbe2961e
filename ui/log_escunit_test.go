package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// halvedEscape reports where out, s fitted to a width, shows part of
// one of s's escapes: each run of out between ellipses (padding left
// out) must start and end in s outside every escape.
func halvedEscape(s, out string) (string, bool) {
	units := escapeUnits(s)
	inside := func(i int) bool {
		for _, u := range units {
			if u.from < i && i < u.to {
				return true
			}
		}
		return false
	}
	segs := strings.Split(strings.TrimRight(out, " "), model.Ellipsis)
	for i, seg := range segs {
		if seg == "" {
			continue
		}
		var at int
		switch {
		case i == 0:
			at = 0
			if !strings.HasPrefix(s, seg) {
				return seg, true
			}
		case i == len(segs)-1 && strings.HasSuffix(s, seg):
			at = len(s) - len(seg)
		default: // some place of s it stands at whole
			whole := false
			for from := 0; from < len(s) && !whole; from++ {
				j := strings.Index(s[from:], seg)
				if j < 0 {
					break
				}
				from += j
				whole = !inside(from) && !inside(from+len(seg))
			}
			if !whole {
				return seg, true
			}
			continue
		}
		if inside(at) || inside(at+len(seg)) {
			return seg, true
		}
	}
	return "", false
}

// A key holding escapes is cut around them, never through one, at
// every width from 1 up, cut in the middle (each shift), to a window,
// or at its end (ut28b V5, closing-s7: where a row has no room, a key's
// cut could show `\u20…`, or `02eevil` after the ellipsis).
func TestLogCutsKeepEscapesWhole(t *testing.T) {
	keys := []string{
		`k-bidi-\u202eevil`,
		`\u202e`,
		`a\x1bb`,
		`binary\u07ad-key-\x00\x01-end`,
		`\U0001f600\U0001f600\U0001f600`,
		`settlement-\\batch-\u200b-0001-reconciliation`,
	}
	for _, s := range keys {
		for w := 1; w <= len(s)+2; w++ {
			for _, shift := range []int{0, 3, -3} {
				if seg, bad := halvedEscape(s, fitCut(s, w, shift)); bad {
					t.Errorf("fitCut(%q, %d, %d) = %q: %q holds part of an escape", s, w, shift, fitCut(s, w, shift), seg)
				}
			}
			for from := range len(s) {
				if seg, bad := halvedEscape(s, fitWindow(s, w, from)); bad {
					t.Errorf("fitWindow(%q, %d, %d) = %q: %q holds part of an escape", s, w, from, fitWindow(s, w, from), seg)
				}
			}
			if seg, bad := halvedEscape(s, cutEnd(s, w)); bad {
				t.Errorf("cutEnd(%q, %d) = %q: %q holds part of an escape", s, w, cutEnd(s, w), seg)
			}
			// a topic of such a name beside its position
			const at = "/1@5"
			if out := strings.TrimRight(fitWhere(s, at, len(at), w+len(at), 0), " "); strings.HasSuffix(out, at) {
				if seg, bad := halvedEscape(s, strings.TrimSuffix(out, at)); bad {
					t.Errorf("fitWhere(%q, %d) = %q: %q holds part of an escape", s, w+len(at), out, seg)
				}
			}
		}
	}
}
