package serde

import (
	"context"
	"fmt"
	"strconv"

	"github.com/bufbuild/protocompile"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/dynamicpb"
)

// mainProto is the file name the schema itself compiles under; references
// keep their import paths.
const mainProto = "washboard-schema.proto"

func compileProto(ctx context.Context, src Source) (protoreflect.FileDescriptor, error) {
	files := map[string]string{}
	var add func(s Source, depth int) error
	add = func(s Source, depth int) error {
		for _, r := range s.Refs {
			if _, seen := files[r.Name]; seen {
				continue
			}
			files[r.Name] = r.Source.Text
			if err := add(r.Source, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := add(src, 0); err != nil {
		return nil, err
	}
	files[mainProto] = src.Text
	c := protocompile.Compiler{
		Resolver:       protocompile.WithStandardImports(&protocompile.SourceResolver{Accessor: protocompile.SourceAccessorFromMap(files)}),
		MaxParallelism: 1,
	}
	out, err := c.Compile(ctx, mainProto)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// messageAt follows a message index path: the first index picks a
// top-level message in declaration order, each next one a nested message.
func messageAt(fd protoreflect.FileDescriptor, path []int) (protoreflect.MessageDescriptor, error) {
	msgs := fd.Messages()
	var md protoreflect.MessageDescriptor
	for depth, i := range path {
		if i >= msgs.Len() {
			where := "the schema declares"
			if depth > 0 {
				where = string(md.FullName()) + " declares"
			}
			return nil, fmt.Errorf("%w %s out of range: %s %d messages", ErrIndex, pathString(path), where, msgs.Len())
		}
		md = msgs.Get(i)
		msgs = md.Messages()
	}
	if md == nil {
		return nil, fmt.Errorf("%w: empty path", ErrIndex)
	}
	return md, nil
}

// indexOf is the message index path of md within its file.
func indexOf(md protoreflect.MessageDescriptor) []int {
	var path []int
	for d := protoreflect.Descriptor(md); ; {
		path = append([]int{d.Index()}, path...)
		p := d.Parent()
		if _, ok := p.(protoreflect.MessageDescriptor); !ok {
			return path
		}
		d = p
	}
}

// findMessage looks a message up by full name, or by its name alone when
// that is unique enough to be the first match.
func findMessage(fd protoreflect.FileDescriptor, name string) protoreflect.MessageDescriptor {
	if d := fd.Messages().ByName(protoreflect.Name(name)); d != nil {
		return d
	}
	var walk func(ms protoreflect.MessageDescriptors) protoreflect.MessageDescriptor
	walk = func(ms protoreflect.MessageDescriptors) protoreflect.MessageDescriptor {
		for i := range ms.Len() {
			m := ms.Get(i)
			if string(m.FullName()) == name || string(m.Name()) == name {
				return m
			}
			if d := walk(m.Messages()); d != nil {
				return d
			}
		}
		return nil
	}
	return walk(fd.Messages())
}

// decodeProto writes a payload as JSON (proto_json.go): straight from the
// wire, since building a dynamic message and marshalling it with protojson
// costs ten times as much per record and would make catch-up of a
// Protobuf topic several times slower than of a JSON one.
func decodeProto(ps plans, md protoreflect.MessageDescriptor, payload []byte) ([]byte, error) {
	return decodeProtoJSON(ps, md, payload)
}

func encodeProto(md protoreflect.MessageDescriptor, js []byte) ([]byte, error) {
	m := dynamicpb.NewMessage(md)
	if err := protojson.Unmarshal(js, m); err != nil {
		// protojson names the field ("unknown field \"x\"", "invalid
		// value for int32 field temp").
		return nil, fmt.Errorf("%s: %w", md.FullName(), err)
	}
	return proto.Marshal(m)
}

// pathString prints an index path as the registry documents it.
func pathString(path []int) string {
	s := "["
	for i, x := range path {
		if i > 0 {
			s += ","
		}
		s += strconv.Itoa(x)
	}
	return s + "]"
}
