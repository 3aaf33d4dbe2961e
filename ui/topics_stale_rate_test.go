package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// ut25a Q15: while the cluster does not answer, the header's rate reads
// "–/s" (not known), and it is the sum of the Topics pane's: so each
// topic's rate reads "–/s" too, in the list and in its detail (summary,
// partitions, consumer groups), never the last poll's 25.0/s as if
// records still arrived; the rows' counts stay, dimmed as stale.
func TestRatesReadUnknownWhilePollsFail(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {200, 50}} {
		s := foreignStore(t)
		s.Update(func(st *model.State) {
			st.Link.AnsweredAt = fixedNow
			for i := range st.TopicStats {
				if st.TopicStats[i].Name == "payments" {
					st.TopicStats[i].Rate = 25
				}
			}
			for i := range st.Partitions {
				if st.Partitions[i].Topic == "payments" {
					st.Partitions[i].Rate = 25
				}
			}
		})
		a := realApp(t, s, size.w, size.h)
		a.Update(changedMsg{version: s.Version()})
		press(a, "8")
		if got := screen(a); !strings.Contains(got, "25.0/s") {
			t.Fatalf("%dx%d: payments' 25.0/s not shown while the cluster answers:\n%s", size.w, size.h, got)
		}
		pollFailed(a)
		for _, where := range []string{"list", "detail"} {
			if where == "detail" {
				press(a, "/", "p", "a", "y", "enter", "enter")
			}
			got := screen(a)
			if strings.Contains(got, "25.0/s") {
				t.Errorf("%dx%d %s: the last poll's 25.0/s shown while polls fail:\n%s", size.w, size.h, where, got)
			}
			head, body, _ := strings.Cut(got, "\n")
			if !strings.Contains(head, "–/s") {
				t.Errorf("%dx%d %s: header %q does not say the rate is unknown", size.w, size.h, where, head)
			}
			if where == "detail" { // the summary's rate and the partition's
				if n := strings.Count(body, rateUnknown); n < 2 {
					t.Errorf("%dx%d detail: %d rates read –/s, want the summary's and the partition's:\n%s", size.w, size.h, n, got)
				}
				continue
			}
			var row string
			for _, l := range strings.Split(body, "\n") {
				if strings.Contains(l, "payments") {
					row = l
					break
				}
			}
			if !strings.Contains(row, rateUnknown) {
				t.Errorf("%dx%d list: payments' row %q does not read –/s as the header does:\n%s", size.w, size.h, row, got)
			}
		}
	}
}
