package model

import "testing"

// Closest's "did you mean": a swap of two neighbours is one typo, so a
// short name's one-edit limit still finds `view` for `veiw`; two edits in
// four letters are not near (`name` is not `rate`, ut19b J5).
func TestClosestCountsASwapAsOneEdit(t *testing.T) {
	for _, c := range []struct {
		name  string
		cands []string
		want  string
	}{
		{"veiw", []string{"view"}, "view"},
		{"name", []string{"rate"}, ""},
		{"brokrs", []string{"brokers", "topic"}, "brokers"},
		{"retentoin.ms", []string{"retention.ms", "segment.ms"}, "retention.ms"},
		{"intreval", []string{"interval"}, "interval"},
		{"zzzz", []string{"view"}, ""},
	} {
		if got := Closest(c.name, c.cands); got != c.want {
			t.Errorf("Closest(%q, %q) = %q, want %q", c.name, c.cands, got, c.want)
		}
	}
}
