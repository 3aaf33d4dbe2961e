package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut42a-18, ut40a-19, ut40b-18: an inferred view (`orders`, ids of 3
// cells, a status and an amount) at 200x50 drew `id` 7 cells wide, the
// status and amount 11 and ~100 of 118 cells blank: the spare cells,
// once the sparkline showed its whole window, widened every gap by up to
// 3. The columns are as wide as their content (one blank between two,
// as Machines at 80x24) and what the whole window leaves ends the row.
func TestInferredViewColumnsFollowContent(t *testing.T) {
	const topic = "orders"
	statuses := []string{"open", "paid", "shipped"}
	var recs []model.Record
	for sec := 300; sec >= 0; sec -= 5 {
		for n := range 5 {
			recs = append(recs, model.Record{Topic: topic, Partition: n % 3, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Key:   fmt.Appendf(nil, "o-%d", n),
				Value: fmt.Appendf(nil, `{"id":"o-%d","status":%q,"amount":%d}`, n, statuses[(n+sec)%3], 100+(n*37+sec)%400)})
		}
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := specViewApp(t, size[0], size[1], topic, "series key=@key fields=amount status=status", recs)
			got := screen(a)
			defer golden(t, fmt.Sprintf("series-inferred-orders-%dx%d", size[0], size[1]), got)
			head := seriesHeading(t, got)
			if !strings.HasPrefix(head, "│id▼ status  amount ") {
				t.Errorf("the columns are wider than their content (want `id▼ status  amount`):\n%s", got)
			}
			if size[0] == 200 && !strings.Contains(head, " 5m ") {
				t.Errorf("the sparkline does not show its whole window:\n%s", got)
			}
		})
	}
}
