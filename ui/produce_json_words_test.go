package ui

import (
	"encoding/json"
	"testing"
)

// TestJSONSyntaxWords: a value that is not JSON is said in words, with
// the line and column of what is wrong (ut34a-27).
func TestJSONSyntaxWords(t *testing.T) {
	tests := []struct{ value, want string }{
		{`{"name":"lena","location":"east"}xx`, "text after the JSON value ends: `x` (line 1, column 34)"},
		{`{"a":1`, "it ends before the JSON is complete (a closing } ] or \" missing?)"},
		{`{"a":x}`, "`x` where a value should start (line 1, column 6)"},
		{`{"a" 1}`, "`1` where a : should follow the key (line 1, column 6)"},
		{"{\n\"a\": 1,\n}", "`}` where a key in double quotes should start (a comma too many?) (line 3, column 1)"},
		{`[1,2 3]`, "`3` where a , or ] should follow (line 1, column 6)"},
		{`{"a":1 "b":2}`, "`\"` where a , or } should follow (line 1, column 8)"},
		{`{"é":"b\q"}`, `\q is not an escape JSON has (line 1, column 9)`},
	}
	for _, tt := range tests {
		var v json.RawMessage
		err := json.Unmarshal([]byte(tt.value), &v)
		if err == nil {
			t.Fatalf("%q parsed", tt.value)
		}
		if got := jsonSyntaxWords(tt.value, err); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.value, got, tt.want)
		}
	}
}
