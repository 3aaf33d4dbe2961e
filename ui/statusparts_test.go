package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/ui/draw"
)

// A box's top edge keeps the position whatever else it drops, and a long
// title gives way to it (a user test, issue 14, C7).
func TestFitTopKeepsThePosition(t *testing.T) {
	parts := []draw.Part{
		{Text: "9 partitions", Rank: draw.RankCount},
		{Text: "poll ≤1ms", Rank: draw.RankDiag},
		{Text: "4 req", Rank: draw.RankDiag},
		{Text: "1-9/12", Rank: draw.RankKeep},
	}
	tests := []struct {
		title      string
		w          int
		title2, st string
	}{
		{"4 Partitions", 80, "4 Partitions", "9 partitions · poll ≤1ms · 4 req · 1-9/12"},
		{"4 Partitions", 56, "4 Partitions", "9 partitions · poll ≤1ms · 1-9/12"},
		{"4 Partitions", 41, "4 Partitions", "9 partitions · 1-9/12"},
		{"4 Partitions", 40, "4 Partitions", "1-9/12"},
		{"4 Partitions", 26, "4 Partitions", "1-9/12"},
		{"4 Partitions", 22, "4 Parti…", "1-9/12"},
	}
	for _, tt := range tests {
		title, st := fitTop(tt.title, parts, tt.w)
		if title != tt.title2 || st != tt.st {
			t.Errorf("w %d: got %q %q, want %q %q", tt.w, title, st, tt.title2, tt.st)
		}
		if used := ansi.StringWidth(title) + ansi.StringWidth(st) + 8; used > tt.w {
			t.Errorf("w %d: the top edge needs %d cells", tt.w, used)
		}
	}
}

// A pane that gives its status as one string (the Log) has it clipped from
// its end, as before parts, never dropped whole.
func TestFitTopClipsAPlainStatus(t *testing.T) {
	p := &plainStatusPane{status: "1 / 41 match · 41 held · 41 seen · and a long tail of words"}
	title, st := fitTop("6 Log", append(statusParts(p), draw.Part{Text: "1-9/12", Rank: draw.RankKeep}), 50)
	if title != "6 Log" || st != "1 / 41 match · 41 held · 41… · 1-9/12" {
		t.Errorf("got %q %q", title, st)
	}
}

type plainStatusPane struct {
	Pane
	status string
}

func (p *plainStatusPane) Status() string { return p.status }
