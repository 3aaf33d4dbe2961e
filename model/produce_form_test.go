package model

import (
	"encoding/json"
	"math/rand/v2"
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
		{"header without =", Form{Topic: "t", Headers: "ok=1\nbroken"}, 0, nil, `headers line 2: "broken" is not name=value`},
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
		key, value, ok := Template(v.Topic, rng, time.Now())
		if !ok || !json.Valid([]byte(value)) {
			t.Fatalf("%s: template %q ok=%v", v.Topic, value, ok)
		}
		var d Decoded
		r := Record{Topic: v.Topic, Key: []byte(key), Value: []byte(value)}
		if err := v.Decode(&r, &d); err != nil {
			t.Fatalf("%s: the template does not decode with its view: %v", v.Topic, err)
		}
	}
	if _, _, ok := Template("other", rng, time.Now()); ok {
		t.Fatal("a template for a topic with no seed format")
	}
}
