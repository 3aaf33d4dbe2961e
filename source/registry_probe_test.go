package source

import (
	"context"
	"testing"

	"github.com/twmb/franz-go/pkg/sr/srfake"
)

// Probe tells an unreachable registry before any record needs it, and a
// registry that answers is not flagged.
func TestRegistryProbeSetsDown(t *testing.T) {
	up := srfake.New()
	t.Cleanup(up.Close)
	for _, tc := range []struct {
		name, url, want string
	}{
		{"up", up.URL(), ""},
		{"down", "http://" + deadAddr(t), "unreachable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewRegistry(RegistryConfig{URL: tc.url}, nil)
			if err != nil {
				t.Fatal(err)
			}
			r.Probe(context.Background())
			if got := r.Down(); got != tc.want {
				t.Errorf("Down() = %q, want %q", got, tc.want)
			}
		})
	}
}
