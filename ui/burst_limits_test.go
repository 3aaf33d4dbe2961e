package ui

import "testing"

// ut25b R11: the burst's limits are counts, written as every count is
// (`1,000,000`, `5,000`), not `1000000` and `5000`.
func TestBurstLimitsReadAsCounts(t *testing.T) {
	tests := []struct{ n, rate, want string }{
		{"99999999", "20", `burst: "99999999" is not a count from 1 to 1,000,000`},
		{"0", "20", `burst: "0" is not a count from 1 to 1,000,000`},
		{"100", "0", `rate/s: "0" is not a rate above 0 and up to 5,000 per second`},
		{"100", "9000", `rate/s: "9000" is not a rate above 0 and up to 5,000 per second`},
	}
	for _, tt := range tests {
		_, _, err := parseBurst(tt.n, tt.rate)
		if err == nil || err.Error() != tt.want {
			t.Errorf("parseBurst(%q, %q) = %v, want %q", tt.n, tt.rate, err, tt.want)
		}
	}
}
