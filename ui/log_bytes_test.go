package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The Log tells null from empty, marks decoded values, shows an
// undecodable one's reason with its bytes, and says when a record has no
// timestamp; f cycles the value format in list and detail.
func TestLogShowsEveryByteForWhatItIs(t *testing.T) {
	at := fixedNow.Add(-time.Second)
	recs := []model.Record{
		{Topic: "t", Offset: 1, Time: at, Key: []byte("k-null-value")},
		{Topic: "t", Offset: 2, Time: at, Key: []byte("k-empty-value"), Value: []byte{}},
		{Topic: "t", Offset: 3, Time: at, Key: []byte{}, Value: []byte("empty-key")},
		{Topic: "t", Offset: 4, Time: at, Key: []byte("k-avro"), Value: []byte{0, 0, 0, 0, 7, 2, 'x'},
			ValueSchema: &model.SchemaRead{ID: 7, Subject: "t-value", Version: 2, Type: "AVRO", JSON: []byte(`{"n":"x"}`)}},
		{Topic: "t", Offset: 5, Time: at, Key: []byte("k-bad"), Value: []byte{0, 0, 0, 0, 9, 0xab},
			ValueSchema: &model.SchemaRead{ID: 9, Err: "schema id 9 not found"}},
	}
	a := logApp(t, 120, 24, recs...)
	s := screen(a)
	for _, want := range [][2]string{
		{"k-null-value", "null (tombstone)"}, {"k-empty-value", `"" (empty)`}, {`""`, "empty-key"},
		{"k-avro", `avro {"n":"x"}`}, {"k-bad", "⚠ schema id 9 not found 00 00 00 00 09 ab"},
	} {
		if !lineWith(s, want[0], want[1]) {
			t.Errorf("no line has %q then %q:\n%s", want[0], want[1], s)
		}
	}
	// an empty key is `""` in the key column, as README says (ut18b G15:
	// it read `"" (empty)`, the value's label)
	if lineWith(s, `(empty)`, "empty-key") {
		t.Errorf("the empty key is not `\"\"`:\n%s", s)
	}

	steps := []struct{ title, line string }{
		{"Log · text", `avro \x00\x00\x00\x00\x07\x02x`},
		{"Log · JSON", `avro {"n":"x"}`},
		{"Log · hex", "avro 00 00 00 00 07 02 78"},
		{"Log · base64", "avro AAAAAAcCeA=="},
		{"Log ", `avro {"n":"x"}`},
	}
	for _, st := range steps {
		a.Update(keyPress("f"))
		s := screen(a)
		if !strings.Contains(s, st.title) || !strings.Contains(s, st.line) {
			t.Errorf("after f: want %q and %q:\n%s", st.title, st.line, s)
		}
	}

	// The detail view of the decoded record names its schema.
	a.Update(keyPress("space"))
	a.Update(keyPress("up"))
	a.Update(keyPress("enter"))
	s = screen(a)
	for _, want := range []string{"AVRO id 7 · subject t-value version 2", "decoded with its schema", `"n": "x"`} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
	a.Update(keyPress("f"))
	a.Update(keyPress("f"))
	a.Update(keyPress("f"))
	if s := screen(a); !strings.Contains(s, "00000000  00 00 00 00 07 02 78") {
		t.Errorf("hex in detail:\n%s", s)
	}
}

func TestLogDetailNullsAndNoTimestamp(t *testing.T) {
	rec := model.Record{Topic: "t", Offset: 1, Headers: []model.Header{{Key: "h-null"}, {Key: "h-empty", Value: []byte{}}}}
	a := logApp(t, 100, 20, rec)
	a.Update(keyPress("enter"))
	s := screen(a)
	for _, want := range []string{"none (the record carries timestamp -1)", "∅ null (no key)", "h-null = null", `h-empty = "" (empty)`, "null (a tombstone)"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q:\n%s", want, s)
		}
	}
}

// lineWith reports whether one line of s holds a, then b.
func lineWith(s, a, b string) bool {
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, a); i >= 0 && strings.Contains(l[i+len(a):], b) {
			return true
		}
	}
	return false
}
