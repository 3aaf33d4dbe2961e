package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A pane with no rows says why in full at 80x24: its notice wraps over the
// empty rows below instead of being cut.
func TestEmptyPaneNoticesWrap(t *testing.T) {
	const why = "nothing listens on 127.0.0.1:1 (connection refused); retrying"
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Topics = []string{model.LaundryTopic}
		st.Link = model.Link{State: model.LinkError, Err: why}
	})
	for _, keys := range [][]string{{"4", "z"}, {"5", "z"}, {"4"}, {"5"}} {
		a := realApp(t, s, 80, 24)
		press(a, keys...)
		got := screen(a)
		// the focused box's text, its rows joined (in the grid, Partitions
		// is the left box and Groups the right one)
		var text []string
		for _, l := range strings.Split(got, "\n") {
			if left, right, ok := strings.Cut(l, "││"); ok && len(keys) == 1 {
				l = map[string]string{"4": left, "5": right}[keys[0]]
			}
			text = append(text, strings.Trim(l, "│ "))
		}
		if flat := strings.Join(strings.Fields(strings.Join(text, " ")), " "); !strings.Contains(flat, "not connected: "+why) {
			t.Errorf("%v: the notice is cut:\n%s", keys, got)
		}
	}
}
