package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// produceTopicRow is the text of the Produce box's topic row after its label.
func produceTopicRow(t *testing.T, a *App) string {
	t.Helper()
	for _, l := range produceBox(screen(a)) {
		l = strings.TrimLeft(l, "▸ ")
		if rest, ok := strings.CutPrefix(l, "topic     "); ok { // the label, not the note under it
			return strings.TrimSpace(rest)
		}
	}
	t.Fatalf("no topic row:\n%s", screen(a))
	return ""
}

// A topic wider than the field shows its start, or the part at the cursor
// marked with a leading …, never a tail that reads as another name or a
// stray letter of a suggestion (issue 14 item 9: y-machine-logse at
// 80x24).
func TestProduceLongTopicShowsCleanly(t *testing.T) {
	tests := []struct {
		name  string
		w, h  int
		topic string
		keys  []string
	}{
		{"cursor at the end, 80x24", 80, 24, model.LaundryTopic, nil},
		{"cursor at the start, 80x24", 80, 24, model.LaundryTopic, []string{"ctrl+a"}},
		{"a typed topic not on the cluster, 80x24", 80, 24, "a-very-long-topic-name-typed-by-hand", nil},
		{"cursor at the end, 100x30", 100, 30, model.StudentTopic + "-with-a-suffix-long-enough-to-overflow-the-field", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, tt.w, tt.h)
			do(a, "7", "enter")
			if p.active != fieldTopic || !p.editing {
				t.Fatalf("7 did not start editing the topic (field %d, editing %v)", p.active, p.editing)
			}
			p.setTopic(tt.topic)
			p.inputs[fieldTopic].CursorEnd()
			do(a, tt.keys...)
			got := produceTopicRow(t, a)
			if len([]rune(got)) >= len([]rune(tt.topic)) {
				t.Fatalf("the test needs a topic wider than the field; %q shows whole", got)
			}
			rest, marked := strings.CutPrefix(got, "…")
			switch {
			case marked && strings.HasSuffix(tt.topic, rest) && p.inputs[fieldTopic].Position() == len([]rune(tt.topic)):
			case !marked && strings.HasPrefix(tt.topic, got):
			default:
				t.Fatalf("topic %q (cursor %d) shows as %q: neither its start nor its end marked with …",
					tt.topic, p.inputs[fieldTopic].Position(), got)
			}
		})
	}
}

// pgup/pgdown step through the cluster's topics from an empty field and
// from a topic picked whole; a partly typed name keeps the input's own
// prefix matches (issue 14 item 9).
func TestProducePgDownCyclesTopicsFromAnEmptyField(t *testing.T) {
	pgdn := tea.KeyPressMsg{Code: tea.KeyPgDown}
	pgup := tea.KeyPressMsg{Code: tea.KeyPgUp}
	tests := []struct {
		name  string
		start string
		keys  []tea.KeyPressMsg
		want  string
	}{
		{"pgdown from empty", "", []tea.KeyPressMsg{pgdn}, model.StudentTopic},
		{"pgup from empty", "", []tea.KeyPressMsg{pgup}, "other"},
		{"pgdown twice", "", []tea.KeyPressMsg{pgdn, pgdn}, model.LaundryTopic},
		{"pgdown wraps", "other", []tea.KeyPressMsg{pgdn}, model.StudentTopic},
		{"pgup back", "", []tea.KeyPressMsg{pgdn, pgdn, pgup}, model.StudentTopic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			do(a, "7", "enter")
			p.setTopic(tt.start)
			for _, k := range tt.keys {
				a.View()
				a.Update(k)
			}
			if got := p.value(fieldTopic); got != tt.want {
				t.Fatalf("topic is %q, want %q", got, tt.want)
			}
			if !strings.Contains(produceTopicRow(t, a), tt.want) {
				t.Fatalf("the topic row does not show %q:\n%s", tt.want, screen(a))
			}
		})
	}
}
