package model

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// bigJSON is a valid JSON document of about n bytes, indented the way
// Python's json.dumps spaces it.
func bigJSON(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"items": [`)
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"i": ` + strconv.Itoa(i) + `, "name": "` + strings.Repeat("x", 50) + `"}`)
	}
	b.WriteString("]}")
	return []byte(b.String())
}

// A valid JSON value larger than the caps is still JSON: the Log line
// shows its start compacted like a small one, and the detail calls it
// JSON shown as sent (issue 14, F44: a 448 KB value read "text" with its
// spaces kept).
func TestLargeJSONIsStillJSON(t *testing.T) {
	big := bigJSON(448 << 10)
	if !json.Valid(big) {
		t.Fatal("the test value is not JSON")
	}
	tests := []struct {
		name     string
		v        []byte
		line     string // OneLine's start
		kindHead string
	}{
		{"large JSON", big, `{"items":[{"i":0,"name":"xxx`, "JSON ("},
		{"large text that starts like JSON", []byte("{hello world " + strings.Repeat("y ", 300<<10)), "{hello world y y", "text"},
		{"large JSON cut mid-way is not JSON", big[:len(big)-3], `{"items":[{"i":0,"name":"xxx`, "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OneLine(tt.v, 200); !strings.HasPrefix(got, tt.line) || len(got) > 200+len(Ellipsis) {
				t.Errorf("OneLine = %q, want it to start %q", got, tt.line)
			}
			lines, kind := PrettyValue(tt.v, 80)
			if !strings.HasPrefix(string(kind), tt.kindHead) {
				t.Errorf("kind %q, want %q…", kind, tt.kindHead)
			}
			if !strings.Contains(lines[len(lines)-1], "more bytes not shown") {
				t.Errorf("the cap is not said: %q", lines[len(lines)-1])
			}
		})
	}
	if _, kind := PrettyValue(big, 80); string(kind) != "JSON ("+Thousands(len(big))+" bytes: shown as sent, not indented)" {
		t.Errorf("kind %q", kind)
	}
}

// A Log line of a large JSON value reads about as much of it as it shows:
// the cost does not grow with the value's size.
func BenchmarkOneLineLargeJSON(b *testing.B) {
	for _, n := range []int{16 << 10, 1 << 20} {
		v := bigJSON(n)
		b.Run(Thousands(n), func(b *testing.B) {
			for b.Loop() {
				OneLine(v, 512)
			}
		})
	}
}
