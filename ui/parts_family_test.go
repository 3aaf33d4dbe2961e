package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// familyStore is a topic of 6 partitions read by n groups of one family,
// `settlement-ledger-replay-consumer-group-for-merchant-cohort-1NN-ut29`
// (each committed on every partition), and by 20 groups of another,
// `regional-dispatch-planner-…-batch-NN-ut29`, on partition 0.
func familyStore(n int) *model.Store {
	s := model.NewStore(nil, model.DefaultLimits())
	topic := "ledger-reconciliation-settlement-events-eu-west-primary-ut29"
	var parts []model.PartitionStat
	hw := map[model.TP]int64{}
	for p := range 6 {
		parts = append(parts, model.PartitionStat{Topic: topic, Partition: p, High: 5000})
		hw[model.TP{Topic: topic, Partition: p}] = 5000
	}
	var g []model.GroupStat
	var c []model.Committed
	for i := range n {
		id := fmt.Sprintf("settlement-ledger-replay-consumer-group-for-merchant-cohort-1%02d-ut29", i)
		g = append(g, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
		off := map[model.TP]int64{}
		for p := range 6 {
			off[model.TP{Topic: topic, Partition: p}] = int64(4600 + i)
		}
		c = append(c, model.Committed{Group: id, Offsets: off})
	}
	for i := range 20 {
		id := fmt.Sprintf("regional-dispatch-planner-consumer-group-for-eu-west-batch-%02d-ut29", i)
		g = append(g, model.GroupStat{ID: id, State: "Empty", Protocol: "consumer"})
		c = append(c, model.Committed{Group: id, Offsets: map[model.TP]int64{{Topic: topic, Partition: 0}: int64(10 + i)}})
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 2 {
			st.Lag.Observe(fixedNow.Add(time.Duration(i)*time.Second), parts, hw, g, c)
		}
		st.Partitions, st.Groups = parts, g
		st.Topics = []string{topic}
	})
	return s
}

// familyName is a group row's name in Partitions: what follows its arrow.
var familyName = regexp.MustCompile(`↳ (\S+)`)

// Partitions tells 60 groups of one family apart where its box cuts
// their names under 16 cells (ut28a U13, ut29: the 80x24 grid's 11
// cells read `settl…-ut29` on every group row, while Groups beside it
// read `settleme…-100-ut29`): cut where they differ, the head
// shortened, in the grid and zoomed, and each row's name the same
// whatever row the cursor is on (no flip).
func TestPartitionsFamilyNamesApart(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 50}} {
		for _, mode := range []string{"", "-zoomed", "-filtered"} {
			keys := map[string][]string{"": {"4"}, "-zoomed": {"4", "z"}, "-filtered": {"4", "/", "type:cohort-1", "enter"}}[mode]
			name := "parts-family-" + itoa(sz[0]) + "x" + itoa(sz[1]) + mode
			a := realApp(t, familyStore(60), sz[0], sz[1])
			do(a, keys...)
			var first []string    // the names, line by line, before the cursor moves
			for step := range 4 { // j ×3 stays on the first page: every line keeps its name
				s := screen(a)
				rows := boxRows(t, s, "4 Partitions")
				var names []string
				shown := map[string]bool{}
				for _, r := range rows {
					m := familyName.FindStringSubmatch(r)
					if m == nil {
						shown = map[string]bool{} // a topic's or partition's row: its groups follow
						names = append(names, "")
						continue
					}
					if shown[m[1]] {
						t.Fatalf("%s: two groups read %q:\n%s", name, m[1], strings.Join(rows, "\n"))
					}
					shown[m[1]] = true
					names = append(names, m[1])
				}
				if len(shown) < 3 {
					t.Fatalf("%s: fewer than three group rows:\n%s", name, strings.Join(rows, "\n"))
				}
				if step == 0 {
					first = names
					golden(t, name, s)
				} else if strings.Join(names, " ") != strings.Join(first, " ") {
					t.Fatalf("%s: names moved as the cursor did: %q, then %q", name, first, names)
				}
				do(a, "j")
			}
		}
	}
}
