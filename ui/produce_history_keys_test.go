package ui

import (
	"slices"
	"testing"

	"github.com/washboard/washboard/model"
)

// The footer offers a history key only where it recalls a message: none
// before a send, ctrl+p once one was sent, ctrl+n once an older one is
// recalled (ut40a-23: ctrl+n, which did nothing, was offered before and
// after the first send, while ctrl+p, which worked, was not); help lists
// both whatever was sent.
func TestProduceFooterOffersHistoryKeysThatRecall(t *testing.T) {
	_, p, _ := produceApp(t, 80, 24)
	sent := func(n, pos int) {
		p.history = make([]model.Form, n)
		p.histPos = pos
	}
	for _, tt := range []struct {
		name     string
		n, pos   int
		want     []string
		wantNone []string
	}{
		{"nothing sent", 0, 0, nil, []string{"ctrl+p", "ctrl+n"}},
		{"one sent", 1, 1, []string{"ctrl+p"}, []string{"ctrl+n"}},
		{"the older of two recalled", 2, 0, []string{"ctrl+n"}, []string{"ctrl+p"}},
		{"the newer of three recalled", 3, 1, []string{"ctrl+p", "ctrl+n"}, nil},
	} {
		sent(tt.n, tt.pos)
		var footer []string
		for _, b := range p.Help() {
			footer = append(footer, b.Help().Key)
		}
		for _, k := range tt.want {
			if !slices.Contains(footer, k) {
				t.Errorf("%s: footer %v lacks %s", tt.name, footer, k)
			}
		}
		for _, k := range tt.wantNone {
			if slices.Contains(footer, k) {
				t.Errorf("%s: footer %v offers %s, which recalls nothing", tt.name, footer, k)
			}
		}
		var help []string
		for _, b := range p.HelpAll() {
			help = append(help, b.Help().Key)
		}
		// both keys, as one entry so help's grid cannot part them (ut41-9)
		if !slices.Contains(help, "ctrl+p/n") {
			t.Errorf("%s: help %v does not list both history keys as one entry", tt.name, help)
		}
	}
}
