package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// ut42a-2: the Machines detail in the 80x24 grid drew each field's
// sparkline in 8 of its 32 cells, 25 blank before it, 35 s into the
// machine's history: the sparkline showed the window's newest buckets,
// one a cell, most of them not seen yet. It spans the data seen over the
// cells its row leaves, as the zoomed detail's charts do.
func TestDetailSparklinesTakeTheirRoom(t *testing.T) {
	var recs []model.Record
	for sec := 55; sec >= 0; sec -= 5 { // 12 buckets: the 1-minute span the charts take, whole
		for n := range 3 {
			recs = append(recs, model.Record{Topic: "orders", Partition: n, Time: fixedNow.Add(-time.Duration(sec) * time.Second),
				Key:   fmt.Appendf(nil, "o-%d", n),
				Value: fmt.Appendf(nil, `{"status":"open","amount_eur":%d,"fee":%d,"qty":%d}`, 1000+(n*37+sec*7)%400, sec%7, n+sec%3)})
		}
	}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := specViewApp(t, size[0], size[1], "orders", "series key=@key fields=amount_eur,fee,qty status=status", recs)
			press(a, "enter")
			got := screen(a)
			least := -1 // the fewest blanks before a sparkline: 2 beside the widest title
			for _, l := range strings.Split(got, "\n") {
				if !strings.HasPrefix(l, "│amount_eur ") && !strings.HasPrefix(l, "│fee ") && !strings.HasPrefix(l, "│qty ") {
					continue
				}
				row := []rune(strings.TrimRight(l[:strings.Index(l[len("│"):], "│")+len("│")], " "))
				i := len(row)
				for i > 0 && row[i-1] != ' ' {
					i--
				}
				j := i
				for j > 0 && row[j-1] == ' ' {
					j--
				}
				if least < 0 || i-j < least {
					least = i - j
				}
			}
			if least != 2 {
				t.Errorf("the sparklines leave %d blank cells beside the widest title, want 2:\n%s", least, got)
			}
		})
	}
}
