package ui

import (
	"context"
	"errors"
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// recordingAdmin notes each admin call; it stands in for source.Admin in
// UI tests (source's tests run the real one against the broker).
type recordingAdmin struct {
	calls   []string
	fail    error
	members int // CheckEmpty refuses while > 0
	// subscribed: CheckUnsubscribed refuses while > 0
	subscribed int
}

func (r *recordingAdmin) note(s string) error { r.calls = append(r.calls, s); return r.fail }
func (r *recordingAdmin) PlanReset(_ context.Context, group, typ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	if err := r.note(fmt.Sprintf("plan %s %s %s %s", group, typ, scope, target)); err != nil {
		return model.ResetPlan{}, err
	}
	return model.ResetPlan{Group: group, Scope: scope, Target: target, Rows: []model.ResetRow{
		{TP: model.TP{Topic: "orders", Partition: 0}, Current: 90, New: 120, Low: 0, High: 150},
		{TP: model.TP{Topic: "orders", Partition: 1}, Current: 95, New: 120, Low: 5, High: 150},
	}}, nil
}
func (r *recordingAdmin) ApplyReset(_ context.Context, p model.ResetPlan, typ string) error {
	return r.note("apply " + p.Group + " " + typ)
}
func (r *recordingAdmin) DeleteGroup(_ context.Context, g, _ string) error {
	return r.note("delete group " + g)
}
func (r *recordingAdmin) DeleteOffsets(_ context.Context, g, t string) (int, error) {
	return 2, r.note("delete offsets " + g + " " + t)
}
func (r *recordingAdmin) CreateTopic(_ context.Context, s model.TopicSpec) error {
	return r.note("create " + s.Name)
}
func (r *recordingAdmin) AddPartitions(_ context.Context, t string, n int32) error {
	return r.note(fmt.Sprintf("partitions %s %d", t, n))
}
func (r *recordingAdmin) TopicConfig(_ context.Context, t, n string) (model.ConfigRead, error) {
	return model.ConfigRead{Value: "60000", Set: true, OnTopic: true, Default: "604800000", DefaultSet: true, DefaultFrom: "the cluster default"},
		r.note("describe " + t + " " + n)
}
func (r *recordingAdmin) SetTopicConfig(_ context.Context, t, n, v string) (string, string, error) {
	now := v
	if v == "" { // deleted: the default TopicConfig names
		now = "604800000"
	}
	return "60000", now, r.note("set " + t + " " + n + "=" + v)
}
func (r *recordingAdmin) CheckEmpty(_ context.Context, g, _, what string) error {
	if r.members > 0 {
		return fmt.Errorf("%s has %d members; Kafka %s only while it has no members: %s", g, r.members, what, model.StopConsumersFirst)
	}
	return nil
}
func (r *recordingAdmin) CheckUnsubscribed(_ context.Context, g, _, topic string) error {
	if r.subscribed > 0 {
		return fmt.Errorf("%s is Stable with %d member subscribed to %s; Kafka deletes a topic's offsets only while no member is subscribed to it (GROUP_SUBSCRIBED_TO_TOPIC): stop its consumers first", g, r.subscribed, topic)
	}
	return nil
}
func (r *recordingAdmin) Committed(context.Context, string) (map[model.TP]int64, error) {
	return map[model.TP]int64{{Topic: "orders", Partition: 0}: 90, {Topic: "orders", Partition: 1}: 95}, nil
}
func (r *recordingAdmin) DeleteTopic(_ context.Context, t string) error {
	return r.note("delete topic " + t)
}

func adminApp(t *testing.T, mode model.ReadOnly, admin Admin) *App {
	t.Helper()
	store := lagStore(t)
	c := &Common{Ctx: context.Background(), Store: store, Events: store, Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "x", ReadOnly: mode}, Admin: admin, User: "asha"}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	return a
}

// act sends keys (or text, typed rune by rune, when prefixed "type:") and
// runs the flows' commands, feeding their answers back; it draws after
// each key, as Bubble Tea does (panes learn their rows when they draw).
func act(a *App, keys ...string) {
	for _, k := range keys {
		a.View()
		if text, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range text {
				a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		_, cmd := a.Update(keyPress(k))
		for cmd != nil && !isBlink(cmd) {
			msg := cmd()
			cmd = nil
			if m, ok := msg.(flowMsg); ok {
				_, cmd = a.Update(m)
			}
		}
	}
}

// Every operator action, in every read-only mode: refused in words with
// no admin call, or the flow opens and writes after its confirmation.
func TestEveryActionInEveryMode(t *testing.T) {
	type action struct {
		act  model.Action
		keys []string // from the pane's focus to the confirmation typed
		call string   // the admin call that writes
	}
	actions := []action{
		{model.ActResetOffsets, []string{"5", "o", "type:earliest", "enter", "type:audit", "enter"}, "apply audit classic"},
		{model.ActDeleteGroup, []string{"5", "D", "type:audit", "enter"}, "delete group audit"},
		{model.ActDeleteOffsets, []string{"5", "O", "type:orders", "enter", "type:audit", "enter"}, "delete offsets audit orders"},
		{model.ActCreateTopic, []string{"4", "C", "type:fresh", "enter", "type:fresh", "enter"}, "create fresh"},
		{model.ActAddPartitions, []string{"4", "A", "enter", "type:orders", "enter"}, "partitions orders 3"},
		{model.ActAlterConfig, []string{"4", "E", "type:retention.ms", "tab", "type:1000", "enter", "type:orders", "enter"}, "set orders retention.ms=1000"},
		{model.ActDeleteTopic, []string{"4", "D", "type:orders", "enter"}, "delete topic orders"},
	}
	admins := 0
	for _, a := range model.Actions() {
		if a.Admin() {
			admins++
		}
	}
	if admins != len(actions) {
		t.Fatalf("%d admin actions, %d walked: walk the new one", admins, len(actions))
	}
	for _, mode := range []model.ReadOnly{model.ReadOnlyOff, model.ReadOnlyAdmin, model.ReadOnlyAll} {
		for _, tc := range actions {
			t.Run(mode.String()+"/"+tc.act.String(), func(t *testing.T) {
				rec := &recordingAdmin{}
				a := adminApp(t, mode, rec)
				keys := tc.keys
				if mode != model.ReadOnlyOff {
					keys = keys[:2] // the refusal stays until the next key
				}
				act(a, keys...)
				wrote := len(rec.calls) > 0 && rec.calls[len(rec.calls)-1] == tc.call
				if mode != model.ReadOnlyOff {
					if len(rec.calls) != 0 || !strings.Contains(screen(a), "this session is read-only ("+mode.String()+"): cannot "+tc.act.String()) { // adminApp is an SSH user's session
						t.Fatalf("mode %s: calls %v, screen:\n%s", mode, rec.calls, screen(a))
					}
					return
				}
				if !wrote {
					t.Fatalf("calls %v, want the last to be %q; screen:\n%s", rec.calls, tc.call, screen(a))
				}
			})
		}
	}
}

func TestResetPreviewsThenWritesOnlyAfterTheGroupsName(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "z", "o", "type:-1h", "enter")
	s := screen(a)
	for _, want := range []string{"reset offsets of audit", "orders/0", "90", "120", "30", "2 partitions: lag 115 now, 60 after", "type \"audit\" and enter to reset offsets"} {
		if !strings.Contains(s, want) {
			t.Fatalf("preview lacks %q:\n%s", want, s)
		}
	}
	if len(rec.calls) != 1 || !strings.HasPrefix(rec.calls[0], "plan audit classic every topic time ") {
		t.Fatalf("calls %v, want one plan for audit on every topic at a time", rec.calls)
	}
	act(a, "type:billing", "enter")
	if len(rec.calls) != 1 || !strings.Contains(screen(a), "type \"audit\" exactly to confirm") {
		t.Fatalf("the wrong name wrote (calls %v) or did not say so:\n%s", rec.calls, screen(a))
	}
	for range len("billing") {
		act(a, "backspace")
	}
	act(a, "type:audit", "enter")
	if len(rec.calls) != 2 || rec.calls[1] != "apply audit classic" || !strings.Contains(boxText(screen(a)), "readback:everypartitionholds") {
		t.Fatalf("calls %v, screen:\n%s", rec.calls, screen(a))
	}
	var logged string
	a.c.Store.Read(func(st *model.State) {
		for i := range st.Lag.Events.Len() {
			if e := st.Lag.Events.At(i); e.Kind == "action" {
				logged = e.Group + " " + e.Detail
			}
		}
	})
	if !strings.HasPrefix(logged, "audit by asha: reset offsets of audit on every topic to time") || !strings.Contains(logged, "orders/0 90→120") {
		t.Fatalf("event log entry %q, want who and what changed", logged)
	}
	// The outcome's footer is its way out, with no empty hint before it
	// (a user test, issue 14, B9: " • any key close • ctrl+c quit").
	if f := strings.TrimSpace(ansi.Strip(a.footer())); f != "any key closes • ctrl+c quit" {
		t.Fatalf("footer under the outcome %q", f)
	}
	act(a, "esc", "esc") // closes the outcome, then leaves the zoom's side view if any
	if a.panes[paneGroups].Capturing() {
		t.Fatal("the flow is still open after its outcome was closed")
	}
}

func TestActionErrorsAreSaidAndLogged(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "D")
	rec.fail = errors.New("NON_EMPTY_GROUP: The group is not empty.")
	act(a, "type:audit", "enter")
	if !strings.Contains(screen(a), "NON_EMPTY_GROUP: The group is not empty.") {
		t.Fatalf("the broker's refusal is not on screen:\n%s", screen(a))
	}
	var logged string
	a.c.Store.Read(func(st *model.State) { logged = st.Lag.Events.At(st.Lag.Events.Len() - 1).Detail })
	if logged != "by asha: delete a group failed: NON_EMPTY_GROUP: The group is not empty." {
		t.Fatalf("event log: %q", logged)
	}
	act(a, "x", "o", "type:someday", "enter") // any key but esc closes a refusal
	if !strings.Contains(screen(a), `"someday" is not a reset target`) || a.panes[paneGroups].(*GroupsPane).acts.flow.stage != flowForm {
		t.Fatalf("a bad target did not keep the form with the reason:\n%s", screen(a))
	}
}

func TestActionsRunInCommandsNotInUpdate(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "D")
	a.Update(keyPress("a"))
	a.Update(keyPress("u"))
	for _, r := range "dit" {
		a.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	_, cmd := a.Update(keyPress("enter"))
	if len(rec.calls) != 0 || cmd == nil {
		t.Fatalf("Update called the admin itself (calls %v) or returned no command", rec.calls)
	}
}

func TestKIP848GroupsShowTheirTypeAndEpochs(t *testing.T) {
	s := lagStore(t)
	s.Update(func(st *model.State) {
		tp0, tp1 := model.TP{Topic: "orders", Partition: 0}, model.TP{Topic: "orders", Partition: 1}
		st.Groups = append(st.Groups, model.GroupStat{ID: "next", State: "Stable", Type: "consumer", Protocol: "consumer", Assignor: "uniform",
			Members: 1, Epoch: 7, AssignmentEpoch: 7, Detail: []model.MemberStat{{ID: "m", ClientID: "kip848", Host: "/10.0.0.9",
				MemberEpoch: 6, Assigned: []model.TP{tp0}, Target: []model.TP{tp0, tp1}}}})
	})
	c := &Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}}
	a := New(c)
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	press(a, "5", "z")
	if !regexp.MustCompile(`next\s+consumer\s+Stable\s+uniform\s+7\s+1\s`).MatchString(screen(a)) {
		t.Fatalf("the KIP-848 group's row lacks its type and group epoch:\n%s", screen(a))
	}
	press(a, "G", "enter")
	for _, want := range []string{"consumer · Stable · uniform · epoch 7 (assignment 7)", "kip848 /10.0.0.9 epoch 6 → orders[0,1]"} {
		if !strings.Contains(screen(a), want) {
			t.Fatalf("side view lacks %q:\n%s", want, screen(a))
		}
	}
}

// The topic actions work from the Topics pane as from Partitions: on the
// topic under the cursor, and refused by the same check.
func TestTopicActionsFromTheTopicsPane(t *testing.T) {
	for _, mode := range []model.ReadOnly{model.ReadOnlyOff, model.ReadOnlyAdmin} {
		rec := &recordingAdmin{}
		c := &Common{Ctx: context.Background(), Store: foreignStore(t), Now: func() time.Time { return fixedNow },
			Cluster: Cluster{Name: "kafka:9092", ReadOnly: mode}, Admin: rec}
		a := New(c)
		a.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
		act(a, "8", "A")
		if mode != model.ReadOnlyOff {
			if len(rec.calls) != 0 || !strings.Contains(screen(a), "read-only mode (admin): cannot add partitions") {
				t.Fatalf("admin mode: calls %v\n%s", rec.calls, screen(a))
			}
			continue
		}
		if !strings.Contains(screen(a), "add partitions to orders") {
			t.Fatalf("A on the Topics pane's first topic:\n%s", screen(a))
		}
		act(a, "enter", "type:orders", "enter")
		if strings.Join(rec.calls, ",") != "partitions orders 3" {
			t.Fatalf("calls %v, want orders grown to 3 partitions", rec.calls)
		}
		act(a, "esc", "j", "D", "type:payments", "enter")
		if rec.calls[len(rec.calls)-1] != "delete topic payments" {
			t.Fatalf("calls %v, want payments deleted", rec.calls)
		}
	}
}

func TestShareGroupsShowStartOffsets(t *testing.T) {
	s := model.NewStore(nil, model.DefaultLimits())
	tp := model.TP{Topic: "jobs", Partition: 0}
	s.Update(func(st *model.State) {
		st.Link = model.Link{State: model.LinkConnected, PolledAt: fixedNow}
		st.Partitions = []model.PartitionStat{{Topic: "jobs", Partition: 0, High: 50}}
		st.Groups = []model.GroupStat{{ID: "workers", State: "Stable", Type: "share", Protocol: "share", Assignor: "simple", Members: 1,
			Epoch: 3, AssignmentEpoch: 3, Detail: []model.MemberStat{{ID: "w", ClientID: "worker-1", Host: "/10.0.0.7", MemberEpoch: 3, Assigned: []model.TP{tp}}}}}
		st.Lag = model.NewLags(model.LagConfig{})
		st.Lag.Observe(fixedNow, st.Partitions, map[model.TP]int64{tp: 50}, st.Groups,
			[]model.Committed{{Group: "workers", Offsets: map[model.TP]int64{tp: 42}}})
	})
	a := New(&Common{Ctx: context.Background(), Store: s, Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "x"}})
	a.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	press(a, "5", "z")
	if !regexp.MustCompile(`workers\s+share\s+Stable\s+simple\s+3\s+1\s+8\s`).MatchString(screen(a)) {
		t.Fatalf("the share group's row lacks its type, epoch, member and lag:\n%s", screen(a))
	}
	press(a, "enter")
	if !strings.Contains(screen(a), "jobs/0 start 42 lag 8") {
		t.Fatalf("the share member's partition lacks its start offset:\n%s", screen(a))
	}
}

// On Partitions, the reset's scope comes from the row: a group under a
// topic resets that topic, under a partition that partition.
func TestResetScopeFollowsThePartitionsRow(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "4", "j", "o", "type:earliest", "enter")
	if len(rec.calls) != 1 || rec.calls[0] != "plan audit classic topic orders earliest" {
		t.Fatalf("a group under a topic: calls %v\n%s", rec.calls, screen(a))
	}
	act(a, "esc", "esc") // back to the form, then out of it
	act(a, "j", "j", "j", "o", "type:+1", "enter")
	if len(rec.calls) != 2 || rec.calls[1] != "plan audit classic orders/0 shift +1" {
		t.Fatalf("a group under a partition: calls %v\n%s", rec.calls, screen(a))
	}
}

// The reset preview names the partitions a reset would commit on for the
// first time and those a shift skips.
func TestResetPreviewSaysNewCommitAndSkipped(t *testing.T) {
	p := model.ResetPlan{Group: "g", Scope: model.ResetScope{Topic: "orders", Partition: -1},
		Target:  model.ResetTarget{Kind: model.ResetEarliest},
		Rows:    []model.ResetRow{{TP: model.TP{Topic: "orders", Partition: 1}, Current: -1, New: 0, High: 10}},
		Skipped: []model.TP{{Topic: "orders", Partition: 2}}}
	text := strings.Join(resetPreview(p), "\n")
	for _, want := range []string{"orders/1", "(new commit)", "skipped (no commit", "orders/2"} {
		if !strings.Contains(text, want) {
			t.Fatalf("preview lacks %q:\n%s", want, text)
		}
	}
}

// Problems show at the preview, before any confirmation is typed: D on a
// group with members, O on a topic the group has no offsets on (the O
// form lists the topics it has offsets on).
func TestGroupProblemsShowAtThePreview(t *testing.T) {
	rec := &recordingAdmin{members: 2}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "D")
	if s := screen(a); !strings.Contains(s, "has 2 members") || strings.Contains(s, "and enter to") {
		t.Fatalf("D on a group with members:\n%s", s)
	}
	act(a, "esc", "O")
	if s := screen(a); !strings.Contains(s, "offsets on: orders") {
		t.Fatalf("the O form does not list the group's topics:\n%s", s)
	}
	act(a, "ctrl+u", "type:payments", "enter")
	if s := screen(a); !strings.Contains(s, `has no committed offsets on "payments"; it has offsets on: orders`) || strings.Contains(s, "and enter to") {
		t.Fatalf("O on a topic without offsets:\n%s", s)
	}
	if len(rec.calls) != 0 {
		t.Fatalf("writes %v", rec.calls)
	}
}

// The delete-topic preview says what is at stake: its records, its rate
// and the groups with offsets on it.
func TestDeleteTopicPreviewSaysWhatIsAtStake(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	act(a, "4", "D")
	if s := screen(a); !strings.Contains(s, "groups with offsets on it lose them: audit, billing") || !strings.Contains(s, `delete topic "orders"`) {
		t.Fatalf("delete-topic preview:\n%s", s)
	}
}

// A time before the oldest record says it goes to the log start, in the
// words an offset below the log start gets.
func TestResetPreviewSaysBeforeTheOldestRecord(t *testing.T) {
	p := model.ResetPlan{Group: "g", Target: model.ResetTarget{Kind: model.ResetTime, At: fixedNow.Add(-72 * time.Hour)},
		Rows: []model.ResetRow{{TP: model.TP{Topic: "orders"}, Current: 50, New: 10, Low: 10, High: 90}}}
	if text := strings.Join(resetPreview(p), "\n"); !strings.Contains(text, " 80 (clamped to the log start)") {
		t.Fatalf("preview:\n%s", text)
	}
}

// O's topic field completes like the Produce topic field: → at the end of
// what was typed accepts the group's topic (it listed them and did not
// complete); the field starts prefilled with the row's topic.
func TestDeleteOffsetsTopicCompletes(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "O")
	for range len("orders") {
		act(a, "backspace")
	}
	act(a, "type:or", "right", "enter", "type:audit", "enter")
	if len(rec.calls) == 0 || rec.calls[len(rec.calls)-1] != "delete offsets audit orders" {
		t.Errorf("calls %v: → did not complete or to orders:\n%s", rec.calls, screen(a))
	}
}

// esc at an action's confirmation goes back to its form with what was
// typed, to correct it after the preview's warnings; esc there cancels
// (ut16b E5: esc threw everything typed away).
func TestActionEscAtConfirmationKeepsTheForm(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "4", "j", "o", "type:earliest", "enter")
	if !strings.Contains(screen(a), "esc goes back to the form") {
		t.Fatalf("the confirmation does not say where esc goes:\n%s", screen(a))
	}
	act(a, "esc")
	if s := screen(a); !strings.Contains(s, "earliest") || !strings.Contains(s, "enter preview") {
		t.Fatalf("esc at the confirmation did not return to the form with its values:\n%s", s)
	}
	act(a, "esc")
	if s := screen(a); strings.Contains(s, "reset offsets of") {
		t.Fatalf("esc at the form did not cancel:\n%s", s)
	}
}

// The O preview says what is lost before the group's name is typed: the
// partitions and their committed offsets (ut16b E3: only the outcome said
// how many partitions).
func TestDeleteOffsetsPreviewSaysWhatIsLost(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	act(a, "5", "O", "type:orders", "enter")
	s := screen(a)
	for _, want := range []string{"2 partitions", "orders: /0@90 /1@95", `type "audit"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the O preview lacks %q:\n%s", want, s)
		}
	}
}
