package ui

import (
	"strings"
	"testing"
)

// ut38a-20: at 200x50 the form not being edited cut its value to one
// line while 7 rows of the box stood empty under it. A value the box has
// the rows for reads whole, wrapped, edited or not, in the grid and zoomed.
func TestProduceValueShownWholeWhereTheBoxHasRows(t *testing.T) {
	for _, tc := range []struct {
		size [2]int
		keys []string
	}{
		{[2]int{200, 50}, []string{"7"}},
		{[2]int{200, 50}, []string{"6"}},
		{[2]int{80, 24}, []string{"7", "z"}},
	} {
		t.Run(sizeName(tc.size)+"-"+strings.Join(tc.keys, ""), func(t *testing.T) {
			a, p, _ := produceApp(t, tc.size[0], tc.size[1])
			do(a, tc.keys...)
			value := p.value(fieldValue)
			flat := strings.ReplaceAll(strings.Join(produceBox(screen(a)), ""), " ", "")
			if value == "" || !strings.Contains(flat, strings.ReplaceAll(value, " ", "")) {
				t.Fatalf("the value %s is not whole:\n%s", value, screen(a))
			}
		})
	}
}
