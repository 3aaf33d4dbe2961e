package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
)

// The local --brokers console, a profile session and an SSH viewer say
// the cluster in one wording at one width (`cluster` from 120 columns, as
// `washboard`), and a part shortens or gives way only when the line has
// no room for it, the figures held as wide as they may grow (ut30 X3: at
// 80x24 the SSH viewer dropped `produced 20,998 read` and `2 viewers`
// beside a whole `read-only all`, and said no `cluster` where the local
// console did).
func TestHeaderGivesWayOnlyWithoutRoom(t *testing.T) {
	const profile = "settlement-eu · 127.0.0.1:31900,127.0.0.1:31901,127.0.0.1:31902"
	sessions := []struct {
		name string
		cl   Cluster
	}{
		{"local", Cluster{Name: "127.0.0.1:31900"}},
		{"profile", Cluster{Name: profile}},
		{"profile admin", Cluster{Name: profile, ReadOnly: model.ReadOnlyAdmin}},
		{"ssh", Cluster{Name: "127.0.0.1:31900", ReadOnly: model.ReadOnlyAll, Viewers: func() int { return 2 }}},
		{"ssh profile", Cluster{Name: profile, ReadOnly: model.ReadOnlyAll, Viewers: func() int { return 2 }}},
	}
	// what a part adds when said whole, the cells it is held to grow by included
	gives := []struct{ whole, short string }{
		{" produced 20,998 read", ""}, // 1 cell of rate, 3 of count held
		{" │ 2 viewers", ""},
		{"read-only all", "ro:all"},
		{"read-only admin", "ro:admin"},
		{"127.0.0.1:31900,127.0.0.1:31901,127.0.0.1:31902", "127.0.0.1:31900,…"},
	}
	held := map[string]int{" produced 20,998 read": 3, " │ 2 viewers": 1}
	for _, w := range []int{80, 120, 200} {
		for _, sn := range sessions {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Update(func(st *model.State) {
				st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow, AnsweredAt: fixedNow}
				st.TopicStats = []model.TopicStat{{Name: "orders", Partitions: 3, Rate: 20.2}}
				st.Aborted = 20_998
			})
			a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: sn.cl})
			a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
			h := strings.TrimRight(ansi.Strip(strings.SplitN(screen(a), "\n", 2)[0]), " ")
			hw := ansi.StringWidth(h) + 1 // the rate is held to 7 cells: "20.2/s" is 6
			if strings.Contains(h, "produced") {
				hw += held[" produced 20,998 read"]
			}
			if strings.Contains(h, "viewers") {
				hw += held[" │ 2 viewers"]
			}
			if cl := strings.Contains(h, "cluster "); cl != (w >= wideHeader) {
				t.Errorf("%d columns, %s: `cluster` said %v, want it from %d columns on: %q", w, sn.name, cl, wideHeader, h)
			}
			for _, g := range gives {
				switch {
				case g.short != "" && strings.Contains(h, g.short) && !strings.Contains(h, g.whole):
					if grow := ansi.StringWidth(g.whole) - ansi.StringWidth(g.short); hw+grow <= w {
						t.Errorf("%d columns, %s: %q says %q with room for %q:\n%s", w, sn.name, h, g.short, g.whole, h)
					}
				case g.short == "" && !strings.Contains(h, strings.TrimPrefix(g.whole, " │ ")):
					if g.whole == " │ 2 viewers" && sn.cl.Viewers == nil {
						continue
					}
					if hw+ansi.StringWidth(g.whole)+held[g.whole] <= w {
						t.Errorf("%d columns, %s: %q left out with room for it:\n%s", w, sn.name, g.whole, h)
					}
				}
			}
			if sn.name == "ssh" && w == 80 && !strings.Contains(h, "produced 20,998 read") {
				t.Errorf("80 columns, ssh: the read count went: %q", h)
			}
		}
	}
}
