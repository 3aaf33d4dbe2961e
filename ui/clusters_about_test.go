package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// At 80 columns every profile's security and read-only mode show: a long
// broker list is cut in the middle and the rest goes on the next line,
// under the description (a user test, issue 14, B22).
func TestPickerKeepsHowEachClusterConnects(t *testing.T) {
	profiles := []Profile{
		{Name: "settlement-staging-eu-west-1", About: "127.0.0.1:39411,127.0.0.1:39412,127.0.0.1:39413 · plaintext"},
		{Name: "prod", About: "kafka-1.prod.eu-central-1.internal.example.com:9093 · tls, sasl scram-sha-512 as ops · read-only admin"},
	}
	v := ansi.Strip(newClusterPicker(profiles, "prod", "").view(NewStyles(true), 80, 24))
	for _, want := range []string{"plaintext", "tls, sasl scram-sha-512 as ops", "read-only admin", "settlement-staging-eu-west-1"} {
		if !strings.Contains(v, want) {
			t.Errorf("the picker at 80 columns lacks %q:\n%s", want, v)
		}
	}
	for _, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Errorf("a line wider than the screen: %q", l)
		}
	}
}

// A name wider than half the box is said whole on its own line, its
// description under it, rather than cut while rows are free (ut15a A14).
func TestPickerSaysALongNameWhole(t *testing.T) {
	profiles := []Profile{
		{Name: "laundry-operations-staging-cluster-eu-west-1", About: "127.0.0.1:29300 · plaintext"},
		{Name: "prod", About: "127.0.0.1:29320,127.0.0.1:29321,127.0.0.1:29322 · sasl scram-sha-512 as ops · read-only admin"},
	}
	for _, w := range []int{80, 60} {
		v := ansi.Strip(newClusterPicker(profiles, "prod", "").view(NewStyles(true), w, 24))
		for _, want := range []string{"laundry-operations-staging-cluster-eu-west-1", "plaintext", "read-only admin", "● prod"} {
			if !strings.Contains(v, want) {
				t.Errorf("the picker at %d columns lacks %q:\n%s", w, want, v)
			}
		}
	}
}

// At 60 columns a name wider than the box wraps whole over its lines,
// the thing being chosen is never cut (ut16b E19).
func TestPickerWrapsANameWiderThanTheBox(t *testing.T) {
	const long = "local-three-broker-cluster-with-a-rather-long-profile-name"
	profiles := []Profile{{Name: long, About: "127.0.0.1:29551 · plaintext"}, {Name: "ro", About: "127.0.0.1:29551 · plaintext · read-only"}}
	v := ansi.Strip(newClusterPicker(profiles, "ro", "").view(NewStyles(true), 40, 16))
	var text string
	for _, l := range strings.Split(v, "\n") {
		text += strings.TrimSpace(strings.Trim(l, "│ "))
	}
	if !strings.Contains(text, long) {
		t.Errorf("the picker at 40 columns cuts %q:\n%s", long, v)
	}
}
