package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// partitionViewApp is a status view of a non-JSON topic keyed by the
// Kafka key, its partition as status (the proposal v makes), in pane 2:
// four keys on partition 1, one on partition 2; gateway-00 moved from 2 to 1
// 9 s ago and gateway-01 from 1 to 2 and back at 10 s and 12 s.
func partitionViewApp(t *testing.T, w, h int, keys ...string) *App {
	t.Helper()
	const topic = "wb21a-binary-telemetry-frames-not-json-from-legacy-gateway-42"
	rec := func(key string, part int, ago time.Duration) model.Record {
		return model.Record{Topic: topic, Partition: part, Time: fixedNow.Add(-ago), Key: []byte(key), Value: []byte{0xff, 0x01}}
	}
	recs := []model.Record{rec("gateway-00", 2, 20*time.Second), rec("gateway-01", 1, 15*time.Second), rec("gateway-01", 2, 12*time.Second),
		rec("gateway-01", 1, 10*time.Second), rec("gateway-00", 1, 9*time.Second), rec("gateway-02", 1, 5*time.Second), rec("gateway-03", 1, 4*time.Second),
		rec("gateway-04", 2, 3*time.Second)}
	s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
	v, err := model.ParseViewSpec(topic, "status key=@key status=@partition")
	if err != nil {
		t.Fatal(err)
	}
	s.AddView(v, fixedNow.Add(-time.Minute))
	s.Fold(recs, fixedNow)
	a := New(&Common{Ctx: context.Background(), Store: s, Views: s, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	a.openView(v)
	press(a, keys...)
	return a
}

// ut21a K3-1, K6-3, K4-3: a view of the partition heads its column
// `partition` (`part` where it is narrow), never the raw `@partition` nor
// a heading cut mid-word; its summary says `p1 4 · p2 1`, not four
// numbers alike; the latest changes' ages are padded, so the keys after
// them start in one column as 9s becomes 10s.
func TestPartitionStatusViewReadsInWords(t *testing.T) {
	for _, tc := range []struct {
		w, h    int
		keys    []string
		heading string
		summary bool // the grid's one-line summary shows
		changes bool // zoomed: the per-status table and the latest changes
		beside  bool // the grid's per-status table beside the key list, headed as zoomed (ut37-12)
	}{
		{80, 24, nil, "part ", false, false, false},
		{200, 50, nil, "partition ", false, false, true},
		{80, 24, []string{"2", "z"}, "partition ", false, true, false},
		{200, 50, []string{"2", "z"}, "partition ", false, true, false},
	} {
		t.Run(fmt.Sprintf("%dx%d-%s", tc.w, tc.h, strings.Join(tc.keys, "")), func(t *testing.T) {
			got := screen(partitionViewApp(t, tc.w, tc.h, tc.keys...))
			if strings.Contains(got, "@partiti") || strings.Contains(got, "parti…") || !lineHas(got, "key▼", tc.heading) {
				t.Errorf("the key list's heading is not %q:\n%s", tc.heading, got)
			}
			if tc.summary && !strings.Contains(got, "p1 4 · p2 1") {
				t.Errorf("the summary does not say p1 4 · p2 1:\n%s", got)
			}
			if tc.beside && !lineHas(got, "key▼", "partition now", "/min") {
				t.Errorf("no per-status table headed partition beside the list:\n%s", got)
			}
			if !tc.changes {
				return
			}
			if !strings.Contains(got, "│partition ") {
				t.Errorf("the per-status table is not headed partition:\n%s", got)
			}
			// the changes say partitions as the summary does, `p2 → p1`
			// (ut42b-13), keys in one column
			col := map[int]bool{}
			for _, want := range []string{"9s  gateway-00 p2 → p1", "10s gateway-01 p2 → p1", "12s gateway-01 p1 → p2"} {
				i := strings.Index(got, want)
				if i < 0 {
					t.Fatalf("no %q in the latest changes:\n%s", want, got)
				}
				col[i-strings.LastIndex(got[:i], "\n")] = true
			}
			if len(col) != 1 {
				t.Errorf("the latest changes' keys start in %d columns:\n%s", len(col), got)
			}
		})
	}
}

// lineHas reports whether one line of s holds every text.
func lineHas(s string, texts ...string) bool {
	for _, l := range strings.Split(s, "\n") {
		ok := true
		for _, x := range texts {
			ok = ok && strings.Contains(l, x)
		}
		if ok {
			return true
		}
	}
	return false
}

// A partition view's latest changes say partitions as its summary does:
// `first seen: p2`, `p1 → p2`, never a bare `2` that reads as a count
// (ut42b-13). Zoomed at 80x24, where the latest changes show.
func TestPartitionViewChangesSayPartitions(t *testing.T) {
	got := screen(partitionViewApp(t, 80, 24, "z"))
	for _, want := range []string{"first seen: p2", "p1 → p2"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in the latest changes:\n%s", want, got)
		}
	}
	if strings.Contains(got, "first seen: 2") || strings.Contains(got, " 1 → 2") {
		t.Errorf("a partition said as a bare number:\n%s", got)
	}
}
