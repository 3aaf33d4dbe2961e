package serde

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/hamba/avro/v2"
	"github.com/tidwall/gjson"
)

// encodeAvro writes JSON as Avro binary along s, accepting what
// decodeAvro writes: bare union values, base64 bytes. A missing field
// that may be null is null. Errors name the field ("field reading.temp:
// want a number, got \"hot\"").
func encodeAvro(s avro.Schema, js []byte) ([]byte, error) {
	if !gjson.ValidBytes(js) {
		return nil, errors.New("not valid JSON")
	}
	return avroValue(nil, s, gjson.ParseBytes(js), "", 0)
}

func wantErr(path, want string, v gjson.Result) error {
	got := v.Raw
	if len(got) > 40 {
		got = got[:40] + "…"
	}
	if !v.Exists() {
		got = "nothing"
	}
	return fieldErr(path, fmt.Errorf("want %s, got %s", want, got))
}

func avroValue(dst []byte, s avro.Schema, v gjson.Result, path string, depth int) ([]byte, error) {
	if depth > maxAvroDepth {
		return nil, fieldErr(path, fmt.Errorf("nested more than %d deep", maxAvroDepth))
	}
	switch s := s.(type) {
	case *avro.RefSchema:
		return avroValue(dst, s.Schema(), v, path, depth+1)
	case *avro.NullSchema:
		if v.Type != gjson.Null && v.Exists() {
			return nil, wantErr(path, "null", v)
		}
		return dst, nil
	case *avro.RecordSchema:
		if !v.IsObject() {
			return nil, wantErr(path, "an object for record "+s.Name(), v)
		}
		fields := map[string]gjson.Result{}
		v.ForEach(func(k, val gjson.Result) bool { fields[k.String()] = val; return true })
		for _, f := range s.Fields() {
			fv, ok := fields[f.Name()]
			p := joinPath(path, f.Name())
			if !ok {
				if u, isU := f.Type().(*avro.UnionSchema); isU && u.Nullable() {
					fv = gjson.Result{Type: gjson.Null, Raw: "null"}
				} else {
					return nil, fieldErr(p, errors.New("missing"))
				}
			}
			var err error
			if dst, err = avroValue(dst, f.Type(), fv, p, depth+1); err != nil {
				return nil, err
			}
			delete(fields, f.Name())
		}
		for k := range fields {
			return nil, fieldErr(joinPath(path, k), fmt.Errorf("not in record %s", s.Name()))
		}
		return dst, nil
	case *avro.EnumSchema:
		for i, sym := range s.Symbols() {
			if v.Type == gjson.String && v.Str == sym {
				return binary.AppendVarint(dst, int64(i)), nil
			}
		}
		return nil, wantErr(path, fmt.Sprintf("one of %v", s.Symbols()), v)
	case *avro.ArraySchema:
		if !v.IsArray() {
			return nil, wantErr(path, "an array", v)
		}
		items := v.Array()
		if len(items) > 0 {
			dst = binary.AppendVarint(dst, int64(len(items)))
			for i, it := range items {
				var err error
				if dst, err = avroValue(dst, s.Items(), it, path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
					return nil, err
				}
			}
		}
		return append(dst, 0), nil
	case *avro.MapSchema:
		if !v.IsObject() {
			return nil, wantErr(path, "an object", v)
		}
		var n int64
		v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
		if n > 0 {
			dst = binary.AppendVarint(dst, n)
			var err error
			v.ForEach(func(k, val gjson.Result) bool {
				dst = binary.AppendVarint(dst, int64(len(k.Str)))
				dst = append(dst, k.Str...)
				dst, err = avroValue(dst, s.Values(), val, joinPath(path, k.Str), depth+1)
				return err == nil
			})
			if err != nil {
				return nil, err
			}
		}
		return append(dst, 0), nil
	case *avro.UnionSchema:
		var firstErr error
		for i, t := range s.Types() {
			if (t.Type() == avro.Null) != (v.Type == gjson.Null || !v.Exists()) {
				continue
			}
			out, err := avroValue(binary.AppendVarint(dst, int64(i)), t, v, path, depth+1)
			if err == nil {
				return out, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		}
		if firstErr != nil {
			return nil, firstErr
		}
		return nil, wantErr(path, "a value of "+s.String(), v)
	case *avro.FixedSchema:
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if v.Type != gjson.String || err != nil || len(b) != s.Size() {
			return nil, wantErr(path, fmt.Sprintf("%d bytes in base64", s.Size()), v)
		}
		return append(dst, b...), nil
	case *avro.PrimitiveSchema:
		return avroPrimitive(dst, s, v, path)
	}
	return nil, fieldErr(path, fmt.Errorf("schema type %s not supported", s.Type()))
}

func avroPrimitive(dst []byte, s *avro.PrimitiveSchema, v gjson.Result, path string) ([]byte, error) {
	switch s.Type() {
	case avro.Null:
		if v.Type != gjson.Null {
			return nil, wantErr(path, "null", v)
		}
		return dst, nil
	case avro.Boolean:
		if v.Type != gjson.True && v.Type != gjson.False {
			return nil, wantErr(path, "true or false", v)
		}
		if v.Bool() {
			return append(dst, 1), nil
		}
		return append(dst, 0), nil
	case avro.Int, avro.Long:
		x, err := strconv.ParseInt(v.Raw, 10, 64)
		if v.Type != gjson.Number || err != nil {
			return nil, wantErr(path, "a whole number", v)
		}
		if s.Type() == avro.Int && (x < math.MinInt32 || x > math.MaxInt32) {
			return nil, wantErr(path, "a 32-bit whole number", v)
		}
		return binary.AppendVarint(dst, x), nil
	case avro.Float, avro.Double:
		f, ok := jsonFloat(v)
		if !ok {
			return nil, wantErr(path, "a number", v)
		}
		if s.Type() == avro.Float {
			return binary.LittleEndian.AppendUint32(dst, math.Float32bits(float32(f))), nil
		}
		return binary.LittleEndian.AppendUint64(dst, math.Float64bits(f)), nil
	case avro.String:
		if v.Type != gjson.String {
			return nil, wantErr(path, "a string", v)
		}
		dst = binary.AppendVarint(dst, int64(len(v.Str)))
		return append(dst, v.Str...), nil
	case avro.Bytes:
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if v.Type != gjson.String || err != nil {
			return nil, wantErr(path, "bytes in base64", v)
		}
		dst = binary.AppendVarint(dst, int64(len(b)))
		return append(dst, b...), nil
	}
	return nil, fieldErr(path, fmt.Errorf("type %s not supported", s.Type()))
}

// jsonFloat reads a number, or the strings decodeAvro writes for NaN and
// the infinities.
func jsonFloat(v gjson.Result) (float64, bool) {
	switch v.Type {
	case gjson.Number:
		return v.Num, true
	case gjson.String:
		switch v.Str {
		case "NaN":
			return math.NaN(), true
		case "Infinity":
			return math.Inf(1), true
		case "-Infinity":
			return math.Inf(-1), true
		}
	}
	return 0, false
}
