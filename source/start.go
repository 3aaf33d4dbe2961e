package source

import (
	"fmt"
	"strconv"
	"strings"
)

// StartMode is where the tail begins reading each partition, in the
// manner of franz-go's typed offsets (AtStart, AtEnd, Relative).
type StartMode uint8

// The start modes.
const (
	StartLast      StartMode = iota // the last Start.Last records, then live
	StartEnd                        // the high watermark: only what arrives
	StartBeginning                  // the log start offset: everything kept
	StartOffsets                    // an offset per partition (Position only)
	StartTime                       // the first record at or after a time (Position only)
)

// String is the mode as the config and flags spell it.
func (m StartMode) String() string {
	switch m {
	case StartEnd:
		return "end"
	case StartBeginning:
		return "beginning"
	case StartOffsets:
		return "offsets"
	case StartTime:
		return "time"
	}
	return "last"
}

// Start says where the tail begins reading each partition.
type Start struct {
	Mode StartMode
	Last int64 // records before the high watermark, for StartLast
}

// DefaultStart is the last 50 records of every partition, then live.
func DefaultStart() Start { return Start{Mode: StartLast, Last: 50} }

// ParseStart reads "last:N", "end" or "beginning" ("latest" and
// "earliest" as in Kafka's auto.offset.reset; "last" is last:50).
func ParseStart(s string) (Start, error) {
	if st, ok := parseStartWord(s, false); ok {
		return st, nil
	}
	return Start{}, fmt.Errorf("start %q: want last:N (N ≥ 0), end or beginning", s)
}

// parseStartWord is the one reading of the start words both the tail's
// Start and a topic's Position accept: "end"/"latest",
// "beginning"/"earliest", "last" (last:50) and "last:N"; a Position also
// takes "start" for the beginning and a bare N for last:N (bare).
func parseStartWord(s string, bare bool) (Start, bool) {
	switch s {
	case "", "last":
		return DefaultStart(), true
	case "end", "latest":
		return Start{Mode: StartEnd}, true
	case "beginning", "earliest":
		return Start{Mode: StartBeginning}, true
	case "start":
		return Start{Mode: StartBeginning}, bare
	}
	rest, ok := strings.CutPrefix(s, "last:")
	if !ok && !bare {
		return Start{}, false
	}
	if n, err := strconv.ParseInt(rest, 10, 64); err == nil && n >= 0 {
		return Start{Mode: StartLast, Last: n}, true
	}
	return Start{}, false
}

// offset is the first offset to read of a partition whose log start
// offset is low and high watermark high: the one end/beginning/last rule
// (a Position's offsets and time modes are resolved in position.go).
func (s Start) offset(low, high int64) int64 {
	switch s.Mode {
	case StartEnd:
		return high
	case StartBeginning:
		return low
	}
	return max(low, high-s.Last)
}
