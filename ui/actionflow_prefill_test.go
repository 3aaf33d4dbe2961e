package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// One rule in every action form: a field holds a value (prefilled or
// typed: what enter takes) or a hint (worded "e.g. …" or "empty: …"),
// never one drawn as the other, and a prefilled value is replaced by the
// first character typed, as Produce's `auto` is. ut24a P3: A's prefilled
// total 6 took a typed 3 as 63 (partitions cannot be removed); P2: E's
// config field showed retention.ms as if filled, and tab, a value, enter
// said "name the config".
func TestPrefilledValuesAreReplacedByTyping(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		call string
	}{
		{"A: a typed total replaces the prefilled one", []string{"4", "A", "type:5", "enter", "type:orders", "enter"}, "partitions orders 5"},
		{"A: → then typing appends to it", []string{"4", "A", "left", "right", "type:0", "enter", "type:orders", "enter"}, "partitions orders 30"},
		{"E: the config shown is the config sent", []string{"4", "E", "tab", "type:3d", "enter", "type:orders", "enter"}, "set orders retention.ms=259200000"},
		{"E: a typed config replaces it", []string{"4", "E", "type:segment.ms", "tab", "type:1h", "enter", "type:orders", "enter"}, "set orders segment.ms=3600000"},
		{"o: a typed scope replaces all", []string{"5", "o", "shift+tab", "type:orders", "tab", "type:earliest", "enter", "type:audit", "enter"}, "apply audit classic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, rec)
			writer(a.c).Update(func(st *model.State) { st.Topics = []string{"orders"} })
			act(a, tc.keys...)
			if n := len(rec.calls); n == 0 || rec.calls[n-1] != tc.call {
				t.Fatalf("calls %v, want the last %q:\n%s", rec.calls, tc.call, screen(a))
			}
		})
	}
}

// Every empty field of every action form shows a hint worded as one:
// "e.g. …" or "empty: …", never text that reads as a value (ut24a P2).
func TestActionFormHintsReadAsHints(t *testing.T) {
	for _, keys := range [][]string{{"4", "C"}, {"4", "A"}, {"4", "E"}, {"5", "o"}, {"5", "O"}} {
		a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
		act(a, keys...)
		var f *actionFlow
		switch p := a.panes[a.focus].(type) {
		case *GroupsPane:
			f = p.acts.flow
		case *PartitionsPane:
			f = p.acts.flow
		}
		if f == nil {
			t.Fatalf("%v opened no form:\n%s", keys, screen(a))
		}
		for _, fl := range f.fields {
			if fl.input.Value() == "" && fl.input.Placeholder != "" && !strings.HasPrefix(fl.input.Placeholder, "e.g. ") && !strings.HasPrefix(fl.input.Placeholder, "empty: ") {
				t.Errorf("%v: field %s hints %q, which reads as a value", keys, fl.label, fl.input.Placeholder)
			}
		}
	}
}

// O on a group with offsets on one topic holds that topic already, and →
// on an empty topic field takes the first the help lists (ut24a P15: it
// offered "(→ completes)" and → did nothing).
func TestDeleteOffsetsOfferedTopicIsTaken(t *testing.T) {
	rec := &recordingAdmin{}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "O")
	if !strings.Contains(screen(a), "topic       orders") {
		t.Fatalf("O on a group with offsets on orders alone does not hold orders:\n%s", screen(a))
	}
	act(a, "ctrl+u", "right", "enter", "type:audit", "enter")
	if n := len(rec.calls); n == 0 || rec.calls[n-1] != "delete offsets audit orders" {
		t.Fatalf("→ on the empty field did not take orders: calls %v\n%s", rec.calls, screen(a))
	}
}

// A's preview is one sentence wrapped as a whole: no line ends with
// cells free that the next line's first word would fill (ut24a P3:
// "…cannot remove them again," then 35 free cells at 80x24).
func TestAddPartitionsPreviewWrapsAsOneSentence(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	act(a, "4", "A", "enter")
	flat := strings.Join(strings.Fields(boxText(screen(a))), "")
	if !strings.Contains(flat, strings.ReplaceAll("orders: 2 → 3 partitions. Kafka cannot remove them again, and keyed records will hash", " ", "")) {
		t.Fatalf("A's preview:\n%s", screen(a))
	}
	for _, l := range strings.Split(screen(a), "\n") {
		if strings.Contains(l, "again,") && strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(l, "│"), " "), "again,") {
			t.Fatalf("the sentence breaks after again, with cells free:\n%s", screen(a))
		}
	}
}
