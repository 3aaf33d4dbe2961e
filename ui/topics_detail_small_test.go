package ui

import (
	"regexp"
	"strings"
	"testing"
)

// At 80x24 the Topics box is six lines: an opened topic shows its
// partition rows there, not only the section headings; z (zoom) still
// shows every section with its title.
func TestTopicOpenedInSmallBoxShowsPartitionRows(t *testing.T) {
	a := foreignApp(t, 80, 24)
	do(a, "enter")
	got := screen(a)
	for _, row := range []string{`(?m)^│0 +\S`, `(?m)^│1 +\S`} {
		if !regexp.MustCompile(row).MatchString(got) {
			t.Errorf("no partition row %s in the small box:\n%s", row, got)
		}
	}
	if !strings.Contains(got, "more lines below") {
		t.Errorf("the cut is not said:\n%s", got)
	}
	do(a, "z")
	got = screen(a)
	for _, want := range []string{"partitions", "configs (not Kafka's defaults)", "consumer groups", "billing"} {
		if !strings.Contains(got, want) {
			t.Errorf("zoomed: no %q:\n%s", want, got)
		}
	}
}
