package model

import (
	"bytes"
	"testing"
)

// The hex view's byte count is grouped as every other byte count (ut16b
// E9: "hex, 498415 bytes" beside "498,415").
func TestHexKindGroupsItsByteCount(t *testing.T) {
	raw := bytes.Repeat([]byte{0xff}, 12345)
	_, kind := PrettyAs(raw, nil, FormatHex, 80)
	if string(kind) != "hex, 12,345 bytes" {
		t.Fatalf("kind %q, want \"hex, 12,345 bytes\"", kind)
	}
}
