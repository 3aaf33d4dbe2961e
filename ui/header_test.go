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

func TestHeaderKeepsTheEssentialsAtEveryWidth(t *testing.T) {
	for _, w := range []int{200, 120, 100, 80, 60, 40} {
		a := testApp(t, w, 24)
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := strings.SplitN(screen(a), "\n", 2)[0]
		// The alerts and the link state matter most; the address next.
		for _, want := range []string{"!1 warn", "●"} {
			if w < 60 && want == "●" {
				continue // 40 cells hold the alerts and little else
			}
			if !strings.Contains(h, want) {
				t.Errorf("width %d: header %q lacks %q", w, h, want)
			}
		}
		if w >= 80 && !strings.Contains(h, "127.0.0.1:9092") {
			t.Errorf("width %d: header %q lacks the cluster address", w, h)
		}
	}
}

// A long connection error is cut, not the cluster's name and address:
// the operator must see which cluster is failing.
func TestHeaderCutsALongErrorNotTheCluster(t *testing.T) {
	long := "TLS handshake failed: the broker does not speak TLS here (is tls.enabled right?); " + strings.Repeat("more detail ", 10)
	for _, w := range []int{200, 160, 120, 80} {
		st := model.NewStore(model.DefaultViews(), model.DefaultLimits())
		st.Update(func(s *model.State) { s.Link = model.Link{State: model.LinkError, Err: long} })
		a := New(&Common{Ctx: context.Background(), Store: st, Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "prod · kafka-1.example.com:9093", Profile: "prod"}})
		a.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		h := strings.SplitN(screen(a), "\n", 2)[0]
		if !strings.Contains(h, "prod · kafka-1.example.com:9093") || !strings.Contains(h, "✖ TLS") {
			t.Errorf("width %d: header %q lacks the cluster or the start of the error", w, h)
		}
		if ansi.StringWidth(h) > w {
			t.Errorf("width %d: header is %d cells wide", w, ansi.StringWidth(h))
		}
	}
}
