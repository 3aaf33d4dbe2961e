package serde

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/hamba/avro/v2"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Schema types as the registry names them.
const (
	Avro     = "AVRO"
	Protobuf = "PROTOBUF"
	JSON     = "JSON"
)

// MaxSchemaBytes caps one schema's text (with its references): a larger
// one is refused in words rather than compiled.
const MaxSchemaBytes = 4 << 20

// maxRefDepth caps how deep references may nest.
const maxRefDepth = 16

// Source is a schema as a registry or a local file gives it.
type Source struct {
	ID      int    // registry schema id; 0 for a local file
	Subject string // a subject filing the schema; empty when unknown
	Version int    // that subject's version; 0 when unknown
	Type    string // Avro, Protobuf or JSON; empty means Avro, as the registry says
	Text    string
	Refs    []Ref
	// Message names the Protobuf message a local file maps to (its full
	// name); registry schemas name theirs in each record's index path.
	Message string
}

// Ref is a schema another one references: by import path (Protobuf) or
// full type name (Avro).
type Ref struct {
	Name    string
	Subject string
	Version int
	Source  Source
}

// Schema is a compiled schema, ready to decode and encode payloads. It is
// immutable and safe to share between goroutines.
type Schema struct {
	ID      int
	Subject string
	Version int
	Type    string
	Message string // Protobuf local files: the message the file maps to
	size    int    // text bytes, for the cache's budget

	avro  avro.Schema
	proto protoreflect.FileDescriptor
	plans plans // per message, for decoding (proto_plan.go)
	json  *jsonschema.Schema
}

// Size is the schema's text in bytes, references included.
func (s *Schema) Size() int { return s.size }

// Compile parses src and its references. The error names what is wrong
// and where, as the schema library reports it.
func Compile(src Source) (*Schema, error) {
	size, err := sourceSize(src, 0)
	if err != nil {
		return nil, err
	}
	if size > MaxSchemaBytes {
		return nil, fmt.Errorf("schema is %s, more than the %s washboard compiles", bytesWords(size), bytesWords(MaxSchemaBytes))
	}
	s := &Schema{ID: src.ID, Subject: src.Subject, Version: src.Version, Type: normType(src.Type), Message: src.Message, size: size}
	switch s.Type {
	case Avro:
		s.avro, err = compileAvro(src)
	case Protobuf:
		s.proto, err = compileProto(context.Background(), src)
		if err == nil {
			s.plans = newPlans(s.proto)
		}
		if err == nil && src.Message != "" {
			if findMessage(s.proto, src.Message) == nil {
				err = fmt.Errorf("no message %s in the schema", src.Message)
			}
		}
	case JSON:
		s.json, err = compileJSONSchema(src)
	default:
		err = fmt.Errorf("schema type %q is none of AVRO, PROTOBUF, JSON", src.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("%s schema: %w", s.Type, err)
	}
	return s, nil
}

func normType(t string) string {
	if t == "" {
		return Avro
	}
	return strings.ToUpper(t)
}

func sourceSize(src Source, depth int) (int, error) {
	if depth > maxRefDepth {
		return 0, fmt.Errorf("references nest more than %d deep", maxRefDepth)
	}
	n := len(src.Text)
	for _, r := range src.Refs {
		m, err := sourceSize(r.Source, depth+1)
		if err != nil {
			return 0, err
		}
		n += m
	}
	return n, nil
}

func compileAvro(src Source) (avro.Schema, error) {
	// A cache per schema: hamba's default cache is process wide, and two
	// registries may define the same name differently.
	cache := &avro.SchemaCache{}
	var add func(s Source, depth int) error
	add = func(s Source, depth int) error {
		for _, r := range s.Refs {
			if err := add(r.Source, depth+1); err != nil {
				return err
			}
			if _, err := avro.ParseWithCache(r.Source.Text, "", cache); err != nil {
				return fmt.Errorf("reference %s: %w", r.Name, err)
			}
		}
		return nil
	}
	if err := add(src, 0); err != nil {
		return nil, err
	}
	return avro.ParseWithCache(src.Text, "", cache)
}

// bytesWords prints a size as "50 MB" or "312 bytes".
func bytesWords(n int) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
