// Package serde reads and writes payloads in a schema registry's wire
// format (Confluent's: magic byte 0, a 4-byte big-endian schema id, for
// Protobuf a message index path, then Avro, Protobuf or JSON Schema
// bytes). It is pure: schemas come from a Cache that the source package
// fills from a registry or from local files, and decoding never waits.
package serde

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Magic is the first byte of a payload in the wire format.
const Magic = 0

// HeaderLen is the magic byte plus the 4-byte schema id.
const HeaderLen = 5

// MaxIndexDepth caps a Protobuf message index path: deeper nesting than
// this is not a real schema, and a hostile count must not allocate.
const MaxIndexDepth = 64

// ErrIndex is wrapped by every error reading a message index path.
var ErrIndex = errors.New("protobuf message index")

// ParseHeader reads the wire header of b: ok is false when b is shorter
// than the header or does not start with the magic byte. payload aliases b.
func ParseHeader(b []byte) (id int, payload []byte, ok bool) {
	if len(b) < HeaderLen || b[0] != Magic {
		return 0, nil, false
	}
	return int(binary.BigEndian.Uint32(b[1:HeaderLen])), b[HeaderLen:], true
}

// AppendHeader appends the wire header for schema id to dst.
func AppendHeader(dst []byte, id int) []byte {
	return binary.BigEndian.AppendUint32(append(dst, Magic), uint32(id))
}

// ParseIndex reads a Protobuf message index path after the header: a
// zigzag varint count, then that many zigzag varint indexes; a single 0
// byte stands for the path [0] (the first message). The path is appended
// to dst[:0]; rest is what follows it.
func ParseIndex(b []byte, dst []int) (path []int, rest []byte, err error) {
	n, w := binary.Varint(b)
	if w <= 0 {
		return nil, nil, fmt.Errorf("%w: the count is cut short", ErrIndex)
	}
	b = b[w:]
	switch {
	case n == 0:
		return append(dst[:0], 0), b, nil
	case n < 0:
		return nil, nil, fmt.Errorf("%w: negative count %d", ErrIndex, n)
	case n > MaxIndexDepth:
		return nil, nil, fmt.Errorf("%w: %d levels, more than %d", ErrIndex, n, MaxIndexDepth)
	}
	path = dst[:0]
	for range n {
		x, w := binary.Varint(b)
		if w <= 0 {
			return nil, nil, fmt.Errorf("%w: cut short after %d of %d indexes", ErrIndex, len(path), n)
		}
		if x < 0 || x > 1<<31 {
			return nil, nil, fmt.Errorf("%w: index %d out of range", ErrIndex, x)
		}
		path = append(path, int(x))
		b = b[w:]
	}
	return path, b, nil
}

// AppendIndex appends a message index path in the wire format: [0] as the
// single byte 0, anything else as a count and the indexes.
func AppendIndex(dst []byte, path []int) []byte {
	if len(path) == 0 || (len(path) == 1 && path[0] == 0) {
		return append(dst, 0)
	}
	dst = binary.AppendVarint(dst, int64(len(path)))
	for _, x := range path {
		dst = binary.AppendVarint(dst, int64(x))
	}
	return dst
}
