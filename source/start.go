package source

import "fmt"

// Start says where the tail begins reading each partition that exists
// when it starts. Partitions that appear later (a topic created, a
// partition added) are read from their first record whatever it says.
type Start struct {
	Mode string // "last" (the last N records), "end", "beginning"
	Last int64
}

// DefaultStart is the last 50 records of every partition, then live.
func DefaultStart() Start { return Start{Mode: "last", Last: 50} }

// ParseStart reads "last:N", "end" or "beginning".
func ParseStart(s string) (Start, error) {
	switch s {
	case "", "last":
		return DefaultStart(), nil
	case "end", "latest":
		return Start{Mode: "end"}, nil
	case "beginning", "earliest":
		return Start{Mode: "beginning"}, nil
	}
	var n int64
	if _, err := fmt.Sscanf(s, "last:%d", &n); err == nil && n >= 0 {
		return Start{Mode: "last", Last: n}, nil
	}
	return Start{}, fmt.Errorf("start %q: want last:N, end or beginning", s)
}

// offset is the first offset to read of a partition whose log starts at
// low and whose high watermark is high.
func (s Start) offset(low, high int64) int64 {
	switch s.Mode {
	case "end":
		return high
	case "beginning":
		return low
	}
	return max(low, high-s.Last)
}
