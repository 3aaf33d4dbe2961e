package model

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"
)

func machineRecord(id string, at time.Time, fields string) Record {
	return Record{Topic: LaundryTopic, Time: at, Value: []byte(`{"machine_id":"` + id + `"` + fields + `}`)}
}

func TestSeriesTableEvictsLeastRecentlySeenAndRecyclesEntries(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := NewStore(DefaultViews(), Limits{Keys: 3})
	fold := func(ids ...string) {
		var b []Record
		for _, id := range ids {
			b = append(b, machineRecord(id, now, `,"heat_c":50`))
		}
		s.Fold(b, now)
	}
	fold("a", "b", "c")
	fold("a")      // a is now the most recent: b is the oldest
	fold("d", "e") // evicts b, then c
	s.Read(func(st *State) {
		tab := st.Series[LaundryTopic]
		keys := make([]string, 0)
		for k := range tab.Entries {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if fmt.Sprint(keys) != "[a d e]" || tab.Evicted != 2 || tab.Oldest() != "a" {
			t.Fatalf("keys %v evicted %d oldest %q", keys, tab.Evicted, tab.Oldest())
		}
		e := tab.Entries["e"]
		if e.Key != "e" || e.Count != 1 || e.Values[1] != 50 || !math.IsNaN(e.Values[0]) {
			t.Fatalf("recycled entry kept old state: %+v", e)
		}
	})
}

func TestSeriesFoldKeepsGapsAndHistory(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := NewStore(DefaultViews(), DefaultLimits())
	s.Fold([]Record{
		machineRecord("w1", now.Add(-20*time.Second), `,"program":"cotton-60","heat_c":40,"power_w":2000`),
		machineRecord("w1", now.Add(-1*time.Second), `,"heat_c":60`),
	}, now)
	s.Read(func(st *State) {
		tab := st.Series[LaundryTopic]
		e := tab.Entries["w1"]
		if e.Status != "cotton-60" || e.Values[1] != 60 || e.Values[2] != 2000 || !math.IsNaN(e.Values[0]) {
			t.Fatalf("latest values %+v", e)
		}
		w := tab.View.History()
		heat := e.Hist[1].Means(w, now, w.N, nil)
		// now's bucket is the last point; 1s ago is the one before, 20s ago four before that.
		if heat[w.N-2] != 60 || heat[w.N-5] != 40 || !math.IsNaN(heat[w.N-1]) || !math.IsNaN(heat[w.N-3]) {
			t.Fatalf("heat history tail %v", heat[w.N-6:])
		}
		if load := e.Hist[0].Means(w, now, w.N, nil); !math.IsNaN(load[w.N-2]) {
			t.Fatal("a missing field was recorded as a value")
		}
	})
}

func TestStatusFoldCountsTransitionsAndUpdates(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := NewStore(DefaultViews(), DefaultLimits())
	rec := func(sec int, v string) Record {
		return Record{Topic: StudentTopic, Time: now.Add(time.Duration(sec) * time.Second), Value: []byte(v)}
	}
	s.Fold([]Record{
		rec(-50, `{"StudentId":"s1","State":0}`),
		rec(-40, `{"StudentId":"s2","State":"LoggedIn"}`),
		rec(-30, `{"StudentId":"s1","State":"0"}`), // same state again: an update, no transition
		rec(-20, `{"StudentId":"s1","State":1}`),
		rec(-10, `{"StudentId":"s3","State":"away"}`),
	}, now)
	s.Read(func(st *State) {
		tab := st.Status[StudentTopic]
		in, out := tab.Stats["LoggedIn"], tab.Stats["LoggedOut"]
		if in == nil || out == nil || in.Updates != 3 || in.Changes != 2 || out.Changes != 1 || tab.Stats["away"] == nil {
			t.Fatalf("stats %+v", tab.Stats)
		}
		if got := in.ChangeHist.Last(tab.View.History(), now, time.Minute); got != 2 {
			t.Fatalf("logins in the last minute %v, want 2", got)
		}
		if tab.Recent.Len() != 4 {
			t.Fatalf("%d transitions, want 4", tab.Recent.Len())
		}
		last, _ := tab.Recent.Last()
		if last.Key != "s3" || last.From != "" || last.To != "away" {
			t.Fatalf("last transition %+v", last)
		}
		s1 := tab.Entries["s1"]
		if s1.Status != "LoggedOut" || !s1.Since.Equal(now.Add(-20*time.Second)) || s1.Count != 3 {
			t.Fatalf("s1 %+v", s1)
		}
	})
}

func TestStatusValuesAreCapped(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := NewStore(DefaultViews(), DefaultLimits())
	var b []Record
	for i := range maxStatuses + 5 {
		b = append(b, Record{Topic: RiderTopic, Time: now, Value: []byte(fmt.Sprintf(`{"name":"r%d","location":"l%d"}`, i, i))})
	}
	s.Fold(b, now)
	s.Read(func(st *State) {
		tab := st.Status[RiderTopic]
		if len(tab.Stats) != maxStatuses || tab.Overflow != 5 || tab.Entries["r68"].Status != "l68" {
			t.Fatalf("stats %d overflow %d", len(tab.Stats), tab.Overflow)
		}
	})
}
