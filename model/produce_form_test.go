package model

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFormOutgoing(t *testing.T) {
	tests := []struct {
		name    string
		form    Form
		part    int
		headers []Header
		err     string
	}{
		{"auto partition", Form{Topic: "t", Partition: "auto", Value: "v"}, -1, nil, ""},
		{"empty partition is auto", Form{Topic: "t"}, -1, nil, ""},
		{"explicit partition", Form{Topic: "t", Partition: " 3 "}, 3, nil, ""},
		{"headers", Form{Topic: "t", Headers: "trace=abc\n\n  source = a=b\nempty="}, -1,
			[]Header{{"trace", []byte("abc")}, {"source", []byte(" a=b")}, {"empty", []byte("")}}, ""},
		{"no topic", Form{Topic: "  "}, 0, nil, "a topic is needed"},
		{"bad partition", Form{Topic: "t", Partition: "two"}, 0, nil, `partition: "two" is neither auto`},
		{"negative partition", Form{Topic: "t", Partition: "-2"}, 0, nil, "partition"},
		{"header without =", Form{Topic: "t", Headers: "ok=1\nbroken"}, 0, nil, `headers line 2: "broken" is not name=value (e.g. trace-id=7f3a)`},
		// as typed, not Go-quoted (ut43a-24)
		{"header of JSON", Form{Topic: "t", Headers: `{"machine_id": oops`}, 0, nil, `headers line 1: "{"machine_id": oops" is not name=value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := tt.form.Outgoing()
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if out.Partition != tt.part || len(out.Headers) != len(tt.headers) {
				t.Fatalf("got %+v", out)
			}
			for i, h := range tt.headers {
				if out.Headers[i].Key != h.Key || string(out.Headers[i].Value) != string(h.Value) {
					t.Fatalf("header %d = %+v, want %+v", i, out.Headers[i], h)
				}
			}
			if (out.Key == nil) != (tt.form.Key == "") {
				t.Fatalf("an empty key must be sent as no key")
			}
		})
	}
}

func TestTemplatesDecodeWithTheirViews(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, v := range DefaultViews() {
		key, value, ok := Template(v.Topic, rng, time.Now(), nil)
		if !ok || !json.Valid([]byte(value)) {
			t.Fatalf("%s: template %q ok=%v", v.Topic, value, ok)
		}
		var d Decoded
		r := Record{Topic: v.Topic, Key: []byte(key), Value: []byte(value)}
		if err := v.Decode(&r, &d); err != nil {
			t.Fatalf("%s: the template does not decode with its view: %v", v.Topic, err)
		}
	}
	if _, _, ok := Template("other", rng, time.Now(), nil); ok {
		t.Fatal("a template for a topic with no seed format")
	}
}

// A record's field goes into the form only when the form would send its
// bytes back unchanged: a control byte (ESC, tab, carriage return; a
// newline outside the value) leaves the field out, named with the byte
// (ut18b G6: an ESC vanished from an edited and resent value).
func TestRecordFormLeavesOutWhatTheFormCannotHold(t *testing.T) {
	tests := []struct {
		name      string
		rec       Record
		wantKey   string
		wantValue string
		wantLost  []string
	}{
		{"plain text", Record{Key: []byte("k"), Value: []byte("a\nb")}, "k", "a\nb", nil},
		{"ESC in the value", Record{Key: []byte("real"), Value: []byte("plain text \x1b[2J not an escape")}, "real", "", []string{`value (control byte \x1b)`}},
		{"tab in the value", Record{Value: []byte("a\tb")}, "", "", []string{`value (control byte \t)`}},
		{"carriage return in the value", Record{Value: []byte("a\r\nb")}, "", "", []string{`value (control byte \r)`}},
		{"ESC in the key", Record{Key: []byte("k\x1b"), Value: []byte("v")}, "", "v", []string{`key (control byte \x1b)`}},
		{"newline in the key", Record{Key: []byte("a\nb"), Value: []byte("v")}, "", "v", []string{`key (control byte \n)`}},
		{"not UTF-8", Record{Value: []byte{0xff, 0xfe}}, "", "", []string{"value"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.rec.Topic = "t"
			f, lost := RecordForm(&tt.rec)
			if f.Key != tt.wantKey || f.Value != tt.wantValue || !slices.Equal(lost, tt.wantLost) {
				t.Fatalf("RecordForm = key %q value %q lost %q; want key %q value %q lost %q",
					f.Key, f.Value, lost, tt.wantKey, tt.wantValue, tt.wantLost)
			}
		})
	}
}
