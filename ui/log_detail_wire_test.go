package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// The detail view of a schema record: its size is the bytes on the wire
// (not the decoded JSON or the error text), an undecodable value's hex dump
// appears once, a long schema line wraps at 80 columns, and the value line
// does not repeat the format's name.
func TestLogDetailSchemaRecordAt80(t *testing.T) {
	at := fixedNow.Add(-time.Second)
	wire := []byte{0, 0, 0, 0, 1, 2, 'x', 'y', 'z', 0xff}
	subject := "orders.with.a.rather.long.subject.name.for_the_value"
	cases := []struct {
		name   string
		schema *model.SchemaRead
	}{
		{"decoded", &model.SchemaRead{ID: 1, Subject: subject, Version: 1, Type: "AVRO", JSON: []byte(`{"name":"a much longer decoded value than the wire bytes"}`)}},
		{"undecodable", &model.SchemaRead{ID: 1, Subject: subject, Version: 1, Type: "AVRO", Err: "a long reason why the value could not be read, far more than ten bytes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := model.Record{Topic: "t", Offset: 1, Time: at, Key: []byte("k1"), Value: wire,
				Headers: []model.Header{{Key: "h", Value: []byte("v")}}, ValueSchema: c.schema}
			if got, want := rec.WireSize(), 2+len(wire)+2; got != want {
				t.Fatalf("WireSize = %d, want %d", got, want)
			}
			if rec.MemSize() <= rec.WireSize() {
				t.Fatalf("MemSize %d must count the schema read beyond WireSize %d", rec.MemSize(), rec.WireSize())
			}
			a := logApp(t, 80, 40, rec)
			a.Update(keyPress("enter"))
			s := screen(a)
			if !strings.Contains(s, "size      14 bytes (value 10)") {
				t.Errorf("size is not the wire size 14:\n%s", s)
			}
			if n := strings.Count(s, "00 00 00 00 01 02 78 79"); n > 1 {
				t.Errorf("hex dump shown %d times:\n%s", n, s)
			}
			if !strings.Contains(s, subject) || !strings.Contains(s, "version 1") {
				t.Errorf("schema line cut instead of wrapped:\n%s", s)
			}
			a.Update(keyPress("f")) // text
			if s := screen(a); strings.Contains(s, "text · shown as text") {
				t.Errorf("value line repeats the format:\n%s", s)
			}
		})
	}
}

// f honours the format for a record that could not be decoded too: hex in
// auto and JSON (there is no JSON), base64 and text when asked.
func TestLogListUndecodableHonoursTheFormat(t *testing.T) {
	rec := model.Record{Topic: "t", Offset: 5, Time: fixedNow.Add(-time.Second), Key: []byte("k-bad"), Value: []byte{0, 0, 0, 0, 9, 0xab},
		ValueSchema: &model.SchemaRead{ID: 9, Err: "schema id 9 not found"}}
	a := logApp(t, 120, 24, rec)
	for _, want := range []string{
		"⚠ schema id 9 not found 00 00 00 00 09 ab",      // auto
		`⚠ schema id 9 not found \x00\x00\x00\x00\t\xab`, // text
		"⚠ schema id 9 not found 00 00 00 00 09 ab",      // JSON: none, so hex
		"⚠ schema id 9 not found 00 00 00 00 09 ab",      // hex
		"⚠ schema id 9 not found AAAAAAmr",               // base64
	} {
		if s := screen(a); !strings.Contains(s, want) {
			t.Errorf("want %q:\n%s", want, s)
		}
		a.Update(keyPress("f"))
	}
}
