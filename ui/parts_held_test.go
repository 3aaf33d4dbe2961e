package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// heldLagStore is a cluster where groups read topic (2 partitions) at
// high watermarks near high, group j lagging lag*(j+1) on partition 0
// and lag*(2j+1) on partition 1, polled a few times.
func heldLagStore(t *testing.T, topic string, high, lag int64, groups ...string) *model.Store {
	t.Helper()
	return polledLagStore(t, topic, high, 10, lag, groups...)
}

// polledLagStore is six polls of groups reading topic's 2 partitions, the
// high watermarks at high, then step more each poll, group j lagging
// lag*(j+1) on partition 0 and lag*(2j+1) on partition 1.
func polledLagStore(t *testing.T, topic string, high, step, lag int64, groups ...string) *model.Store {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	tp0, tp1 := model.TP{Topic: topic, Partition: 0}, model.TP{Topic: topic, Partition: 1}
	s.Update(func(st *model.State) {
		st.Link = model.Link{Cluster: "kafka:9092", State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		st.Topics = []string{topic}
		for i := range 6 {
			h := high + step*int64(i)
			parts := []model.PartitionStat{{Topic: topic, Partition: 0, High: h, Rate: 3.5}, {Topic: topic, Partition: 1, High: h, Rate: 1.5}}
			var gs []model.GroupStat
			var committed []model.Committed
			for j, g := range groups {
				gs = append(gs, model.GroupStat{ID: g, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
					Detail: []model.MemberStat{{ID: g + "-1", ClientID: g, Host: "/10.0.0.1", Assigned: []model.TP{tp0, tp1}}}})
				committed = append(committed, model.Committed{Group: g, Offsets: map[model.TP]int64{tp0: h - lag*int64(j+1), tp1: h - lag*int64(2*j+1)}})
			}
			st.Lag.Observe(fixedNow.Add(time.Duration(i-5)*time.Second), parts, map[model.TP]int64{tp0: h, tp1: h}, gs, committed)
			st.Partitions, st.Groups = parts, gs
		}
		st.TopicStats = []model.TopicStat{{Name: topic, Partitions: 2, Replication: 1}}
		model.SumTopics(st.TopicStats, st.Partitions)
	})
	return s
}

// paneBox is the box titled title as drawn on a's screen: its lines
// from the top border to the bottom one, cut to the box's columns.
func paneBox(a *App, title string) []string {
	var out []string
	from, to := -1, -1
	for _, l := range strings.Split(screen(a), "\n") {
		r := []rune(l)
		if from < 0 {
			i := strings.Index(l, title)
			if i < 0 {
				continue
			}
			from = strings.LastIndex(string(r[:len([]rune(l[:i]))]), "╭")
			from = len([]rune(l[:from]))
			for to = from + 1; to < len(r) && r[to] != '╮'; to++ {
			}
		}
		out = append(out, string(r[from:min(to+1, len(r))]))
		if r[from] == '╰' {
			break
		}
	}
	return out
}

// ut19b G10: as lags grow from 4 to 6 digits the Partitions table keeps
// its columns and their widths: at 80x24 in the grid the high watermark
// stayed until the lag reached 5 digits, then went while the name
// widened from 20 to 24 cells and the heading took its long form, and
// topic rows read as bare names. The golden holds the sequence, grid
// and zoomed; the heading and the name's width must be the same at
// every step, and the topic row must carry its high watermark.
func TestPartitionsHoldAsLagsGrow(t *testing.T) {
	const topic = "idle.audit-trail-compliance-2031-q4"
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, zoom := range []bool{false, true} {
			var seq strings.Builder
			heading := ""
			for _, lag := range []int64{1500, 4500, 15000, 45000, 150000} {
				a := demoApp(t, heldLagStore(t, topic, 480000, lag, "group-00000", "group-00001"), size[0], size[1])
				press(a, "4")
				if zoom {
					press(a, "z")
				}
				box := paneBox(a, "─ 4 Partitions")
				fmt.Fprintf(&seq, "lag %d\n%s\n", lag, strings.Join(box, "\n"))
				if heading == "" {
					heading = box[1]
				}
				if box[1] != heading {
					t.Errorf("%dx%d zoom=%v lag %d: heading moved\n%s\nwas\n%s", size[0], size[1], zoom, lag, box[1], heading)
				}
				if !strings.Contains(box[2], "960,100") {
					t.Errorf("%dx%d zoom=%v lag %d: the topic row lost its high watermark: %q", size[0], size[1], zoom, lag, box[2])
				}
			}
			golden(t, fmt.Sprintf("partitions-lag-grows-%dx%d-zoom-%v", size[0], size[1], zoom), seq.String())
		}
	}
}
