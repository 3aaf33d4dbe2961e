package model

import (
	"strings"
	"testing"
)

// The create form sends a duration config's human duration as Kafka takes
// it, as the edit form does (ut15a A1: retention.ms=2h went as typed).
func TestParseTopicSpecConvertsDurations(t *testing.T) {
	spec, err := ParseTopicSpec("ledger", "4", "", "retention.ms=2h segment.ms=7d retention.bytes=100 cleanup.policy=compact")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"retention.ms": "7200000", "segment.ms": "604800000", "retention.bytes": "100", "cleanup.policy": "compact"}
	for k, v := range want {
		if spec.Configs[k] != v {
			t.Errorf("%s = %q, want %q", k, spec.Configs[k], v)
		}
	}
}

func TestTopicConfigWarning(t *testing.T) {
	for _, tc := range []struct{ name, value, want string }{
		{"retention.ms", "7200000", ""},
		{"retention.ms", "-1", ""},
		{"cleanup.policy", "compact", ""},
		{"retentoin.bytes", "100", "! retentoin.bytes is not a topic config Kafka documents: did you mean retention.bytes? (a broker that does not know it refuses it)"},
		{"segment.msx", "1h", "! segment.msx is not a topic config Kafka documents: did you mean segment.ms? (a broker that does not know it refuses it)"},
		{"zzzz", "1", "! zzzz is not a topic config Kafka documents (a typo? a broker that does not know it refuses it)"},
	} {
		if got := TopicConfigWarning(tc.name, tc.value); got != tc.want {
			t.Errorf("TopicConfigWarning(%q, %q) = %q, want %q", tc.name, tc.value, got, tc.want)
		}
	}
}

// A value the form knows Kafka refuses is an error, not a warning: the
// create form refuses segment.bytes=abc before the preview (ut24a P5: it
// was warned about and sent, and kfake created the topic with it).
func TestTopicConfigValueError(t *testing.T) {
	for _, tc := range []struct{ name, value, want string }{
		{"retention.ms", "7200000", ""},
		{"retention.ms", "-1", ""},
		{"cleanup.policy", "compact", ""},
		{"retention.ms", "2hours", "retention.ms=2hours: want milliseconds or a duration like 2h, 90m, 7d"},
		{"retention.bytes", "1GB", "retention.bytes=1GB: want a whole number of bytes"},
		{"segment.bytes", "abc", "segment.bytes=abc: want a whole number of bytes"},
	} {
		if got := TopicConfigValueError(tc.name, tc.value); got != tc.want {
			t.Errorf("TopicConfigValueError(%q, %q) = %q, want %q", tc.name, tc.value, got, tc.want)
		}
	}
	if _, err := ParseTopicSpec("t", "1", "1", "retention.ms=2h segment.bytes=abc"); err == nil || !strings.Contains(err.Error(), "config segment.bytes=abc: want a whole number of bytes") {
		t.Fatalf("ParseTopicSpec with segment.bytes=abc: %v", err)
	}
}

// Every mistake of the create form is said at once (ut15a A18: one per
// enter).
func TestParseTopicSpecSaysEveryMistake(t *testing.T) {
	_, err := ParseTopicSpec("bad name/with slash", "0", "x", "nokeyvalue")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"' ' and '/' are not allowed", `partitions "0"`, `replication factor "x"`, `config "nokeyvalue"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if w := TopicWarnings(TopicSpec{Replicas: 3}, 1); len(w) != 1 || !strings.Contains(w[0], "the 1 live broker:") {
		t.Errorf("warnings %q: want 'the 1 live broker'", w)
	}
}
