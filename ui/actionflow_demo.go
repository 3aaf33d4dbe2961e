package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
)

// demoStopWords is a refusal that tells the user to stop a group's
// consumers, said for a demo group washboard runs itself with the key
// that stops it (ut42a-9: `Kafka resets … only while it has no members:
// stop its consumers first` on washboard-demo-2 left the user asking how).
// demo is judged on the event loop (demoGroupRuns): this runs in a
// command's goroutine.
func demoStopWords(err error, demo bool) error {
	if err == nil || !demo {
		return err
	}
	msg := err.Error()
	if !strings.HasSuffix(msg, model.StopConsumersFirst) {
		return err
	}
	return errText(strings.TrimSuffix(msg, model.StopConsumersFirst) + "x stops this demo group (in 5 Groups)")
}

// demoGroupRuns reports whether the flow acts on a demo group washboard
// runs, whose consumers x stops.
func (f *actionFlow) demoGroupRuns() bool {
	switch f.act {
	case model.ActResetOffsets, model.ActDeleteGroup, model.ActDeleteOffsets:
	default:
		return false
	}
	d := f.c.Demos
	return d != nil && d.IsDemo(f.subject) && demoRuns(d, f.subject)
}
