package draw

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

type plainStyle struct{}

func (plainStyle) Render(s ...string) string { return strings.Join(s, "") }

// The top edge keeps its exact width, never drops the status (the filter
// comes first in it, so clipping from the end keeps the filter) and always
// keeps a dash between title and status.
func TestTopEdgeClipsStatusNeverDropsIt(t *testing.T) {
	const status = "filter moon · 0 of 10 keys · 3 unreadable · sort status"
	tests := []struct {
		name, title, right string
		inner              int
		want               string
	}{
		{"fits", "2 Riders", "5 keys", 30, "╭─ 2 Riders ─────────── 5 keys ╮"},
		{"status clipped, filter kept", "2 Riders", status, 40, "╭─ 2 Riders ─ filter moon · 0 of 10 key… ╮"},
		{"long title gives way", "3 Students with a very long name", status, 30, "╭─ 3 Students wi… ─ filter mo… ╮"},
		{"no status", "2 Riders", "", 12, "╭─ 2 Riders ─╮"},
		{"tiny", "2 Riders", status, 6, "╭─ … ──╮"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := topEdge(plainStyle{}, plainStyle{}, plainStyle{}, tt.title, tt.right, tt.inner)
			if w := ansi.StringWidth(got); w != tt.inner+2 {
				t.Errorf("width %d, want %d: %q", w, tt.inner+2, got)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestFitWidths(t *testing.T) {
	tests := []struct {
		name        string
		total       int
		want, drop  []int
		grow, least int
		got         []int
	}{
		{"room to spare goes to grow", 30, []int{10, 4, 4}, []int{1}, 0, 0, []int{20, 4, 4}},
		{"drops in order until it fits", 20, []int{10, 4, 4, 4}, []int{3, 1}, 0, 0, []int{10, 4, 4, 0}},
		{"grow gives way last", 12, []int{10, 4, 4}, []int{2}, 0, 5, []int{7, 4, 0}},
		{"dropped grow leaves it to the first", 16, []int{10, 4, 8}, []int{2}, 2, 0, []int{11, 4, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FitWidths(tt.total, tt.want, tt.drop, tt.grow, tt.least)
			if fmt.Sprint(got) != fmt.Sprint(tt.got) {
				t.Errorf("got %v, want %v", got, tt.got)
			}
		})
	}
}

// Box is exactly w x h cells whatever its content, and nothing under 2x2.
func TestBoxKeepsItsSize(t *testing.T) {
	st := BoxStyles{plainStyle{}, plainStyle{}, plainStyle{}, plainStyle{}, plainStyle{}}
	lines := []string{strings.Repeat("x", 50), "short", "洗濯機です洗濯機です"}
	for _, size := range [][2]int{{2, 2}, {10, 3}, {20, 5}, {7, 10}} {
		w, h := size[0], size[1]
		got := strings.Split(Box(st, "title", "status", lines, w, h, true), "\n")
		if len(got) != h {
			t.Fatalf("%dx%d: %d lines", w, h, len(got))
		}
		for _, l := range got {
			if ansi.StringWidth(l) != w {
				t.Fatalf("%dx%d: line %q is %d cells", w, h, l, ansi.StringWidth(l))
			}
		}
	}
	if Box(st, "t", "", nil, 1, 5, false) != "" || Box(st, "t", "", nil, 5, 1, false) != "" {
		t.Fatal("a box under 2x2 is drawn")
	}
}

func TestColumnsCutsNamesInTheMiddle(t *testing.T) {
	got := Columns([]string{"washboard-demo-12", "Stable", "12345"}, []int{11, 0, 4})
	if got != "washb…mo-12 123…" {
		t.Fatalf("got %q", got)
	}
}

func TestRowWidth(t *testing.T) {
	for _, tc := range []struct {
		widths []int
		want   int
	}{{nil, 0}, {[]int{5}, 5}, {[]int{5, 3}, 9}, {[]int{5, 0, 3}, 9}, {[]int{0, 0}, 0}} {
		if got := RowWidth(tc.widths); got != tc.want {
			t.Errorf("RowWidth(%v) = %d, want %d", tc.widths, got, tc.want)
		}
	}
}

func TestShare(t *testing.T) {
	for _, tc := range []struct {
		need []int
		room int
		want []int
	}{
		{[]int{5, 40, 30}, 60, []int{5, 27, 28}}, // the short keeps its need, the long split the rest
		{[]int{5, 6}, 60, []int{5, 6}},           // all fit: each its need
		{[]int{0, 50}, 20, []int{1, 19}},         // nothing needed still gets a cell
	} {
		if got := Share(tc.need, tc.room); !slices.Equal(got, tc.want) {
			t.Errorf("Share(%v, %d) = %v, want %v", tc.need, tc.room, got, tc.want)
		}
	}
}
