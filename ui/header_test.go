package ui

import (
	"context"
	"regexp"
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
		// A narrow line says the alerts in their short form (`warn 1`,
		// naming what it counts: ut41-7), the view's title and the words
		// going before the cluster's name is cut under its floor (ut29
		// U6), and before the rate goes (ut31 Y9): at 60 columns `warn 1`
		// beside `● │ –/s`. Under 120 columns the line holds the room of
		// the stale count and the crit a view may bring (ut36a-12).
		warn := "!1 warn"
		switch {
		case w < 60: // the marks alone, `!1`, beside the cluster's address
			warn = "!1"
		case w < 120:
			warn = "warn 1"
		}
		for _, want := range []string{warn, "●"} {
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

// The header's rate is what the cluster produces (from the watermarks),
// not what the tail folds: during a catch-up the tail reads far faster,
// and the header says it is catching up instead of passing that off as
// the produce rate.
func TestHeaderRateIsProducedNotFolded(t *testing.T) {
	a := testApp(t, 200, 24)
	a.c.Now = func() time.Time { return fixedNow.Add(6 * time.Second) }
	writer(a.c).Update(func(st *model.State) {
		st.Link.PolledAt = fixedNow
		st.Partitions = []model.PartitionStat{
			{Topic: model.LaundryTopic, Partition: 0, High: 100, Rate: 10},
			{Topic: model.LaundryTopic, Partition: 1, High: 100, Rate: 5},
			{Topic: "__consumer_offsets", Partition: 0, High: 9, Rate: 99, Internal: true},
		}
		st.TopicStats = []model.TopicStat{{Name: model.LaundryTopic, Partitions: 2}, {Name: "__consumer_offsets", Partitions: 1, Internal: true}}
		model.SumTopics(st.TopicStats, st.Partitions)
		for s := range 6 { // the tail reads 500 records a second: a catch-up
			st.Rate.Add(fixedNow.Add(time.Duration(s)*time.Second), 500)
		}
		st.Tail = model.TailStat{Behind: 2000} // behind, under the progress bar's threshold
	})
	a.Update(tea.WindowSizeMsg{Width: 200, Height: 24})
	h := strings.SplitN(screen(a), "\n", 2)[0]
	if !strings.Contains(h, "15.0/s produced") || !strings.Contains(h, "catching up") || strings.Contains(h, "500.0/s ") {
		t.Fatalf("header %q: want the produce rate from the watermarks and a catch-up note", h)
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

// saysAlerts matches a header that says alerts, in any form: `!1 warn`,
// `warn 1`, `stale 2`, `2 keys stale`.
var saysAlerts = regexp.MustCompile(`!|crit|warn|stale`)

// saysWarn1 matches a header that says one key at warn, in words (`!1
// warn`) or in the short form (`warn 1`).
var saysWarn1 = regexp.MustCompile(`!1|warn 1`)
