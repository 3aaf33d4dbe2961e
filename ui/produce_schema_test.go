package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/model/serde"
)

// fakeSchemas serves one Avro subject from memory: the registry's HTTP
// side is tested in source against srfake; this is about the form.
type fakeSchemas struct{ s *serde.Schema }

func (f *fakeSchemas) Subjects(context.Context) ([]string, error) {
	return []string{"readings-value"}, nil
}

func (f *fakeSchemas) Encoder(_ context.Context, ref string) (func([]byte) ([]byte, error), error) {
	r, err := model.ParseSchemaRef(ref)
	if err != nil {
		return nil, err
	}
	if r.Subject != "readings-value" {
		return nil, errors.New("subject " + r.Subject + " not found")
	}
	return func(js []byte) ([]byte, error) { return serde.Encode(f.s, r.Message, js) }, nil
}

func TestProduceEncodesWithASchema(t *testing.T) {
	s, err := serde.Compile(serde.Source{ID: 4, Text: `{"type":"record","name":"R","fields":[{"name":"temp","type":"double"}]}`})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, schema, value string
		wantErr             string
	}{
		{"encoded", "readings-value", `{"temp":21.5}`, ""},
		{"latest version named", "readings-value@latest", `{"temp":1}`, ""},
		{"wrong field type names the field", "readings-value", `{"temp":"hot"}`, `field temp: want a number, got "hot"`},
		{"unknown subject", "nope", `{"temp":1}`, "subject nope not found"},
		{"bad version", "readings-value@x", `{"temp":1}`, `version "x" is neither latest`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, p, rec := produceApp(t, 120, 36)
			a.c.Schemas = &fakeSchemas{s: s}
			do(a, "7", "enter")
			p.setForm(model.Form{Topic: "other", Partition: "auto", Value: tc.value, Schema: tc.schema})
			do(a, "ctrl+s")
			if tc.wantErr != "" {
				if len(rec.sent) != 0 || !p.failed || !strings.Contains(p.report, tc.wantErr) {
					t.Fatalf("report %q (sent %d), want an error with %q", p.report, len(rec.sent), tc.wantErr)
				}
				if f := p.form(); f.Value != tc.value || f.Schema != tc.schema {
					t.Errorf("form not kept: %+v", f)
				}
				return
			}
			if len(rec.sent) != 1 {
				t.Fatalf("sent %d, report %q", len(rec.sent), p.report)
			}
			got := serde.Decode(s, rec.sent[0].Value[serde.HeaderLen:])
			if id, _, ok := serde.ParseHeader(rec.sent[0].Value); !ok || id != 4 || got.Err != "" {
				t.Errorf("sent %x: %+v", rec.sent[0].Value, got)
			}
			if !strings.Contains(screen(a), "schema") {
				t.Error("the form has no schema row with a registry")
			}
		})
	}
}
