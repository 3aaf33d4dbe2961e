package model

import "testing"

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
		{"retentoin.bytes", "100", "! retentoin.bytes is not a topic config Kafka documents: did you mean retention.bytes? (Kafka will refuse it)"},
		{"segment.msx", "1h", "! segment.msx is not a topic config Kafka documents: did you mean segment.ms? (Kafka will refuse it)"},
		{"zzzz", "1", "! zzzz is not a topic config Kafka documents (a typo? Kafka will refuse it)"},
		{"retention.ms", "2hours", "! retention.ms=2hours: want milliseconds or a duration like 2h, 90m, 7d (Kafka will refuse it)"},
		{"retention.bytes", "1GB", "! retention.bytes=1GB: want a whole number of bytes (Kafka will refuse it)"},
	} {
		if got := TopicConfigWarning(tc.name, tc.value); got != tc.want {
			t.Errorf("TopicConfigWarning(%q, %q) = %q, want %q", tc.name, tc.value, got, tc.want)
		}
	}
}
