package ui

import "testing"

// ut38a-32, ut38b-21, ut36b-28: 7 (or p) put the form in editing at once,
// so the next key meant as a pane key (z to zoom, ? for help, 1-8, q) was
// typed into the topic and replaced it. A pane key only focuses the form;
// the keys after it act as in every pane, and the topic stays.
func TestProducePaneKeyThenPaneKey(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		check func(a *App) bool
	}{
		{"7 z zooms", []string{"4", "7", "z"}, func(a *App) bool { return a.zoom }},
		{"7 ? opens help", []string{"4", "7", "?"}, func(a *App) bool { return a.showHelp }},
		{"p z zooms", []string{"4", "p", "z"}, func(a *App) bool { return a.zoom }},
		{"7 6 moves on", []string{"4", "7", "6"}, func(a *App) bool { return a.focus == paneLog }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, _ := produceApp(t, 120, 36)
			do(a, tt.keys[:2]...)
			topic := p.value(fieldTopic)
			do(a, tt.keys[2:]...)
			if !tt.check(a) || p.Capturing() {
				t.Fatalf("after %v the key did not act as a pane key (focus %d, zoom %v, help %v, editing %v)",
					tt.keys, a.focus, a.zoom, a.showHelp, p.Capturing())
			}
			if got := p.value(fieldTopic); got != topic || topic == "" {
				t.Fatalf("after %v the topic is %q, was %q", tt.keys, got, topic)
			}
		})
	}
}
