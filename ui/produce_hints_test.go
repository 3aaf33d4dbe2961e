package ui

import (
	"strings"
	"testing"
)

// The Produce box's key hints and its burst row are never cut while the
// box is not edited: the hints break between hints and a box with fewer
// rows shows the first whole ones; the burst row narrows its columns
// before it cuts the rate (ut16a D21: "enter edit · ctrl+s send…" with 7
// cells free at 100x30, "burst 100 rate/s 20 …"). With and without a
// registry (its schema row takes a row).
func TestProduceHintsAndBurstAreWhole(t *testing.T) {
	for _, registry := range []bool{false, true} {
		for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {200, 50}} {
			name := sizeName(size)
			if registry {
				name += "-registry"
			}
			t.Run(name, func(t *testing.T) {
				a, _, _ := produceApp(t, size[0], size[1])
				if registry {
					a.c.Schemas = &fakeSchemas{}
				}
				a.rev++
				s := screen(a)
				box := produceBox(s)
				if size == [2]int{100, 30} && registry {
					golden(t, "produce-hints-100x30-registry", s)
				}
				burst := false
				for _, l := range box {
					if f := strings.Fields(l); len(f) == 4 && f[0] == "burst" {
						burst = f[1] == "100" && f[2] == "rate/s" && f[3] == "20"
					}
					if burst && strings.Contains(l, "…") { // the burst row and the hints under it
						t.Errorf("a cut line in the Produce box: %q\n%s", l, s)
					}
				}
				if !burst {
					t.Errorf("no whole burst row (burst 100 rate/s 20):\n%s", s)
				}
				// the 80x24 grid's box with a schema row has no row left for them
				if !(registry && size[0] == 80) && !strings.Contains(strings.Join(box, "\n"), "enter edit · ctrl+s send") {
					t.Errorf("no hint:\n%s", s)
				}
			})
		}
	}
}

// A burst's end is an outcome like a send's: where the grid's box cannot
// hold it under the form, it takes the screen until the next key; after
// it, the form is back in the grid with its fields in place.
func TestProduceBurstEndTakesTheScreenWhenItDoesNotFit(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "esc")                     // focused, not edited
	p.inputs[fieldCount].SetValue("1000") // "burst done: 1,000/1,000 sent" is wider than the box
	p.inputs[fieldRate].SetValue("5000")
	p.setTopic("a-topic-long-enough-that-the-outcome-wraps-in-the-grid")
	p.changed()
	do(a, "ctrl+b")
	if p.burst != nil || !strings.Contains(p.report, "burst done") {
		t.Fatalf("burst report %q", p.report)
	}
	if !a.zoom {
		t.Fatalf("the burst's outcome did not take the screen:\n%s", screen(a))
	}
	do(a, "down")
	if a.zoom {
		t.Fatalf("a key did not give the screen back:\n%s", screen(a))
	}
	assertFieldOrder(t, produceBox(screen(a)), screen(a))
}
