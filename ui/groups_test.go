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

// lagStore is a store after a few scripted polls: two groups read
// orders (2 partitions); "billing" keeps up, "audit" stalls and has an idle
// member; the rebalance log holds a member joining.
func lagStore(t *testing.T) *model.Store {
	t.Helper()
	return lagStoreWith(t)
}

// lagStoreWith is lagStore with audit-2 (from the fourth poll) assigned
// tps: every poll sees them, as a live group's would, so the counts the
// poll keeps (model/not_committed.go) are of them.
func lagStoreWith(t *testing.T, tps ...model.TP) *model.Store {
	t.Helper()
	s := model.NewStore(nil, model.DefaultLimits())
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	member := func(id, host string, tps ...model.TP) model.MemberStat {
		return model.MemberStat{ID: id, ClientID: id, Host: host, Assigned: tps}
	}
	groups := func(auditMembers ...model.MemberStat) []model.GroupStat {
		return []model.GroupStat{
			{ID: "audit", State: "Stable", Protocol: "consumer", Assignor: "range", Members: len(auditMembers), Detail: auditMembers},
			{ID: "billing", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1, Detail: []model.MemberStat{member("billing-1", "/10.0.0.1", tp0, tp1)}},
		}
	}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PollTook: 12 * time.Millisecond, PollRequests: 9}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 6 {
			high := int64(100 + 10*i)
			parts := []model.PartitionStat{{Topic: "orders", Partition: 0, High: high}, {Topic: "orders", Partition: 1, Low: 5, High: high}}
			audit := []model.MemberStat{member("audit-1", "/10.0.0.2", tp0, tp1)}
			if i >= 3 {
				audit = append(audit, member("audit-2", "/10.0.0.3", tps...))
			}
			committed := []model.Committed{
				{Group: "billing", Offsets: map[model.TP]int64{tp0: high - 2, tp1: high}},
				{Group: "audit", Offsets: map[model.TP]int64{tp0: 90, tp1: 95}},
			}
			g := groups(audit...)
			at := fixedNow.Add(time.Duration(i-5) * time.Second)
			st.Lag.Observe(at, parts, map[model.TP]int64{tp0: high, tp1: high}, g, committed)
			st.Partitions, st.Groups = parts, g
		}
	})
	return s
}

type recordingDemos struct {
	enabled bool
	calls   []string
}

func (d *recordingDemos) Enabled() bool { return d.enabled }
func (d *recordingDemos) Enable() error {
	d.enabled = true
	d.calls = append(d.calls, "enable")
	return nil
}
func (d *recordingDemos) IsDemo(g string) bool {
	return strings.HasPrefix(g, "washboard-demo")
}
func (d *recordingDemos) Start(_ context.Context, topic string) (string, error) {
	d.calls = append(d.calls, "start "+topic)
	return "washboard-demo-1", nil
}
func (d *recordingDemos) AddMember(g string) error { d.calls = append(d.calls, "add "+g); return nil }
func (d *recordingDemos) RemoveMember(g string) error {
	d.calls = append(d.calls, "remove "+g)
	return nil
}
func (d *recordingDemos) Pace(g string, f float64) (float64, error) {
	d.calls = append(d.calls, "pace "+g)
	return 5 * f, nil
}
func (d *recordingDemos) Stop(g string) error { d.calls = append(d.calls, "stop "+g); return nil }

func lagApp(t *testing.T, w, h int, cl Cluster, demos Demos) *App {
	t.Helper()
	c := &Common{Ctx: context.Background(), Store: lagStore(t), Now: func() time.Time { return fixedNow }, Cluster: cl, Demos: demos}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// press sends keys and runs the commands they return, feeding their
// messages back, as the Bubble Tea loop would.
func press(a *App, keys ...string) {
	for _, k := range keys {
		_, cmd := a.Update(keyPress(k))
		if cmd != nil && !isBlink(cmd) {
			if msg, ok := cmd().(paneMsg); ok {
				if _, ok := msg.msg.(demoMsg); ok {
					a.Update(msg)
				}
			}
		}
	}
}

func TestGoldenLagScreens(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
	}{
		{"zoom-partitions-130x16", 130, 16, []string{"4", "z"}},
		{"zoom-partitions-reasons-130x16", 130, 16, []string{"4", "z", "r"}},
		{"zoom-groups-130x12", 130, 12, []string{"5", "z"}},
		{"side-by-side-130x24", 130, 24, []string{"5", "z", "space", "enter"}},
		{"side-by-side-80x24", 80, 24, []string{"5", "z", "space", "enter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lagApp(t, tt.w, tt.h, Cluster{Name: "127.0.0.1:9092"}, nil)
			press(a, tt.keys...)
			got := screen(a)
			assertFits(t, got, tt.w, tt.h)
			golden(t, tt.name, got)
		})
	}
}

func TestLagScreensSayWhatTheNumbersSay(t *testing.T) {
	a := lagApp(t, 130, 24, Cluster{Name: "x"}, nil)
	press(a, "4", "z")
	s := screen(a)
	for _, want := range []string{"STALL", "OK", "poll ≤20ms · 9 req", "↳ audit", "↳ billing"} {
		if !strings.Contains(s, want) {
			t.Fatalf("zoomed Partitions lacks %q:\n%s", want, s)
		}
	}
	press(a, "5", "space", "enter")
	s = screen(a)
	for _, want := range []string{"audit-2 /10.0.0.3 idle", "orders/0 @90 lag 60", "rebalance log", "joined audit-2 from /10.0.0.3", "gen 2"} {
		if !strings.Contains(s, want) {
			t.Fatalf("side by side lacks %q:\n%s", want, s)
		}
	}
}

func TestDemoKeysAskFirstAndRefuseReadOnly(t *testing.T) {
	d := &recordingDemos{}
	a := lagApp(t, 130, 24, Cluster{Name: "x"}, d)
	press(a, "4", "z", "n")
	if len(d.calls) != 0 || !strings.Contains(screen(a), "n again to start one on orders") {
		t.Fatalf("first n did not ask: calls %v\n%s", d.calls, screen(a))
	}
	press(a, "n")
	if strings.Join(d.calls, ",") != "enable,start orders" || !strings.Contains(screen(a), "started washboard-demo-1 on orders") {
		t.Fatalf("second n: calls %v\n%s", d.calls, screen(a))
	}
	press(a, "5", "+", "]")
	if got := strings.Join(d.calls[2:], ","); got != "add audit,pace audit" {
		t.Fatalf("+ and ] on the cursor's group: calls %v", got)
	}

	ro := &recordingDemos{enabled: true}
	a = lagApp(t, 130, 24, Cluster{Name: "x", ReadOnly: model.ReadOnlyAll}, ro)
	press(a, "5", "n", "+", "x")
	if len(ro.calls) != 0 || !strings.Contains(screen(a), "read-only mode") {
		t.Fatalf("read-only: calls %v\n%s", ro.calls, screen(a))
	}
}

func TestDemoActionsRunInCommandsNotInUpdate(t *testing.T) {
	d := &recordingDemos{enabled: true}
	a := lagApp(t, 130, 24, Cluster{Name: "x"}, d)
	press(a, "5")
	_, cmd := a.Update(keyPress("+"))
	if len(d.calls) != 0 || cmd == nil {
		t.Fatalf("Update called the demo runner itself (calls %v) or returned no command", d.calls)
	}
	if !strings.Contains(screen(a), "working…") {
		t.Fatal("no sign that the action is under way")
	}
	a.Update(cmd())
	if len(d.calls) != 1 || !strings.Contains(screen(a), "added a member to audit") {
		t.Fatalf("command: calls %v\n%s", d.calls, screen(a))
	}
}

// An empty Groups or Partitions table says why while not connected, and
// claims the cluster is empty only once a poll has answered.
func TestEmptyClusterTablesSayWhy(t *testing.T) {
	polled := time.Unix(1, 0)
	tests := []struct {
		name string
		conn model.Link
		want string
	}{
		{"refused", model.Link{State: model.LinkError, Err: "dial tcp 127.0.0.1:1: connection refused"}, "not connected: dial tcp 127.0.0.1:1: connection refused"},
		{"hostile error", model.Link{State: model.LinkError, Err: "\x1b[2Jboom"}, `not connected: \x1b[2Jboom`},
		{"connecting", model.Link{State: model.LinkConnecting}, "waiting for the first poll"},
		{"connected, no poll yet", model.Link{State: model.LinkConnected}, "waiting for the first poll"},
		{"polled, empty", model.Link{State: model.LinkConnected, PolledAt: polled}, "no consumer groups on the cluster"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := model.NewStore(model.DefaultViews(), model.DefaultLimits())
			s.Update(func(st *model.State) { st.Link = tt.conn })
			c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }}
			a := New(c)
			a.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
			if got := screen(a); !strings.Contains(got, tt.want) {
				t.Errorf("no %q on screen:\n%s", tt.want, got)
			}
		})
	}
}

func TestDemoOutcomeFades(t *testing.T) {
	now := fixedNow
	a := testApp(t, 130, 30)
	a.c.Now = func() time.Time { return now }
	a.Update(keyPress("5"))
	g := a.panes[paneGroups].(*GroupsPane)
	g.demo.result(demoMsg{text: "stopped washboard-demo-1"})
	if !strings.Contains(screen(a), "stopped washboard-demo-1") {
		t.Fatal("the outcome is not shown")
	}
	now = now.Add(noticeFor)
	a.version++ // a new frame
	if strings.Contains(screen(a), "stopped washboard-demo-1") {
		t.Fatal("the outcome is still shown after noticeFor")
	}
}

// An Empty group has no assignor: the list says "-" and the side view
// leaves it out; the protocol type ("consumer") never stands in for it.
func TestEmptyGroupShowsNoAssignor(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Lag = model.NewLags(model.DefaultLagConfig())
		st.Groups = []model.GroupStat{{ID: "idle-group", State: "Empty", Protocol: "consumer"}}
		st.Lag.Observe(fixedNow, nil, nil, st.Groups, nil)
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }})
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	press(a, "5", "z")
	list := screen(a)
	press(a, "enter")
	side := screen(a)
	for name, sc := range map[string]string{"list": list, "side by side": side} {
		if strings.Contains(sc, "consum") || strings.Contains(sc, "·  ·") {
			t.Errorf("%s shows the protocol type or an empty field:\n%s", name, sc)
		}
	}
	if !strings.Contains(side, "Empty · gen 1") {
		t.Errorf("side by side does not read 'Empty · gen 1':\n%s", side)
	}
}

// The demo-group confirmation is never cut: where the grid's box is too
// small for it (80x24: Partitions and Groups get three rows) the pane has
// the screen until it is answered, and gives it back after (ut15a A17:
// its first line, that demo groups write, was scrolled off); a key that
// cancels does nothing else.
func TestDemoConfirmationIsWholeAt80x24(t *testing.T) {
	for _, pane := range []string{"4", "5"} {
		d := &recordingDemos{}
		a := lagApp(t, 80, 24, Cluster{Name: "x"}, d)
		press(a, pane)
		before := a.zoom
		press(a, "n")
		s := ansi.Strip(screen(a))
		var rows []string
		for _, l := range strings.Split(s, "\n") {
			if i := strings.LastIndex(l, "││"); i >= 0 && pane == "5" { // the right-hand box of a grid row
				l = l[i:]
			} else if i >= 0 {
				l = l[:i]
			}
			rows = append(rows, strings.TrimSpace(strings.Trim(l, "│ ")))
		}
		joined := strings.Join(rows, " ")
		if !strings.Contains(joined, "demo groups join a group and commit offsets on this cluster") ||
			!strings.Contains(joined, "any other key cancels") {
			t.Fatalf("pane %s: the confirmation is cut:\n%s", pane, s)
		}
		press(a, "o") // cancels, and opens no reset form
		if a.zoom != before {
			t.Errorf("pane %s: the screen was not given back after the answer", pane)
		}
		if s := screen(a); strings.Contains(s, "reset offsets") || !strings.Contains(s, "demo groups stay off") {
			t.Errorf("pane %s: the cancelling key did more than cancel:\n%s", pane, s)
		}
	}
}

// The side-by-side view's rebalance log wraps a long entry under its
// text, the time alone at the left, rather than cutting it at the pane's
// edge (issue 14 item 2); the newest entry shows whole.
func TestSideBySideRebalanceLogWraps(t *testing.T) {
	for _, w := range []int{80, 60} {
		a := lagApp(t, w, 24, Cluster{Name: "x"}, nil)
		press(a, "5", "z", "space", "enter")
		s := screen(a)
		lines := strings.Split(s, "\n")
		at := -1
		for i, l := range lines {
			if strings.Contains(l, "audit rebalance gen 2") {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("width %d: no generation entry:\n%s", w, s)
		}
		var text []string
		for i, l := range lines[at:] {
			l = strings.Trim(l, "│ ")
			if i > 0 && (l == "" || strings.HasPrefix(l, "╰") || l[0] >= '0' && l[0] <= '9') {
				break
			}
			if i > 0 && !strings.HasPrefix(strings.TrimLeft(lines[at+i], "│"), strings.Repeat(" ", len("15:04:05 "))) {
				t.Fatalf("width %d: continuation %q is not indented under the text", w, lines[at+i])
			}
			text = append(text, l)
		}
		joined := strings.Join(text, " ")
		if !strings.Contains(joined, "audit rebalance gen 2: joined audit-2 from /10.0.0.3") || strings.Contains(joined, "…") {
			t.Fatalf("width %d: the entry is cut, not wrapped: %q\n%s", w, joined, s)
		}
	}
}

// A group with partitions assigned and not committed: its lag in the
// list is a floor, shown "N+" as in its side view (a user test, issue
// 14, B3: the list read a plain 84 where the detail read 92+).
func TestGroupsListMarksAPartialLag(t *testing.T) {
	tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
	s := groupLagStore([]model.GroupStat{{ID: "half", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
		Detail: []model.MemberStat{{ID: "m", ClientID: "m", Host: "/h", Assigned: []model.TP{tp0, tp1}}}}},
		[]model.Committed{{Group: "half", Offsets: map[model.TP]int64{tp0: 16}}})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	press(a, "5", "z")
	if sc := screen(a); !strings.Contains(sc, "84+") {
		t.Fatalf("the list does not mark the partial lag 84+:\n%s", sc)
	}
}

// A member's partitions of a long topic keep their offset and lag in the
// side view at 80 columns: the topic is cut in the middle, not the lag
// (a user test, issue 14, B13).
func TestSideViewCutsALongTopicNotItsLag(t *testing.T) {
	const topic = "payments.settlement.eu-west-1.card-network-reconciliation-events.v3"
	s := model.NewStore(nil, model.DefaultLimits())
	tp := model.TP{Topic: topic, Partition: 0}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		parts := []model.PartitionStat{{Topic: topic, Partition: 0, High: 100}}
		g := []model.GroupStat{{ID: "reconciler", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m", ClientID: "rdkafka", Host: "/h", Assigned: []model.TP{tp}}}}}
		st.Lag.Observe(fixedNow, parts, map[model.TP]int64{tp: 100}, g, []model.Committed{{Group: "reconciler", Offsets: map[model.TP]int64{tp: 39}}})
		st.Partitions, st.Groups = parts, g
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z", "enter")
	sc := screen(a)
	// the topic whole on a line of its own, or cut in the middle (the
	// footer's ` …` once stood for the cut here: ut38a-7)
	if !strings.Contains(sc, "/0 @39 lag 61") || !strings.Contains(sc, "payments.") || !strings.Contains(sc, ".v3") {
		t.Fatalf("the long topic's row lost its lag, or the topic its ends:\n%s", sc)
	}
}

// Side by side at 80 columns, a group that has gone (one line) gives its
// column's room to the other, whose member lines keep their rate (a user
// test, issue 14, B32).
func TestSideBySideGivesAGoneGroupsRoomAway(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	tp := model.TP{Topic: "rider-updates", Partition: 0}
	busy := model.GroupStat{ID: "washboard-demo-2", State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
		Detail: []model.MemberStat{{ID: "m1", ClientID: "washboard-demo-2-m1", Host: "/127.0.0.1:47132", Assigned: []model.TP{tp}}}}
	gone := model.GroupStat{ID: "washboard-demo-1", State: "Stable", Protocol: "consumer", Assignor: "range"}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 3 {
			at := fixedNow.Add(time.Duration(i-2) * time.Second)
			parts := []model.PartitionStat{{Topic: tp.Topic, Partition: 0, High: 100 + int64(i)*5}}
			st.Lag.Observe(at, parts, map[model.TP]int64{tp: 100 + int64(i)*5}, []model.GroupStat{gone, busy},
				[]model.Committed{{Group: busy.ID, Offsets: map[model.TP]int64{tp: 99 + int64(i)*5}}})
			st.Partitions, st.Groups = parts, []model.GroupStat{gone, busy}
		}
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z", "space", "j", "space", "enter")
	s.Update(func(st *model.State) { st.Groups = []model.GroupStat{busy} })
	sc := screen(a)
	if !strings.Contains(sc, "not on the cluster") || !strings.Contains(sc, "▸ washboard-demo-2-m1 /127.0.0.1:47132 5.0/s") {
		t.Fatalf("the gone group's column kept its room, or the member line lost its rate:\n%s", sc)
	}
}

// A gone group with a long name keeps only the width its one line needs:
// the live groups beside it keep their lag whole (ut15b C28: two gone
// groups took half the width while "@256 la…" was cut).
func TestSideBySideGoneGroupWithALongName(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	tp := model.TP{Topic: "orders-of-the-north-campus", Partition: 1}
	mk := func(id string) model.GroupStat {
		return model.GroupStat{ID: id, State: "Stable", Protocol: "consumer", Assignor: "range", Members: 1,
			Detail: []model.MemberStat{{ID: "m1", ClientID: "rdkafka", Host: "127.0.0.1:44896", Assigned: []model.TP{tp}}}}
	}
	live, gone := mk("live-orders-consumer"), mk("a-very-long-consumer-group-name-for-inventory-sync-service-prod")
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected}
		st.Lag = model.NewLags(model.LagConfig{History: 20, Window: 3, StopAfter: time.Hour})
		for i := range 3 {
			at := fixedNow.Add(time.Duration(i-2) * time.Second)
			parts := []model.PartitionStat{{Topic: tp.Topic, Partition: 1, High: 1000 + int64(i)*5}}
			all := []model.GroupStat{gone, live}
			st.Lag.Observe(at, parts, map[model.TP]int64{tp: 1000 + int64(i)*5}, all,
				[]model.Committed{{Group: live.ID, Offsets: map[model.TP]int64{tp: 256}}, {Group: gone.ID, Offsets: map[model.TP]int64{tp: 7}}})
			st.Partitions, st.Groups = parts, all
		}
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092"}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(a, "5", "z", "g", "space", "j", "space", "enter")
	s.Update(func(st *model.State) { st.Groups = []model.GroupStat{live} })
	a.Update(changedMsg{version: s.Version()})
	sc := screen(a)
	lines := strings.Split(sc, "\n")
	if !strings.Contains(sc, "@256 lag 754 (>2s)") || !strings.Contains(sc, "not on the cluster") ||
		strings.Index(lines[2], "│live") > len("│")+len("not on the cluster (any more)")+4 {
		t.Fatalf("the gone group's column is wider than its line, or the live group's lag is cut:\n%s", sc)
	}
}

// A demo-group refusal that the grid's box cannot hold takes the screen,
// so its start (the mode and what was refused) is read, not only its
// end (ut16b E12: "groups; this session may not write…").
func TestDemoRefusalIsWholeInTheGrid(t *testing.T) {
	a := testApp(t, 80, 24) // the demo's grid: Groups has three rows
	a.c.Demos, a.c.Cluster.ReadOnly = &recordingDemos{}, model.ReadOnlyAll
	press(a, "5", "n")
	var rows []string
	for _, l := range strings.Split(ansi.Strip(screen(a)), "\n") {
		if i := strings.LastIndex(l, "││"); i >= 0 { // the Groups box of a grid row
			l = l[i:]
		}
		rows = append(rows, strings.TrimSpace(strings.Trim(l, "│ ")))
	}
	joined := strings.Join(rows[1:], " ") // the header says read-only too
	if !strings.Contains(joined, "read-only mode (all): cannot run demo") || !strings.Contains(joined, "(they join a group and commit offsets)") {
		t.Fatalf("the refusal is not whole:\n%s", screen(a))
	}
}

// An outcome that took the screen gives it back at the next key, z and
// esc included (ut17: after a read-only refusal Groups stayed full-screen
// for the session).
func TestDemoRefusalGivesTheScreenBack(t *testing.T) {
	for _, k := range []string{"j", "z", "esc", "4"} {
		a := testApp(t, 80, 24)
		a.c.Demos, a.c.Cluster.ReadOnly = &recordingDemos{}, model.ReadOnlyAll
		press(a, "5", "n")
		if !a.zoom {
			t.Fatalf("the refusal did not take the screen")
		}
		press(a, k)
		if a.zoom {
			t.Errorf("after %q the refusal still holds the screen", k)
		}
	}
}

// The Groups filter finds a group by the health word its row shows, as
// an operator types what he sees (ut32b: `/stop` said `no group matches
// the filter` beside 13 rows saying STOP).
func TestGroupsFilterFindsTheHealthWord(t *testing.T) {
	s := lagStore(t)
	var word string
	s.Read(func(st *model.State) { word = st.Lag.Groups["audit"].Health.String() })
	if billing := func() (w string) {
		s.Read(func(st *model.State) { w = st.Lag.Groups["billing"].Health.String() })
		return
	}(); billing == word {
		t.Fatalf("the fixture's groups both read %s: the test tells nothing", word)
	}
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "kafka:9092"}})
	a.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	do(a, "5", "/", "type:"+strings.ToLower(word), "enter")
	got := screen(a)
	if !strings.Contains(got, "1 of 2 groups") || !strings.Contains(got, "│  audit ") {
		t.Errorf("/%s: want audit (%s) alone in Groups:\n%s", strings.ToLower(word), word, got)
	}
}
