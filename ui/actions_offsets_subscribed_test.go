package ui

import (
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// O on a group with a member subscribed to the topic is refused at the
// preview, in words naming the topic, before the group's name is typed,
// as D and o refuse a group with members (ut34b-12: it asked for the
// name, then Kafka's GROUP_SUBSCRIBED_TO_TOPIC named one partition).
func TestDeleteOffsetsOfASubscribedTopicIsRefusedBeforeTheName(t *testing.T) {
	rec := &recordingAdmin{subscribed: 1}
	a := adminApp(t, model.ReadOnlyOff, rec)
	act(a, "5", "O", "type:orders", "enter")
	s := screen(a)
	flat := strings.Join(strings.Fields(s), " ")
	if !strings.Contains(flat, "subscribed to orders") || strings.Contains(s, `type "audit"`) {
		t.Fatalf("want the preview refused naming the topic, no typed name asked:\n%s", s)
	}
	for _, c := range rec.calls {
		if strings.HasPrefix(c, "delete offsets") {
			t.Fatalf("deleted: %q", c)
		}
	}
}

// ut40b-17: O's preview said `… on orders (OffsetDelete), 1 partition`:
// Kafka's API name in the user's sentence. The preview says what is
// deleted in the user's words only.
func TestDeleteOffsetsPreviewSaysNoProtocolName(t *testing.T) {
	a := adminApp(t, model.ReadOnlyOff, &recordingAdmin{})
	act(a, "5", "O", "type:orders", "enter")
	flat := strings.Join(strings.Fields(screen(a)), " ")
	if !strings.Contains(flat, "committed offsets on orders") || strings.Contains(flat, "OffsetDelete") {
		t.Fatalf("want the preview in the user's words, no protocol name:\n%s", screen(a))
	}
}
