package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A value the form knows Kafka refuses is refused in the form, before the
// preview and the typed name, as A's total is: C with segment.bytes=abc
// and E with retention.ms=soon send nothing (ut24a P5: C warned "Kafka
// will refuse it" and sent it; kfake created the topic with it). C with a
// name the Topics list holds says so before the typed name, not Kafka's
// TOPIC_ALREADY_EXISTS after it.
func TestActionFormsRefuseWhatTheyKnowIsWrong(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		want string
	}{
		{"C, a size that is no number", []string{"4", "C", "type:fresh", "tab", "type:1", "tab", "type:1", "tab", "type:retention.ms=2h segment.bytes=abc", "enter"},
			"config segment.bytes=abc: want a whole number of bytes"},
		{"C, a topic already there", []string{"4", "C", "type:orders", "enter"}, `topic "orders" is already on the cluster (2 partitions): name a new one`},
		{"E, a duration that is no duration", []string{"4", "E", "type:retention.ms", "tab", "type:soon", "enter"},
			"value retention.ms=soon: want milliseconds or a duration like 2h, 90m, 7d"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingAdmin{}
			a := adminApp(t, model.ReadOnlyOff, rec)
			act(a, tc.keys...)
			s := screen(a)
			if !strings.Contains(strings.Join(strings.Fields(s), " "), tc.want) || strings.Contains(s, "type \"") || strings.Contains(s, "Kafka will refuse it") {
				t.Fatalf("want the form to refuse with %q and ask for no typed name:\n%s", tc.want, s)
			}
			for _, c := range rec.calls {
				if strings.HasPrefix(c, "create") || strings.HasPrefix(c, "set") {
					t.Fatalf("wrote %q", c)
				}
			}
		})
	}
}
