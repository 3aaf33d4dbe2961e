package draw

import "testing"

// A border status too wide for its room loses its least important parts
// first (diagnostics, then the sort order, then counts), a filter is
// clipped before it goes, and the position is never cut (a user test,
// issue 14, C7: `9 partitions · poll ≤1ms · 4 req · 1-9/…`).
func TestFitStatusDropsLeastImportantFirst(t *testing.T) {
	parts := []Part{
		{Text: "filter orders", Rank: RankFilter},
		{Text: "9 partitions", Rank: RankCount},
		{Text: "poll ≤1ms", Rank: RankDiag},
		{Text: "4 req", Rank: RankDiag},
		{Text: "sort name", Rank: RankSort},
		{Text: "1-9/12", Rank: RankKeep},
	}
	tests := []struct {
		room int
		want string
	}{
		{80, "filter orders · 9 partitions · poll ≤1ms · 4 req · sort name · 1-9/12"},
		{61, "filter orders · 9 partitions · poll ≤1ms · sort name · 1-9/12"},
		{50, "filter orders · 9 partitions · sort name · 1-9/12"},
		{40, "filter orders · 9 partitions · 1-9/12"},
		{30, "filter orders · 1-9/12"},
		{20, "filter ord… · 1-9/12"},
		{12, "1-9/12"},
		{6, "1-9/12"},
		{4, "1-9…"}, // only when the position alone is wider than the room
	}
	for _, tt := range tests {
		if got := FitStatus(parts, tt.room); got != tt.want {
			t.Errorf("room %d: got %q, want %q", tt.room, got, tt.want)
		}
	}
	short := []Part{{Text: "stale: last poll 12s ago", Short: "stale", Rank: RankAlert}, {Text: "1-9/12", Rank: RankKeep}}
	if got := FitStatus(short, 20); got != "stale · 1-9/12" {
		t.Errorf("a part with a short form: got %q, want it shortened before it goes", got)
	}
	if got := KeepWidth(parts); got != 6 {
		t.Errorf("KeepWidth = %d, want 6", got)
	}
}

// ut43a-3, ut43a-4: a part the title yields to (a view's count) goes
// only after the parts said short have taken their short forms, and the
// title yields to it, and to what outranks it, in their short forms.
func TestFitStatusYieldPartGoesLast(t *testing.T) {
	parts := []Part{
		{Text: "filter a", Short: "/a", Rank: RankFilter},
		{Text: "7 of 8 keys", Short: "7 of 8", Rank: RankCount, Yield: true},
		{Text: "1/7", Rank: RankKeep},
	}
	if got, want := FitStatus(parts, 17), "/a · 7 of 8 · 1/7"; got != want {
		t.Errorf("FitStatus(17) = %q, want %q", got, want)
	}
	if got, want := FitStatus(parts, 16), "/a · 1/7"; got != want {
		t.Errorf("FitStatus(16) = %q, want %q", got, want)
	}
	if got, want := TitleYieldsSoft(parts), Width("/a · 7 of 8 · 1/7"); got != want {
		t.Errorf("TitleYieldsSoft = %d, want %d", got, want)
	}
	if got, want := TitleYieldsTo(parts), Width("1/7"); got != want {
		t.Errorf("TitleYieldsTo = %d, want %d", got, want)
	}
}
