package serde

import (
	"errors"
	"fmt"

	"github.com/tidwall/gjson"

	"github.com/washboard/washboard/model"
)

// Decode reads payload (the bytes after the wire header) with s into a
// SchemaRead naming the schema. A payload that does not match is an Err
// in words; the record's raw bytes stay where they are.
func Decode(s *Schema, payload []byte) *model.SchemaRead {
	out := &model.SchemaRead{ID: s.ID, Subject: s.Subject, Version: s.Version, Type: s.Type}
	var err error
	switch s.Type {
	case Avro:
		out.JSON, err = decodeAvro(s.avro, payload, make([]byte, 0, 2*len(payload)+16))
	case Protobuf:
		out.JSON, out.Message, err = decodeProtoWire(s, payload)
	case JSON:
		if !gjson.ValidBytes(payload) {
			err = errors.New("bytes after the header are not JSON")
		} else {
			out.JSON = payload
		}
	}
	if err != nil {
		out.JSON, out.Err = nil, err.Error()
	}
	return out
}

// decodeProtoWire reads the index path (registry schemas) or uses the
// file's named message (local files, whose payloads carry no header).
func decodeProtoWire(s *Schema, payload []byte) ([]byte, string, error) {
	if s.Message != "" && s.ID == 0 {
		md := findMessage(s.proto, s.Message)
		js, err := decodeProto(s.plans, md, payload)
		return js, string(md.FullName()), err
	}
	var buf [4]int
	path, rest, err := ParseIndex(payload, buf[:0])
	if err != nil {
		return nil, "", err
	}
	md, err := messageAt(s.proto, path)
	if err != nil {
		return nil, "", err
	}
	js, err := decodeProto(s.plans, md, rest)
	return js, string(md.FullName()), err
}

// Read decodes b when it is in the wire format, with the schema c holds
// for its id. It returns nil when b is not in the wire format. An id the
// cache has no answer for (not asked yet) or an error for (not found,
// registry down) is an Err in words.
func Read(c *Cache, b []byte) *model.SchemaRead {
	id, payload, ok := ParseHeader(b)
	if !ok {
		return nil
	}
	s, err, known := c.Get(id)
	switch {
	case !known:
		return &model.SchemaRead{ID: id, Err: fmt.Sprintf("schema id %d not looked up yet", id)}
	case err != nil:
		return &model.SchemaRead{ID: id, Err: err.Error()}
	}
	return Decode(s, payload)
}

// ReadLocal decodes a payload without a wire header with a local schema
// (a .avsc or .proto file mapped to the topic). A payload that does carry
// a header is left to Read.
func ReadLocal(s *Schema, b []byte) *model.SchemaRead {
	if b == nil {
		return nil
	}
	return Decode(s, b)
}

// Encode writes JSON in the wire format for s: the header with s.ID, for
// Protobuf the index path of message (a full name; empty: the first
// message), then the payload. The error names the field that does not
// fit and why.
func Encode(s *Schema, message string, js []byte) ([]byte, error) {
	out := AppendHeader(nil, s.ID)
	switch s.Type {
	case Avro:
		b, err := encodeAvro(s.avro, js)
		if err != nil {
			return nil, err
		}
		return append(out, b...), nil
	case Protobuf:
		md := s.proto.Messages().Get(0)
		if message != "" {
			if md = findMessage(s.proto, message); md == nil {
				return nil, fmt.Errorf("no message %s in the schema", message)
			}
		} else if s.proto.Messages().Len() == 0 {
			return nil, errors.New("the schema declares no message")
		}
		b, err := encodeProto(md, js)
		if err != nil {
			return nil, err
		}
		return append(AppendIndex(out, indexOf(md)), b...), nil
	case JSON:
		if err := validateJSON(s.json, js); err != nil {
			return nil, err
		}
		return append(out, js...), nil
	}
	return nil, fmt.Errorf("schema type %s cannot encode", s.Type)
}

// Messages lists a Protobuf schema's top-level messages by full name, for
// a form to offer; nil for other types.
func (s *Schema) Messages() []string {
	if s.proto == nil {
		return nil
	}
	var out []string
	ms := s.proto.Messages()
	for i := range ms.Len() {
		out = append(out, string(ms.Get(i).FullName()))
	}
	return out
}
