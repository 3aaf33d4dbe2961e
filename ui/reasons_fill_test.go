package ui

import (
	"strings"
	"testing"
)

// ut32b Zb3: with `r` in the 80x24 grid (3 rows) Partitions showed one
// row above an empty one because the next row's reason took 3 lines: a
// row after the first is shown with its reason cut to the lines left;
// the cursor's row keeps its reason whole.
func TestReasonsPageFillsTheBox(t *testing.T) {
	lines := func(i int) (int, int) {
		if i == 0 {
			return 1, 1
		}
		return 3, 2 // its head cut, its words on one line
	}
	tests := []struct {
		name                   string
		cursor, offset, height int
		wantFirst, wantShown   int
	}{
		{"cursor on the short row: the next shown, its reason cut", 0, 0, 3, 0, 2},
		{"cursor on the long row: its reason whole", 1, 0, 3, 1, 1},
		{"a tall box: whole rows, then one whose reason gets the line left", 0, 0, 8, 0, 4},
		{"a taller box: whole rows, then one, its head cut", 0, 0, 9, 0, 4},
		{"one line left: the next row shown, its reason cut (ut39-8: never a blank line)", 0, 0, 2, 0, 2},
	}
	for _, tt := range tests {
		first, shown := fitPage(tt.cursor, tt.offset, 300, tt.height, lines)
		if first != tt.wantFirst || shown != tt.wantShown {
			t.Errorf("%s: rows %d+%d, want %d+%d", tt.name, first, shown, tt.wantFirst, tt.wantShown)
		}
	}
	// the reason cut to the lines left keeps its words: the head goes first
	got := reasonIn("settlement.payments.reconciliation-events.eu-west-1.v3/3: lag was zero within the window", "settlement.payments.reconciliation-events.eu-west-1.v3/3", 38, 2, 1)
	if len(got) != 1 || !strings.Contains(got[0], "/3: lag was zero within the window") || !strings.Contains(got[0], "…") {
		t.Errorf("a one-line reason in 38 cells: %q", got)
	}
}

// ut33 Q2, Zb3: a reason cut in a short box keeps its words: only the
// partition it names before its `: ` is cut (its topic, to the partition
// and its count), never words that merely hold a colon; where the words
// do not fit the lines left a row waits for the next page.
func TestReasonCutKeepsItsWords(t *testing.T) {
	const topic = "fulfillment.warehouse.shipments.eu-central-1.v2"
	tests := []struct {
		name, reason, at string
		w, indent, room  int
		want             []string
	}{
		{"no head: words wrap, never cut in their middle", "assigned but no committed offset: no lag to show", "", 38, 4, 2,
			[]string{"    assigned but no committed offset:", "    no lag to show"}},
		{"no head, one line: cut at a line's end only", "members but no committed offset: no lag to show", "", 38, 2, 1,
			[]string{"  members but no committed offset: no…"}},
		{"one line full to its end: the mark takes a word's place, not a word's end; the indent's cells go to a word", topic + "/0 (+5 OK): lag was zero within the window", topic + "/0 (+5 OK)", 38, 2, 1,
			[]string{"…/0 (+5 OK): lag was zero within the…"}},
		{"ut37-20: a cut reason takes every cell of its line, its indent too", "p0 (+5 WARN): lag rose on every poll, from 1,234 to 3,427", "p0 (+5 WARN)", 38, 3, 1,
			[]string{"p0 (+5 WARN): lag rose on every poll,…"}},
		{"ut37-20: words whole from the line's first cell rather than cut beside the indent", "p0 (+5 WARN): lag rose on every poll", "p0 (+5 WARN)", 38, 3, 1,
			[]string{"p0 (+5 WARN): lag rose on every poll"}},
		{"a reason that fits its lines keeps its indent", "p0 (+5 WARN): lag rose on every poll, from 1,234 to 3,427", "p0 (+5 WARN)", 38, 3, 2,
			[]string{"   p0 (+5 WARN): lag rose on every", "   poll, from 1,234 to 3,427"}},
		{"a topic's head cut to its partition before any word", topic + "/0 (+4 OK): lag was zero within the window", topic + "/0 (+4 OK)", 38, 2, 2,
			[]string{"  fulfillment.wa…eu-central-1.v2/0 (+4", "  OK): lag was zero within the window"}},
		{"a head cut further for longer words", topic + "/0 (+4 OK): offset stuck at 1,234 for 5m while lag is 3,000", topic + "/0 (+4 OK)", 38, 2, 2,
			[]string{"  fulfi…l-1.v2/0 (+4 OK): offset stuck", "  at 1,234 for 5m while lag is 3,000"}},
		{"a head cut further for longer words still", topic + "/0 (+4 OK): offset stuck at 1,234,567 for 15m while lag is 3,000", topic + "/0 (+4 OK)", 38, 2, 2,
			[]string{"  fulf…1.v2/0 (+4 OK): offset stuck at", "  1,234,567 for 15m while lag is 3,000"}},
	}
	for _, tt := range tests {
		got := reasonIn(tt.reason, tt.at, tt.w, tt.indent, tt.room)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	if got := cutHead(topic+"/0 (+4 OK)", headLeast(topic+"/0 (+4 OK)")); got != "…/0 (+4 OK)" {
		t.Errorf("a head at its least: %q, want the partition and its count", got)
	}
	// the least a row takes is its words whole beside the head's least
	if whole, least := reasonRoom(topic+"/0 (+4 OK): lag was zero within the window", topic+"/0 (+4 OK)", 38, 2); whole != 4 || least != 3 {
		t.Errorf("lines of a long-topic reason in 38 cells: %d whole, %d least; want 4, 3", whole, least)
	}
}
