package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Aborted transactions' records are in the store (the tail keeps them,
// marked); each session's Log hides them until `a`, which shows them
// marked and says so in the border; `a` again hides them. Another
// session's Log is not changed by the toggle, and --show-aborted
// (Common.ShowAborted) starts a Log with them shown.
func TestLogTogglesAbortedRecords(t *testing.T) {
	recs := []model.Record{
		{Topic: "txn", Partition: 0, Offset: 0, Time: fixedNow, Value: []byte("committed-one")},
		{Topic: "txn", Partition: 0, Offset: 3, Time: fixedNow, Value: []byte("aborted-one"), Aborted: true},
		{Topic: "txn", Partition: 0, Offset: 4, Time: fixedNow, Value: []byte("aborted-two"), Aborted: true},
		{Topic: "txn", Partition: 0, Offset: 6, Time: fixedNow, Value: []byte("committed-two")},
	}
	for _, tc := range []struct {
		name        string
		showAborted bool // --show-aborted
		presses     int  // times `a` is pressed
		shown       bool
	}{
		{"hidden by default", false, 0, false},
		{"a shows them", false, 1, true},
		{"a again hides them", false, 2, false},
		{"--show-aborted starts shown", true, 0, true},
		{"--show-aborted, then a hides", true, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := New(&Common{Ctx: context.Background(), Store: testStore(t), Now: func() time.Time { return fixedNow },
				Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}, ShowAborted: tc.showAborted})
			a.Update(tea.WindowSizeMsg{Width: 140, Height: 24}) // a header with room for the read count (G17)
			writer(a.c).Fold(recs, fixedNow)
			a.Update(keyPress("6"))
			a.Update(keyPress("z"))
			for range tc.presses {
				a.Update(keyPress("a"))
			}
			s := screen(a)
			for _, v := range []string{"committed-one", "committed-two"} {
				if !strings.Contains(s, v) {
					t.Fatalf("%s is not in the Log:\n%s", v, s)
				}
			}
			for _, v := range []string{"aborted-one", "aborted-two"} {
				if strings.Contains(s, v) != tc.shown {
					t.Fatalf("%s shown %v, want %v:\n%s", v, !tc.shown, tc.shown, s)
				}
			}
			if got := strings.Count(s, " aborted\n") + strings.Count(s, " aborted "); tc.shown && got != 2 { // the mark after the value
				t.Fatalf("%d aborted records marked aborted, want 2:\n%s", got, s)
			}
			if strings.Contains(s, "+aborted") != tc.shown {
				t.Fatalf("the border says +aborted: %v, want %v:\n%s", !tc.shown, tc.shown, s)
			}
			var logged int
			var read, aborted uint64
			a.c.Store.Read(func(st *model.State) { logged, read, aborted = st.Log.Len(), st.Rate.Total(), st.Aborted })
			// What is held does not change with what is shown (ut16b E26):
			// the hidden ones are counted apart, and the Log reads the
			// header's count under the header's word.
			st := statusOf(a, paneLog)
			want := count(logged) + " held · " + count(logged) + " read"
			if !tc.shown {
				want += " · 2 aborted hidden"
			}
			if !strings.HasPrefix(st, want) {
				t.Fatalf("status %q, want %q", st, want)
			}
			if head := strings.SplitN(s, "\n", 2)[0]; !strings.Contains(head, " "+count(logged)+" read") {
				t.Fatalf("the header does not say %d read, as the Log does: %q", logged, head)
			}
			if aborted != 2 || read != uint64(logged-2) {
				t.Fatalf("%d records counted as read, %d as aborted; want %d and 2", read, aborted, logged-2)
			}
		})
	}
}
