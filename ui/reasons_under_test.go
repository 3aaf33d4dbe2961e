package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// ut16b E27: with `r`, a health reason is written whole under its row in
// Groups and Partitions, in the grid and zoomed, at every size (the
// 80x24 grid cut it to "orders/0:…", nothing of it left), and the rows
// keep their numbers. Goldens at the three sizes.
func TestReasonsWholeUnderTheirRows(t *testing.T) {
	const topic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"
	const group = "settlement-reconciler-eu-west-1-primary-consumer-group-name-xyz"
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, tc := range []struct {
			pane, title, reason string
			cols                []string
		}{
			{"5", "Groups", topic + "/0 (+1 OK): consuming; lag 100", []string{"lag", "health"}},
			{"4", "Partitions", "p0 (+1 OK): consuming; lag 200", []string{"lag", "health"}},
		} {
			for _, zoom := range []bool{false, true} {
				name := fmt.Sprintf("reasons-%s-%dx%d", tc.pane, w, h)
				keys := []string{tc.pane, "r"}
				if zoom {
					name += "-zoom"
					keys = []string{tc.pane, "z", "r"}
				}
				t.Run(name, func(t *testing.T) {
					a := demoApp(t, lagByStore(t, topic, 100, group, "ledger-audit"), w, h)
					if tc.pane == "4" {
						press(a, "4", "j") // Topics shares Partitions' box below 180 columns: 4 shows Partitions
					}
					press(a, keys...)
					got := screen(a)
					assertFits(t, got, w, h)
					head, body := headingOf(t, got, tc.title)
					joined := strings.ReplaceAll(strings.Join(body, ""), " ", "")
					// a topic wider than a line is cut in its middle to one
					// (ut39-16), the reason's words whole after it
					if line := len([]rune(head)) - groupReasonIndent; tc.pane == "5" && len(topic+"/0") > line {
						_, words, _ := strings.Cut(tc.reason, ": ")
						if !strings.Contains(joined, strings.ReplaceAll("v3/0 (+1 OK): "+words, " ", "")) || !strings.Contains(joined, "…") {
							t.Errorf("%s: the reason's words are not whole, with the topic's cut marked:\n%s", name, got)
						}
					} else if !strings.Contains(joined, strings.ReplaceAll(tc.reason, " ", "")) {
						t.Errorf("%s: the reason %q is not whole under its row:\n%s", name, tc.reason, got)
					}
					for _, c := range tc.cols {
						if !strings.Contains(" "+head+" ", " "+c+" ") {
							t.Errorf("%s: no %q column beside the reasons: %q\n%s", name, c, head, got)
						}
					}
					golden(t, name, got)
				})
			}
		}
	}
}

// With reasons under the rows a page holds fewer rows: pgdn moves by the
// rows shown, so none is skipped, and the border's position counts the
// rows shown.
func TestReasonsPageByTheRowsShown(t *testing.T) {
	s, names := manyGroupsStore(t, 30)
	a := realApp(t, s, 80, 24)
	press(a, "5", "z", "r")
	shownNames := func() []string {
		var out []string
		for _, l := range strings.Split(screen(a), "\n") {
			f := strings.Fields(strings.Trim(l, "│ "))
			for _, n := range names { // whole or cut in the middle: the word columns keep their cells (ut43a-8)
				if len(f) > 0 && strings.HasPrefix(f[0], n[:4]) && strings.HasSuffix(f[0], n[len(n)-3:]) {
					out = append(out, n)
				}
			}
		}
		return out
	}
	first := shownNames()
	if len(first) == 0 || len(first) >= 22 {
		t.Fatalf("%d groups on a 22-row page with their reasons under them:\n%s", len(first), screen(a))
	}
	if want := fmt.Sprintf("1-%d/30", len(first)); !strings.Contains(screen(a), want) {
		t.Errorf("the border does not say %s:\n%s", want, screen(a))
	}
	press(a, "pgdown")
	next := shownNames()
	last := first[len(first)-1]
	at := slices.Index(names, last)
	if len(next) == 0 || slices.Index(names, next[0]) > at+1 {
		t.Errorf("pgdn skipped groups: the page ended at %s, the next starts at %v:\n%s", last, next, screen(a))
	}
}
