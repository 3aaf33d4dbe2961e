package ui

import (
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// produceMinField is the fewest cells the form's fields get when the box
// follows its content: a seed template's widest field, its time
// (`"ts":"2026-11-29T14:00:00.000Z",`), on a row of its own.
const produceMinField = 32

// produceNoticeRows is the rows the content width keeps under the form
// for an outcome (a delivery said whole wraps over two).
const produceNoticeRows = 2

// wantBox is the width of Produce's grid box, borders in, that its
// content needs in a box of h inner rows, at most share (the row's third
// it had before: ut43a-13, at 200x50 the Log cut its values beside a
// Produce box whose right part stood blank): the topic and the key whole
// on their rows, and the value wrapped over the rows the form leaves it
// with produceNoticeRows kept for an outcome. The Log takes the rest.
func (p *ProducePane) wantBox(h, share int) int {
	rows := h - (len(p.formRows()) - 1) - produceNoticeRows
	if p.roNote() {
		rows -= 2
	}
	widest := share - 2 - labelW
	if rows < 1 || len(p.value(fieldValue)) > rows*widest {
		return share // it does not fit any narrower: no need to measure
	}
	for fw := produceMinField; fw < widest; fw++ {
		if p.fitsField(fw, rows) {
			return fw + labelW + 2
		}
	}
	return share
}

// fitsField reports whether the form reads whole in fields of fw cells
// with rows for the value and the headers: topic and key on their row
// with the cursor's cell, headers (up to three lines) and value wrapped.
func (p *ProducePane) fitsField(fw, rows int) bool {
	for _, i := range []int{fieldTopic, fieldKey} {
		if draw.Width(model.PrintableString(p.value(i)))+1 > fw {
			return false
		}
	}
	need := 0
	for _, i := range []int{fieldHeaders, fieldValue} {
		v := p.value(i)
		if v == "" {
			need++
			continue
		}
		r, _ := p.areaWrapped(v, fw, -1, -1, false)
		if i == fieldHeaders {
			need += min(len(r), 3) // headers show three lines at most
			continue
		}
		need += len(r)
	}
	return need <= rows+1 // the headers' row is among the form's
}

// fitProduceWidth follows the width Produce's content needs in the grid
// (wantBox), held: a wider need is taken at once, a narrower one after
// memoKeep without a frame needing more, so a template rolled on a send
// does not move the Log's edge back and forth. It reports whether the
// layout changed.
func (a *App) fitProduceWidth(now time.Time) bool {
	want, box := 0, rect{}
	if gridded(a.w, a.bodyHeight(), a.zoom) {
		o := a.layoutOpts()
		o.produceW = 0
		box = layout(a.w, a.bodyHeight(), a.focus, o)[paneProduce]
		want = a.produce.wantBox(max(box.h-2, 0), box.w)
	}
	if box != a.produceBox { // another box (a resize, the Log's first record): judged afresh
		a.produceBox, a.produceHeld = box, heldWidth{}
	}
	a.produceHeld.note(want, now)
	if a.produceHeld.w == a.produceW {
		return false
	}
	a.produceW = a.produceHeld.w
	a.resize()
	return true
}
