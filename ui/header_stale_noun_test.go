package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// ut34b-19: the 80x24 header said `40 stale` once the view's title gave
// way, which reads like 40 stale brokers or groups. Wherever the title
// is not beside it, the count says what is stale, the view's keys (`1
// key stale`); with no view on the cluster, nothing is stale.
func TestHeaderStaleSaysWhatIsStale(t *testing.T) {
	bare := regexp.MustCompile(`\d stale`)
	for _, w := range []int{200, 120, 80, 60, 40} {
		a := testApp(t, w, 24)
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := strings.SplitN(screen(a), "\n", 2)[0]
		if w >= 80 && !strings.Contains(h, "stale") { // narrower it goes whole, after the read count (ut36a-12)
			t.Errorf("width %d: header %q does not say the stale machine", w, h)
			continue
		}
		if !strings.Contains(h, a.panes[paneSeries].Title()) && bare.MatchString(h) {
			t.Errorf("width %d: header %q says a stale count without the view's title or its noun", w, h)
		}
	}
	st := model.NewStore(nil, model.DefaultLimits()) // a cluster without views
	a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if h := strings.SplitN(screen(a), "\n", 2)[0]; strings.Contains(h, "stale") {
		t.Errorf("without a view the header %q says something is stale", h)
	}
}
