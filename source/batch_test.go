package source

import (
	"testing"
)

func TestDecodeAssignmentIsLenient(t *testing.T) {
	// version 3, one topic "ab" with partitions 0 and 7, then user data and
	// bytes from a newer protocol version that must be ignored.
	full := []byte{0, 3, 0, 0, 0, 1, 0, 2, 'a', 'b', 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 1, 'u', 9, 9}
	got := decodeAssignment(full)
	if len(got) != 2 || got[0].Topic != "ab" || got[0].Partition != 0 || got[1].Partition != 7 {
		t.Fatalf("decoded %v, want ab/0 and ab/7", got)
	}
	// Cut inside the second partition: what is sound is kept.
	if got := decodeAssignment(full[:20]); len(got) != 1 || got[0].Partition != 0 {
		t.Fatalf("truncated: %v, want only ab/0", got)
	}
	// Garbage lengths cannot make a huge loop or a panic.
	for _, b := range [][]byte{nil, {0}, {0, 1, 0x7f, 0xff, 0xff, 0xff}, {0, 1, 0, 0, 0, 1, 0x7f, 0xff}} {
		if got := decodeAssignment(b); len(got) != 0 {
			t.Fatalf("decodeAssignment(%v) = %v, want nothing", b, got)
		}
	}
}
