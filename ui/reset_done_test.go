package ui

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// sixPartsAdmin plans a reset of a long topic's partitions, as the demo's
// ap-south group answers (ut32a Za4).
type sixPartsAdmin struct {
	recordingAdmin
	parts int
	sent  time.Time // the At ApplyReset was given: its commits' mark
}

func (s *sixPartsAdmin) ApplyReset(_ context.Context, p model.ResetPlan, _ string) error {
	s.sent = p.At
	return nil
}

const za4Topic = "warehouse.inventory.stock-level-adjustments.ap-south-1.v2"

func (s *sixPartsAdmin) PlanReset(_ context.Context, group, _ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	p := model.ResetPlan{Group: group, Scope: scope, Target: target}
	for i := range s.parts {
		p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: za4Topic, Partition: i}, Current: 9, New: 54, High: 214})
	}
	return p, nil
}

// After a reset the outcome screen says each partition's change once:
// where the preview's table shows whole beside the outcome it keeps every
// row and the outcome says only that they hold; where it does not, the
// outcome (every partition's old→new) takes its place. Never a table
// heading over `… 0 above, 6 below`, nor the preview's heading said again
// by the outcome (ut32a Za4, ut32b Y4).
func TestResetOutcomeSaysEachChangeOnce(t *testing.T) {
	for _, tc := range []struct {
		size  [2]int
		parts int
	}{{[2]int{80, 24}, 6}, {[2]int{200, 50}, 6}, {[2]int{80, 24}, 24}, {[2]int{200, 50}, 24}} {
		t.Run(fmt.Sprintf("%s-%d", sizeName(tc.size), tc.parts), func(t *testing.T) {
			a := adminApp(t, model.ReadOnlyOff, &sixPartsAdmin{parts: tc.parts})
			a.Update(tea.WindowSizeMsg{Width: tc.size[0], Height: tc.size[1]})
			act(a, "5", "z", "o", "type:latest", "enter", "type:audit", "enter")
			s := screen(a)
			golden(t, fmt.Sprintf("reset-done-%d-%s", tc.parts, sizeName(tc.size)), s)
			flat := boxText(s)
			if strings.Contains(s, "above,") {
				t.Errorf("the outcome screen keeps a scrolled table no key can scroll:\n%s", s)
			}
			if n := strings.Count(flat, strings.ReplaceAll("on every topic to latest:", " ", "")); n != 1 {
				t.Errorf("the reset's heading said %d times, want once:\n%s", n, s)
			}
			for p := range tc.parts {
				name := fmt.Sprintf("/%d ", p) // a row's `…v2/3   9`, the outcome's `/3 9→54`
				if n := strings.Count(s, name); n != 1 {
					t.Errorf("partition %d shown %d times, want once:\n%s", p, n, s)
				}
			}
			if !strings.Contains(flat, strings.ReplaceAll("read back: every partition holds", " ", "")) {
				t.Errorf("the outcome does not say the read back:\n%s", s)
			}
		})
	}
}

// A reset's entry in the side view's rebalance log reads whole at 80x24
// and 200x50: its topic said once before its partitions, its group not
// said again after the entry's own (ut32b Zb9: at 80x24 the entry was
// cut after its first partition, `…/0 8→56 …`).
func TestResetEntryInTheRebalanceLogIsWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := adminApp(t, model.ReadOnlyOff, &sixPartsAdmin{parts: 6})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		act(a, "5", "z", "o", "type:latest", "enter", "type:audit", "enter", "esc", "enter")
		s := screen(a)
		i := strings.Index(s, "rebalance log")
		if i < 0 {
			t.Fatalf("%v: no rebalance log:\n%s", size, s)
		}
		s = s[i:strings.Index(s, "╰")]
		log := boxText(s)
		for _, want := range []string{"audit action by asha: reset offsets on every topic to latest:", "/5 9→54 (read back: every partition holds)"} {
			if !strings.Contains(log, strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%v: the log's entry does not say %q whole:\n%s", size, want, s)
			}
		}
		if strings.Contains(s, "…") || regexp.MustCompile(`│\s+\d[\d,]*→`).MatchString(s) {
			t.Errorf("%v: the log's entry is cut, or a change is away from its partition:\n%s", size, s)
		}
	}
}

// The console that resets logs the time its commits' mark carries, so
// the rebalance log and every console's reason name one time (ut32b Zb9:
// 11:46:28 in the log, 11:46:29 in the reason).
func TestResetIsLoggedAtItsMarksTime(t *testing.T) {
	admin := &sixPartsAdmin{parts: 2}
	a := adminApp(t, model.ReadOnlyOff, admin)
	tick := fixedNow
	a.c.Now = func() time.Time { tick = tick.Add(700 * time.Millisecond); return tick } // every read of the clock later
	act(a, "5", "z", "o", "type:latest", "enter", "type:audit", "enter")
	var logged time.Time
	a.c.Store.Read(func(st *model.State) { logged = st.Lag.Events.At(st.Lag.Events.Len() - 1).At })
	if admin.sent.IsZero() || !logged.Equal(admin.sent) {
		t.Errorf("logged at %v, the commits marked %v", logged, admin.sent)
	}
}

// twoTopicsAdmin plans a reset over two long topics of twelve partitions.
type twoTopicsAdmin struct{ recordingAdmin }

func (s *twoTopicsAdmin) PlanReset(_ context.Context, group, _ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	p := model.ResetPlan{Group: group, Scope: scope, Target: target}
	for _, topic := range []string{"settlement.payments.reconciliation-events.eu-west-1.v3", "settlement.payments.reconciliation-events.us-east-1.v3"} {
		for i := range 12 {
			p.Rows = append(p.Rows, model.ResetRow{TP: model.TP{Topic: topic, Partition: i}, Current: 9, New: 54, High: 214})
		}
	}
	return p, nil
}

// A reset preview laid out by topic (each topic whole on its line, its
// partitions `/N` under it) keeps the topic of the rows in sight as it
// scrolls: `/7` under no topic reads the same for either (ut32b Zb12's
// layout, scrolled at 80x24).
func TestResetPreviewByTopicKeepsTheTopicWhileScrolling(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &twoTopicsAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "5", "z", "o", "type:latest", "enter")
	for range 30 {
		act(a, "down")
		s := screen(a)
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if regexp.MustCompile(`^│/\d+\s`).MatchString(l) {
				if !strings.Contains(strings.Join(lines[:i], "\n"), "reconciliation-events") {
					t.Fatalf("a partition's row shows under no topic:\n%s", s)
				}
				break
			}
		}
	}
	// at the end: the last partition shown, under its own topic
	s := screen(a)
	if !regexp.MustCompile(`us-east-1\.v3[^/]*(\n│/\d+\s.*)*\n│/11\s`).MatchString(s) || !strings.Contains(s, "0 below") {
		t.Errorf("the end of the preview is not the last partition under its topic:\n%s", s)
	}
}
