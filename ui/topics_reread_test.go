package ui

import (
	"slices"
	"testing"
)

// Opening a topic's detail asks for its configs afresh: another console
// or tool may have changed them since the poll read them (ut24a P1).
func TestOpeningATopicRereadsItsConfigs(t *testing.T) {
	a := realApp(t, foreignStore(t), 120, 40)
	var asked []string
	a.c.RereadConfigs = func(topic string) { asked = append(asked, topic) }
	press(a, "8")
	a.View()
	press(a, "j")
	a.View()
	press(a, "enter")
	if !slices.Equal(asked, []string{"payments"}) {
		t.Fatalf("configs asked for %v, want [payments]", asked)
	}
}
