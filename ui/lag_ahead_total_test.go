package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A group committed past the high watermark has lag 0 on those
// partitions; its total in Groups and its row under the topic in
// Partitions said `0` beside `ERR`, as a caught-up group's `0` beside
// `OK` (ut25a Q4). With no lag elsewhere they read `ahead N`, as its
// partitions do.
func TestATotalAheadReadsAhead(t *testing.T) {
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	gs := []model.GroupStat{{ID: "rewound-elsewhere", State: "Empty"}, {ID: "caught-up", State: "Empty"}}
	cs := []model.Committed{
		{Group: "rewound-elsewhere", Offsets: map[model.TP]int64{tp0: 150, tp1: 100}},
		{Group: "caught-up", Offsets: map[model.TP]int64{tp0: 100, tp1: 100}},
	}
	for _, tc := range []struct{ keys []string }{{[]string{"5", "z"}}, {[]string{"4", "z"}}} {
		a := realApp(t, groupLagStore(gs, cs), 120, 40)
		press(a, tc.keys...)
		sc := screen(a)
		var found bool
		for _, l := range strings.Split(sc, "\n") {
			if strings.Contains(l, "rewound-elsewhere") && strings.Contains(l, "ERR") {
				found = true
				if !strings.Contains(l, "ahead 50") {
					t.Errorf("pane %s: the group ahead by 50 reads %q", tc.keys[0], strings.TrimSpace(l))
				}
			}
		}
		if !found {
			t.Errorf("pane %s: no ERR row for the group ahead:\n%s", tc.keys[0], sc)
		}
	}
}
