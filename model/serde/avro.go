package serde

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/hamba/avro/v2"
)

// Limits of one Avro decode: recursive schemas and hostile block counts
// end in an error, never in unbounded work.
const (
	maxAvroDepth  = 64
	maxAvroItems  = 1 << 20 // items in one array or map
	maxAvroOutput = 16 << 20
)

var errShort = errors.New("bytes end before the schema does")

// avroReader walks Avro binary data along its schema, writing JSON. Union
// values are written bare (not wrapped in {"type": value} as Avro's own
// JSON encoding does), so a field's path is the same whichever branch
// the writer picked; bytes and fixed are base64 strings; decimals are
// numbers in a string ("12.50"), exactly as written.
type avroReader struct {
	b     []byte
	out   []byte
	items int
}

func decodeAvro(s avro.Schema, payload []byte, dst []byte) ([]byte, error) {
	r := avroReader{b: payload, out: dst}
	if err := r.value(s, 0, ""); err != nil {
		return nil, err
	}
	if len(r.b) > 0 {
		return nil, fmt.Errorf("%d bytes left after the schema's last field", len(r.b))
	}
	return r.out, nil
}

func (r *avroReader) long() (int64, error) {
	x, n := binary.Varint(r.b)
	if n <= 0 {
		return 0, errShort
	}
	r.b = r.b[n:]
	return x, nil
}

func (r *avroReader) take(n int64) ([]byte, error) {
	if n < 0 || n > int64(len(r.b)) {
		return nil, errShort
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b, nil
}

func fieldErr(path string, err error) error {
	if err == nil || path == "" || errors.Is(err, errNested) {
		return err
	}
	return &nestedErr{path: path, err: err}
}

var errNested = errors.New("nested")

type nestedErr struct {
	path string
	err  error
}

func (e *nestedErr) Error() string        { return "field " + e.path + ": " + e.err.Error() }
func (e *nestedErr) Is(target error) bool { return target == errNested }
func (e *nestedErr) Unwrap() error        { return e.err }

func (r *avroReader) value(s avro.Schema, depth int, path string) error {
	if depth > maxAvroDepth {
		return fieldErr(path, fmt.Errorf("nested more than %d deep", maxAvroDepth))
	}
	if len(r.out) > maxAvroOutput {
		return fmt.Errorf("decoded JSON is larger than %s", bytesWords(maxAvroOutput))
	}
	switch s := s.(type) {
	case *avro.RefSchema:
		return r.value(s.Schema(), depth+1, path)
	case *avro.NullSchema:
		r.out = append(r.out, "null"...)
		return nil
	case *avro.RecordSchema:
		r.out = append(r.out, '{')
		for i, f := range s.Fields() {
			if i > 0 {
				r.out = append(r.out, ',')
			}
			r.out = appendJSONString(r.out, f.Name())
			r.out = append(r.out, ':')
			if err := r.value(f.Type(), depth+1, joinPath(path, f.Name())); err != nil {
				return err
			}
		}
		r.out = append(r.out, '}')
		return nil
	case *avro.EnumSchema:
		i, err := r.long()
		if err != nil {
			return fieldErr(path, err)
		}
		sym, ok := s.Symbol(int(i))
		if i < 0 || i > math.MaxInt32 || !ok {
			return fieldErr(path, fmt.Errorf("enum %s has no symbol %d", s.Name(), i))
		}
		r.out = appendJSONString(r.out, sym)
		return nil
	case *avro.ArraySchema:
		return r.blocks(path, depth, '[', ']', func(first bool) error {
			if !first {
				r.out = append(r.out, ',')
			}
			return r.value(s.Items(), depth+1, path)
		})
	case *avro.MapSchema:
		return r.blocks(path, depth, '{', '}', func(first bool) error {
			if !first {
				r.out = append(r.out, ',')
			}
			n, err := r.long()
			if err != nil {
				return fieldErr(path, err)
			}
			k, err := r.take(n)
			if err != nil {
				return fieldErr(path, err)
			}
			r.out = appendJSONString(r.out, string(k))
			r.out = append(r.out, ':')
			return r.value(s.Values(), depth+1, joinPath(path, string(k)))
		})
	case *avro.UnionSchema:
		i, err := r.long()
		if err != nil {
			return fieldErr(path, err)
		}
		types := s.Types()
		if i < 0 || i >= int64(len(types)) {
			return fieldErr(path, fmt.Errorf("union branch %d of %d", i, len(types)))
		}
		return r.value(types[i], depth+1, path)
	case *avro.FixedSchema:
		b, err := r.take(int64(s.Size()))
		if err != nil {
			return fieldErr(path, err)
		}
		if l, ok := s.Logical().(*avro.DecimalLogicalSchema); ok {
			r.out = appendDecimal(r.out, b, l.Scale())
			return nil
		}
		r.out = appendBase64(r.out, b)
		return nil
	case *avro.PrimitiveSchema:
		return fieldErr(path, r.primitive(s))
	}
	return fieldErr(path, fmt.Errorf("schema type %s not supported", s.Type()))
}

func (r *avroReader) primitive(s *avro.PrimitiveSchema) error {
	switch s.Type() {
	case avro.Null:
		r.out = append(r.out, "null"...)
	case avro.Boolean:
		b, err := r.take(1)
		if err != nil {
			return err
		}
		if b[0] > 1 {
			return fmt.Errorf("boolean byte %d is neither 0 nor 1", b[0])
		}
		r.out = strconv.AppendBool(r.out, b[0] == 1)
	case avro.Int, avro.Long:
		x, err := r.long()
		if err != nil {
			return err
		}
		if s.Type() == avro.Int && (x < math.MinInt32 || x > math.MaxInt32) {
			return fmt.Errorf("int %d does not fit 32 bits", x)
		}
		r.out = strconv.AppendInt(r.out, x, 10)
	case avro.Float:
		b, err := r.take(4)
		if err != nil {
			return err
		}
		r.out = appendFloat(r.out, float64(math.Float32frombits(binary.LittleEndian.Uint32(b))), 32)
	case avro.Double:
		b, err := r.take(8)
		if err != nil {
			return err
		}
		r.out = appendFloat(r.out, math.Float64frombits(binary.LittleEndian.Uint64(b)), 64)
	case avro.String, avro.Bytes:
		n, err := r.long()
		if err != nil {
			return err
		}
		b, err := r.take(n)
		if err != nil {
			return err
		}
		switch l, _ := s.Logical().(*avro.DecimalLogicalSchema); {
		case s.Type() == avro.String:
			r.out = appendJSONBytes(r.out, b)
		case l != nil:
			r.out = appendDecimal(r.out, b, l.Scale())
		default:
			r.out = appendBase64(r.out, b)
		}
	default:
		return fmt.Errorf("type %s not supported", s.Type())
	}
	return nil
}

// blocks reads an array or map: blocks of items, each a count (negative:
// followed by the block's size in bytes), ending with a zero count.
func (r *avroReader) blocks(path string, depth int, open, close byte, item func(first bool) error) error {
	r.out = append(r.out, open)
	first := true
	for {
		n, err := r.long()
		if err != nil {
			return fieldErr(path, err)
		}
		if n == 0 {
			break
		}
		if n < 0 {
			if _, err := r.long(); err != nil {
				return fieldErr(path, err)
			}
			n = -n
		}
		if r.items += int(min(n, maxAvroItems+1)); n > maxAvroItems || r.items > maxAvroItems {
			return fieldErr(path, fmt.Errorf("more than %d items", maxAvroItems))
		}
		for range n {
			if err := item(first); err != nil {
				return err
			}
			first = false
		}
	}
	r.out = append(r.out, close)
	return nil
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// appendFloat writes f as a JSON number, or for NaN and the infinities,
// which JSON cannot spell, as the strings protojson uses ("NaN",
// "Infinity", "-Infinity").
func appendFloat(dst []byte, f float64, bits int) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, `"NaN"`...)
	case math.IsInf(f, 1):
		return append(dst, `"Infinity"`...)
	case math.IsInf(f, -1):
		return append(dst, `"-Infinity"`...)
	}
	return strconv.AppendFloat(dst, f, 'g', -1, bits)
}

func appendBase64(dst, b []byte) []byte {
	dst = append(dst, '"')
	dst = base64.StdEncoding.AppendEncode(dst, b)
	return append(dst, '"')
}

// appendDecimal writes a two's-complement big-endian unscaled value with
// its scale as a decimal string ("-12.50").
func appendDecimal(dst, b []byte, scale int) []byte {
	x := new(big.Int).SetBytes(b)
	if len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(len(b))*8))
	}
	s := new(big.Rat).SetFrac(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale)), nil)).FloatString(scale)
	return strconv.AppendQuote(dst, s)
}

func appendJSONString(dst []byte, s string) []byte {
	return appendJSONBytes(dst, []byte(s))
}

// appendJSONBytes writes b as a JSON string. Bytes that are not UTF-8 are
// written as \u00XX escapes of their value, as Avro's JSON encoding spells
// bytes, so they stay visible instead of becoming U+FFFD.
func appendJSONBytes(dst, b []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	// Fast path: the plain printable ASCII run needs no escaping.
	i := 0
	for i < len(b) && b[i] >= 0x20 && b[i] < 0x7f && b[i] != '"' && b[i] != '\\' {
		i++
	}
	dst = append(dst, b[:i]...)
	b = b[i:]
	for len(b) > 0 {
		c := b[0]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < 0x20 || c == 0x7f:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			default:
				dst = append(dst, c)
			}
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		} else {
			dst = append(dst, b[:n]...)
		}
		b = b[n:]
	}
	return append(dst, '"')
}
