package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// sidePairStore is the demo's two groups on the six partitions of
// laundry-machine-logs over polls polls a second apart: members[g] are
// group g's members' partitions (none: Empty), commits[g] its committed
// offsets at the first poll (each moving 3 a poll), the log 20 a poll.
func sidePairStore(polls int, members [2][][]int, commits [2]map[int]int64) *model.Store {
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	topic := "laundry-machine-logs"
	var gs []model.GroupStat
	for g := range 2 {
		st := model.GroupStat{ID: fmt.Sprintf("washboard-demo-%d", g+1), State: "Stable", Assignor: "range", Members: len(members[g])}
		if len(members[g]) == 0 {
			st.State, st.Assignor = "Empty", ""
		}
		for m, ps := range members[g] {
			var tps []model.TP
			for _, p := range ps {
				tps = append(tps, model.TP{Topic: topic, Partition: p})
			}
			st.Detail = append(st.Detail, model.MemberStat{ID: fmt.Sprintf("m%d", m), ClientID: fmt.Sprintf("%s-m%d", st.ID, m+1), Host: fmt.Sprintf("127.0.0.1:%d", 35206+m*100+g), Assigned: tps})
		}
		gs = append(gs, st)
	}
	for i := range polls {
		s.Update(func(st *model.State) {
			if st.Lag == nil {
				st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
			}
			at := fixedNow.Add(time.Duration(i) * time.Second)
			st.Link = model.Link{State: model.LinkConnected, PolledAt: at, AnsweredAt: at}
			high := 2000 + int64(i)*20
			highs := map[model.TP]int64{}
			var parts []model.PartitionStat
			for p := range 6 {
				tp := model.TP{Topic: topic, Partition: p}
				parts = append(parts, model.PartitionStat{Topic: topic, Partition: p, High: high})
				highs[tp] = high
			}
			var cs []model.Committed
			for g := range 2 {
				offs := map[model.TP]int64{}
				for p, o := range commits[g] {
					offs[model.TP{Topic: topic, Partition: p}] = o + int64(i)*3
				}
				cs = append(cs, model.Committed{Group: gs[g].ID, Offsets: offs})
			}
			st.Partitions, st.Groups = parts, gs
			st.Lag.Observe(at, parts, highs, gs, cs)
		})
	}
	s.Fold([]model.Record{{Topic: topic, Partition: 3, Offset: 1200, Key: []byte("o-1"), Value: []byte(`{"id":1}`), Time: fixedNow}}, fixedNow)
	return s
}

// ut43b (side by side): the same topic read two ways on one screen: at
// 80x24 `laundry-machine-logs` on a line of its own over `/0 @680 …` in
// one column, `laundry-machine-logs/0 no commit yet` six times beside it
// over blank rows; and in one column a short topic on its partitions'
// lines (`orders/0 @516`) under a long one on a line of its own. Where a
// column puts a topic on a line of its own, every column puts its topics
// so where it has the rows: one form for a topic, its name on the line
// over the partitions it heads.
func TestSideViewTopicReadsOneWay(t *testing.T) {
	all := map[int]int64{0: 680, 1: 664, 2: 680, 3: 681, 4: 673, 5: 671}
	inline := regexp.MustCompile(`laundry-machine-logs/[0-9]`)
	for _, tc := range []struct {
		name    string
		members [2][][]int
		commits [2]map[int]int64
	}{
		{"stopped-beside-new", [2][][]int{nil, {{0, 1, 2, 3, 4, 5}}}, [2]map[int]int64{all, {1: 38, 4: 20}}},
		{"one-member-each", [2][][]int{{{0, 1, 2, 3, 4, 5}}, {{0, 1, 2, 3, 4, 5}}}, [2]map[int]int64{all, {1: 38}}},
		{"members-added", [2][][]int{{{0, 1}, {2, 3}, {4, 5}}, {{0, 1}, {2, 3}, {4}, {5}}}, [2]map[int]int64{all, all}},
	} {
		for _, sz := range [][2]int{{80, 24}, {200, 50}} {
			name := fmt.Sprintf("side-topic-%s-%dx%d", tc.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				a := gridApp(t, sidePairStore(30, tc.members, tc.commits), sz[0], sz[1])
				do(a, "5", "space", "space", "enter")
				got := screen(a)
				box := boxOf(got, "5 Groups")
				own := 0
				for _, l := range strings.Split(box, "\n") {
					for _, c := range strings.Split(l, "│") {
						if strings.TrimSpace(c) == "laundry-machine-logs" {
							own++
						}
					}
				}
				if own > 0 && inline.MatchString(box) {
					t.Errorf("the topic reads two ways: on a line of its own (%d) and on its partitions' lines:\n%s", own, got)
				}
				golden(t, name, got)
			})
		}
	}
}
