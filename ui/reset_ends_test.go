package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A clamped target says the end it went past by where it pointed, not
// where it landed: on an empty partition (log start = log end) a shift of
// -100 from 0 or an offset below the log start is "log start", as on a
// partition with records (ut24a P8: "log end: the target is past the
// newest offset" for -100 from 0).
func TestResetPreviewNamesTheEndTheTargetPassed(t *testing.T) {
	empty := model.ResetRow{TP: model.TP{Topic: "orders"}, Current: 0, New: 0, Low: 0, High: 0, Clamped: true}
	full := model.ResetRow{TP: model.TP{Topic: "orders", Partition: 1}, Current: 50, New: 0, Low: 0, High: 90, Clamped: true}
	for _, tc := range []struct {
		target model.ResetTarget
		want   string
		not    string
	}{
		{model.ResetTarget{Kind: model.ResetShift, Shift: -100}, "(clamped to the log start)", "log end"},
		{model.ResetTarget{Kind: model.ResetExact, Offset: -5}, "(clamped to the log start)", "log end"},
		{model.ResetTarget{Kind: model.ResetShift, Shift: 500}, "(clamped to the log end)", "log start"},
	} {
		rows := []model.ResetRow{empty}
		if tc.target.Shift < 0 || tc.target.Kind == model.ResetExact {
			rows = append(rows, full)
		} else {
			r := full
			r.New = 90
			rows = append(rows, r)
		}
		p := model.ResetPlan{Group: "g", Target: tc.target, Rows: rows}
		text := strings.Join(resetPreview(p), "\n")
		if strings.Count(text, tc.want) != 2 || strings.Contains(text, tc.not) {
			t.Errorf("%s: want %q on both rows, no %q:\n%s", tc.target, tc.want, tc.not, text)
		}
	}
}

// sameAdmin plans a reset that moves nothing: every committed offset is
// already the target.
type sameAdmin struct{ recordingAdmin }

func (s *sameAdmin) PlanReset(_ context.Context, group, _ string, scope model.ResetScope, target model.ResetTarget) (model.ResetPlan, error) {
	return model.ResetPlan{Group: group, Scope: scope, Target: target, Rows: []model.ResetRow{
		{TP: model.TP{Topic: "orders"}, Current: 0, New: 0, Low: 0, High: 0, Clamped: true},
		{TP: model.TP{Topic: "orders", Partition: 1}, Current: 0, New: 0, Low: 0, High: 1476},
	}}, nil
}

// A reset that changes nothing says so at the preview and asks for no
// typed name (ut24a P8: every row "0 0", lag 1,476 now and after, and the
// group's name asked for).
func TestResetThatChangesNothingSaysSo(t *testing.T) {
	adm := &sameAdmin{}
	a := adminApp(t, model.ReadOnlyOff, adm)
	act(a, "5", "o", "type:-100", "enter")
	s := screen(a)
	flat := strings.Join(strings.Fields(s), " ")
	if !strings.Contains(flat, `nothing to change: "audit"'s committed offsets on 2 partitions are already where shift -100 puts them (lag 1,476 stays)`) ||
		strings.Contains(s, `type "audit"`) {
		t.Fatalf("a reset that moves nothing:\n%s", s)
	}
	act(a, "type:audit", "enter")
	for _, c := range adm.calls {
		if strings.HasPrefix(c, "apply") {
			t.Fatalf("applied a reset that changes nothing: %v", adm.calls)
		}
	}
}
