package model

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

func TestPrettyValue(t *testing.T) {
	deep := strings.Repeat("[", 5000) + strings.Repeat("]", 5000)
	tests := []struct {
		name     string
		value    string
		kind     ValueKind
		contains []string
		maxLines int
	}{
		{"json indented", `{"a":1,"b":{"c":"x"}}`, KindJSON, []string{`  "a": 1,`, `    "c": "x"`}, 10},
		{"hostile json string", `{"t":"\u001b]0;pwned\u0007"}`, KindJSON, []string{`"t": "\u001b]0;pwned\u0007"`}, 5},
		{"raw escapes in text", "\x1b[2Jline1\nline2\x07", KindText, []string{`\x1b[2Jline1`, `line2\x07`}, 2},
		{"binary as hex", "\x1b[2Jred\xff", KindBinary, []string{"1b 5b 32 4a 72 65 64 ff", "|.[2Jred.|"}, 1},
		{"long string wrapped", strings.Repeat("x", 100), KindText, []string{strings.Repeat("x", 40)}, 3},
		{"deep nesting shown compact", deep, KindJSON, []string{"[[[["}, 300},
		{"megabyte capped", strings.Repeat("y", 1<<20), KindText, []string{"786,432 more bytes not shown", "1,554 more lines not shown"}, DetailMaxLines + 2},
		{"empty", "", KindEmpty, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, kind := PrettyValue([]byte(tt.value), 40)
			if kind != tt.kind {
				t.Fatalf("kind %q, want %q", kind, tt.kind)
			}
			if len(lines) > tt.maxLines {
				t.Fatalf("%d lines, want at most %d", len(lines), tt.maxLines)
			}
			all := strings.Join(lines, "\n")
			for _, want := range tt.contains {
				if !strings.Contains(all, want) {
					t.Fatalf("missing %q in\n%s", want, all[:min(len(all), 2000)])
				}
			}
			for _, l := range lines {
				assertSafe(t, l)
				if kind != KindBinary && ansi.StringWidth(l) > 40 && !strings.Contains(l, "not shown") {
					t.Fatalf("line wider than 40 cells: %q", l)
				}
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"{\n  \"a\": 1,\n  \"b\": [1, 2]\n}", 100, `{"a":1,"b":[1,2]}`},
		{"not json\n", 100, `not json\n`},
		{`{"broken":`, 100, `{"broken":`},
		{"\x1b[2J", 100, `\x1b[2J`},
		{strings.Repeat("z", 50), 10, strings.Repeat("z", 10) + Ellipsis},
	}
	for _, tt := range tests {
		if got := OneLine([]byte(tt.in), tt.limit); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHexDump(t *testing.T) {
	got := HexDump([]byte("0123456789abcdef\x00\xff"), 1<<10)
	want := []string{
		"00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|",
		"00000010  00 ff                                             |..|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(HexDump(make([]byte, 1000), 64)); n != 4 {
		t.Fatalf("limit 64 bytes gave %d lines, want 4", n)
	}
}

func TestNDJSONRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 22, 3, 4, 5, 123e6, time.UTC)
	recs := []Record{
		{Topic: RiderTopic, Partition: 1, Offset: 7, Time: at, Key: []byte("location-update"),
			Headers: []Header{{Key: "trace", Value: []byte("abc")}, {Key: "bin", Value: []byte{0xff}}},
			Value:   []byte(`{"name":"asha","location":"west"}`)},
		{Topic: "other", Offset: 8, Time: at, Value: []byte("\x1b[2J\xff")},
	}
	var buf bytes.Buffer
	if err := WriteNDJSON(&buf, recs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2:\n%s", len(lines), buf.String())
	}
	var first ExportRecord
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Topic != RiderTopic || first.Partition != 1 || first.Offset != 7 || *first.Key != "location-update" ||
		*first.Value != `{"name":"asha","location":"west"}` || first.Timestamp == nil || *first.Timestamp != "2026-11-22T03:04:05.123Z" ||
		len(first.Headers) != 2 || *first.Headers[0].Value != "abc" || first.Headers[1].ValueBase64 != "/w==" {
		t.Fatalf("first line decoded as %+v", first)
	}
	var second ExportRecord
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.StdEncoding.DecodeString(second.ValueBase64)
	if second.Value != nil || string(raw) != "\x1b[2J\xff" || second.Key != nil {
		t.Fatalf("binary value not kept exactly: %+v", second)
	}
	if strings.Contains(buf.String(), "\x1b") {
		t.Fatal("a raw escape byte reached the export file")
	}
}

func FuzzDetail(f *testing.F) {
	for _, s := range []string{"", `{"a":[1,{"b":"\u001b"}]}`, "\x1b]52;c;aGk=\x07", "\xff\xfe", strings.Repeat("[", 100)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		lines, _ := PrettyValue(b, 20)
		for _, l := range lines {
			assertSafe(t, l)
		}
		assertSafe(t, OneLine(b, 64))
	})
}

// TestHostileShapesStayBounded: deep nesting and megabyte values go
// through every renderer and the filter without panicking or stalling.
func TestHostileShapesStayBounded(t *testing.T) {
	deep := []byte(`{"a":` + strings.Repeat(`{"a":`, 100_000) + "1" + strings.Repeat("}", 100_001))
	huge := []byte(`{"v":"` + strings.Repeat("\x1b[2J", 1<<18) + `"}`)
	for _, v := range [][]byte{deep, huge} {
		r := Record{Topic: StudentTopic, Value: v}
		for _, expr := range []string{"a.a.a>0", "v=x", "key=s-1", "re:2J$", "2j"} {
			f, err := ParseFilter(expr, DefaultViews())
			if err != nil {
				t.Fatal(err)
			}
			f.Match(&r)
		}
		if l := OneLine(v, 512); len(l) > 512*4+len(Ellipsis) {
			t.Fatalf("one line of %d bytes", len(l))
		}
		lines, _ := PrettyValue(v, 80)
		if len(lines) > DetailMaxLines+2 {
			t.Fatalf("%d detail lines", len(lines))
		}
	}
}

// BenchmarkPrettyValueMegabyte is the cost of opening the detail view of
// a megabyte value full of escape sequences (done once per open).
func BenchmarkPrettyValueMegabyte(b *testing.B) {
	v := []byte(strings.Repeat("\x1b]0;t\x07 some text ", 1<<16))
	b.ReportAllocs()
	for b.Loop() {
		PrettyValue(v, 120)
	}
}

// BenchmarkOneLine is one log line's value: compact JSON, escaped.
func BenchmarkOneLine(b *testing.B) {
	v := []byte(`{"machine_id":"washer-03","ts":"2026-11-22T03:04:05.123Z","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"power_w":2150}`)
	b.ReportAllocs()
	for b.Loop() {
		OneLine(v, 512)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", -1234: "-1,234", 999: "999", 1000: "1,000", 777866: "777,866", 1234567: "1,234,567"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
