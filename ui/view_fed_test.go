package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/ui/draw"

	"github.com/washboard/washboard/model"
)

// u on the topic of a view open in pane 2 says the view gets no new
// records, and once a poll says nothing reads the topic the view's border
// says "not read" instead of showing old figures as live (ut21a X-12).
// While another session still reads the topic by choice, u says only
// that this session stopped, and the view is not marked.
func TestUnwatchSaysItsViewIsNoLongerFed(t *testing.T) {
	for _, other := range []bool{false, true} {
		name := "alone"
		if other {
			name = "another session reads it"
		}
		t.Run(name, func(t *testing.T) {
			a := foreignApp(t, 140, 40)
			store := a.c.Store.(*model.Store)
			w := &fakeWatcher{mine: map[string][]string{"alice": {"payments"}}, from: map[string]string{}}
			if other {
				w.mine["bob"] = []string{"payments"}
			}
			a.c.Watcher, a.c.Session = allWatcher{w}, "alice"
			var recs []model.Record
			for i := range 6 {
				recs = append(recs, model.Record{Topic: "payments", Partition: 0, Offset: int64(i), Time: fixedNow,
					Key: []byte("gw-" + itoa(i%3)), Value: []byte{0, 1, byte(i)}})
			}
			store.Fold(recs, fixedNow)
			v, err := model.ParseViewSpec("payments", "status key=@key status=@partition")
			if err != nil {
				t.Fatal(err)
			}
			store.AddView(v, fixedNow)
			store.Update(func(st *model.State) {
				st.ReadWhy, st.ChosenOnly = map[string]string{}, []string{"payments"}
				st.Link.PolledAt = st.Link.PolledAt.Add(1)
			})
			a.openView(v)
			a.Update(changedMsg{version: store.Version()})
			if got := screen(a); !strings.Contains(got, "2 payments") || !strings.Contains(got, "3 keys") || strings.Contains(got, "not read") {
				t.Fatalf("the view of payments, read by choice, is not shown fed:\n%s", got)
			}
			do(a, "8", "j", "u")
			got := screen(a)
			said := strings.Contains(got, "stopped reading payments: its view gets no new records now (w reads it again)")
			if said == other || !strings.Contains(got, "stopped reading payments") {
				t.Fatalf("u (another session reads it: %v) says the view is no longer fed: %v\n%s", other, said, got)
			}
			store.Update(func(st *model.State) { // the next poll: read only for bob's choice, or not at all
				st.ChosenOnly = nil
				if other {
					st.ChosenOnly = []string{"payments"}
				}
				st.Link.PolledAt = st.Link.PolledAt.Add(1)
			})
			a.Update(changedMsg{version: store.Version()})
			do(a, "2")
			if got := screen(a); !strings.Contains(got, "2 payments") || strings.Contains(got, "not read") == other {
				t.Fatalf("pane 2's border (another session reads it: %v) after the poll:\n%s", other, got)
			}
		})
	}
}

// allWatcher is fakeWatcher that also says every session's choices, as
// source.Watches does.
type allWatcher struct{ *fakeWatcher }

func (w allWatcher) Topics() []string {
	var out []string
	for _, ts := range w.mine {
		out = append(out, ts...)
	}
	return out
}

// v right after w, before the first fetch brought a record, says reading
// has started, not "(w reads it)", which the user just did (ut21a X-4);
// v on a topic nobody reads still says w reads it.
func TestChartRightAfterWatchSaysRecordsAreComing(t *testing.T) {
	a := foreignApp(t, 140, 40)
	w := &fakeWatcher{mine: map[string][]string{}, from: map[string]string{}}
	a.c.Watcher, a.c.Session = w, "alice"
	do(a, "v")
	if got := screen(a); !strings.Contains(got, "no records of orders held to infer a view from (w reads it)") {
		t.Fatalf("v on an unread topic does not say w reads it:\n%s", got)
	}
	_, cmd := a.Update(keyPress("w"))
	run(a, cmd)
	_, cmd = a.Update(keyPress("enter"))
	run(a, cmd)
	do(a, "v")
	got := screen(a)
	if !strings.Contains(got, "no records of orders held yet: reading has started; v again once the first arrive") || strings.Contains(got, "(w reads it)") {
		t.Fatalf("v right after w:\n%s", got)
	}
}

// In the 80x24 grid a view pane's border is 32 cells: "not read" stays
// beside the position, the long title giving way (the count may go).
func TestNotReadStaysInANarrowBorder(t *testing.T) {
	parts := append([]draw.Part{notReadPart()}, keysStatus(1, 4, 0, 0)...)
	parts = append(parts, draw.Part{Text: "1-1/4", Rank: draw.RankKeep})
	title, status := fitTop("2 wb21a-binary-telemetry-frames-not-json-from-legacy-gateway-42", parts, 32)
	if !strings.Contains(status, "not read") || !strings.Contains(status, "1-1/4") || !strings.HasPrefix(title, "2 wb") {
		t.Fatalf("the border reads %q ─ %q", title, status)
	}
}
