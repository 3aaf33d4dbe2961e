package serde

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// JSON Schema: the payload after the header is JSON already, so decoding
// only checks it is JSON; producing validates the value against the
// schema (santhosh-tekuri/jsonschema, a kept implementation of every
// draft) so a wrong value is refused naming the field, as for Avro.

// mainJSONSchema is the URL the schema compiles under; references keep
// their names.
const mainJSONSchema = "washboard:///schema.json"

// noLoader refuses every URL a schema's $ref names that is not among its
// registry references: compiling a schema never reads a file or the
// network.
type noLoader struct{}

func (noLoader) Load(url string) (any, error) {
	return nil, fmt.Errorf("reference %s is not among the schema's references", url)
}

func compileJSONSchema(src Source) (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.UseLoader(noLoader{})
	var add func(s Source, depth int) error
	add = func(s Source, depth int) error {
		for _, r := range s.Refs {
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(r.Source.Text))
			if err != nil {
				return fmt.Errorf("reference %s: %w", r.Name, err)
			}
			name := r.Name
			if !strings.Contains(name, ":") { // relative, as $ref names it
				name = "washboard:///" + strings.TrimPrefix(name, "/")
			}
			if err := c.AddResource(name, doc); err != nil {
				return fmt.Errorf("reference %s: %w", r.Name, err)
			}
			if err := add(r.Source, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := add(src, 0); err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(src.Text))
	if err != nil {
		return nil, errors.New("JSON schema is not valid JSON")
	}
	if err := c.AddResource(mainJSONSchema, doc); err != nil {
		return nil, err
	}
	return c.Compile(mainJSONSchema)
}

var english = message.NewPrinter(language.English)

// validateJSON checks js against s; the error names the first field that
// does not fit ("field temp: got string, want number").
func validateJSON(s *jsonschema.Schema, js []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		return errors.New("not valid JSON")
	}
	err = s.Validate(v)
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	for len(ve.Causes) > 0 {
		ve = ve.Causes[0]
	}
	msg := ve.ErrorKind.LocalizedString(english)
	if len(ve.InstanceLocation) == 0 {
		return errors.New(msg)
	}
	return fieldErr(strings.Join(ve.InstanceLocation, "."), errors.New(msg))
}
