package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The detail of an aborted transaction's record says it was aborted, as
// its row (`aborted`) and the export ("aborted":true) do; a committed
// record's detail does not (ut25b R2), at 80 and 200 columns.
func TestLogDetailSaysAborted(t *testing.T) {
	recs := []model.Record{
		{Topic: "orders", Partition: 2, Offset: 4, Time: fixedNow.Add(-2 * time.Second), Key: []byte("txn-order-2-1"), Value: []byte(`{"round":2}`)},
		{Topic: "orders", Partition: 2, Offset: 5, Time: fixedNow.Add(-time.Second), Key: []byte("txn-order-3-1"), Value: []byte(`{"round":3}`), Aborted: true},
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := logApp(t, size[0], size[1], recs...)
		do(a, "a", "space", "enter") // shown, paused at the newest (the aborted one)
		s := screen(a)
		if !strings.Contains(s, "orders/2@5") {
			t.Fatalf("%dx%d: not the aborted record's detail:\n%s", size[0], size[1], s)
		}
		if !strings.Contains(s, "aborted: its transaction was aborted") {
			t.Errorf("%dx%d: the aborted record's detail does not say it was aborted:\n%s", size[0], size[1], s)
		}
		do(a, "esc", "up", "enter")
		s = screen(a)
		if !strings.Contains(s, "orders/2@4") || strings.Contains(s, "aborted:") {
			t.Errorf("%dx%d: the committed record's detail:\n%s", size[0], size[1], s)
		}
	}
}
