package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// nameFamilies is names in families whose members differ in one token
// only: at the start, in the middle, at the end, and starting 10 to 14
// cells from the end; the tokens differ at their first cell (`eu-west-1`,
// `us-east-1`), their fourth (`eu-west-1`, `eu-north`) or their last
// (`eu-west-1`, `eu-west-2`). All in one list, as a cluster's topics or
// groups are, with a short name and ut31's settlement topics.
func nameFamilies() []string {
	tokens := []string{"eu-west-1", "us-east-1", "eu-nort-1", "eu-west-2"}
	var out []string
	for _, tok := range tokens {
		out = append(out,
			tok+".payments-ledger-reconciliation-events-archive",            // start
			"inventory-adjustment-projector-"+tok+"-consumer-group-primary", // middle
			"fulfilment-shipment-tracking-events-stream-"+tok,               // end
		)
		for from := 10; from <= 14; from++ { // the token starts from cells before the end
			out = append(out, fmt.Sprintf("customer-notification-preferences-f%d-%s%s", from, tok, strings.Repeat("z", from-len(tok))))
		}
	}
	return append(out, "orders", "settlement.payments.reconciliation-events.eu-west-1.v3",
		"settlement.payments.reconciliation-events.us-east-1.v3")
}

// Names that differ read apart at every width a column gives them
// (ut31 Y12's kind): from 8 cells, the cut of a name that differs from
// all others within the column's cells less one of its start or end is
// the cut of that name only and reads as no other name's; from 11 cells
// so does every name's, a window on where it differs reading as no other
// name's (ut31's settlement topics at 10 cells:
// `…west-1.v3`). Whatever the judgment's least (the zoomed Partitions',
// the grid's, Groups' and Topics'), and in a row a cell or two wider (a
// topic row with a shorter ` (N)`).
func TestNamesApartEveryWidth(t *testing.T) {
	names := nameFamilies()
	ends := map[string][2]int{} // the most cells a name shares with another at its start and end, counted pair by pair
	for _, s := range names {
		for _, o := range names {
			if o != s {
				e := ends[s]
				ends[s] = [2]int{max(e[0], commonStart(s, o)), max(e[1], commonEnd(s, o))}
			}
		}
	}
	for _, judged := range [][2]int{{partTopicLeast, partTopicFloor}, {partNameMin - 4, partNameLeast - 4}, {groupNameMin, groupNameMin}, {topicNameLeast, topicNameLeast}} {
		var a namesApart
		a.judgeFrom(names, judged[0], judged[1])
		for least := 8; least <= 40; least++ {
			for extra := range 3 {
				w := least + extra
				shown := map[string]string{}
				for _, n := range names {
					c := a.cut(n, w, least)
					if ansi.StringWidth(c) > w {
						t.Fatalf("judged %v, %d cells: %q cut to %q", judged, w, n, c)
					}
					shown[c] = shown[c] + "|" + n
				}
				for _, n := range names {
					e, c := ends[n], a.cut(n, w, least)
					window := e[0] >= least-1 && e[1] >= least-1 // neither end tells it apart: a window on where it differs
					if window && least < 11 {
						continue // told apart where it can be
					}
					if m := cutMatches(c, names); len(m) != 1 && !window {
						t.Errorf("judged %v, %d cells (least %d): %q reads %q, which is any of %q", judged, w, least, n, c, m)
					}
					if shown[c] != "|"+n {
						t.Errorf("judged %v, %d cells (least %d): %q reads %q, as %q do", judged, w, least, n, c, shown[c])
					}
				}
			}
		}
	}
}
