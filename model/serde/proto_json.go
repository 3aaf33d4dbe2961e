package serde

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// protoJSON writes a Protobuf payload as JSON straight from the wire
// bytes, walking the message descriptor: no dynamic message is built, so
// a record costs one output buffer and a small scratch of field
// positions. Fields come in declaration order under their .proto names;
// fields absent from the payload are written with their default (a zero
// reading is a reading, not a gap), messages as null, repeated fields as
// []; 64-bit integers are JSON numbers (exact in the text); enums are
// their names; bytes are base64; google.protobuf.Timestamp is RFC 3339.
// Unknown fields are skipped.
type protoJSON struct {
	plans plans // nil: the general path only
	out   []byte
	occ   []occurrence // scratch, reused across nested messages
	size  int
}

// occurrence is one field on the wire: its index in the descriptor's
// fields and where its value lies in the message's bytes.
type occurrence struct {
	field      int32
	typ        protowire.Type
	start, end int32 // payloads are far below 2 GiB
}

const maxProtoDepth = 64

func decodeProtoJSON(ps plans, md protoreflect.MessageDescriptor, payload []byte) ([]byte, error) {
	p := protoJSON{plans: ps, out: make([]byte, 0, 2*len(payload)+32)}
	if err := p.message(md, payload, 0); err != nil {
		return nil, fmt.Errorf("bytes do not match %s: %w", md.FullName(), err)
	}
	return p.out, nil
}

func (p *protoJSON) message(md protoreflect.MessageDescriptor, b []byte, depth int) error {
	if depth > maxProtoDepth {
		return fmt.Errorf("nested more than %d deep", maxProtoDepth)
	}
	if len(p.out) > maxAvroOutput {
		return fmt.Errorf("decoded JSON is larger than %s", bytesWords(maxAvroOutput))
	}
	if mp := p.plans[md.FullName()]; mp != nil {
		if mp.timestamp {
			return p.timestamp(b)
		}
		if handled, err := p.stream(mp, b, depth); handled {
			return err
		}
	} else if md.FullName() == "google.protobuf.Timestamp" {
		return p.timestamp(b)
	}
	fields := md.Fields()
	base := len(p.occ)
	defer func() { p.occ = p.occ[:base] }()
	for pos := 0; pos < len(b); {
		num, typ, n := protowire.ConsumeTag(b[pos:])
		if n < 0 {
			return protowire.ParseError(n)
		}
		vstart := pos + n
		m := protowire.ConsumeFieldValue(num, typ, b[vstart:])
		if m < 0 {
			return fmt.Errorf("field %d: %w", num, protowire.ParseError(m))
		}
		if fd := fields.ByNumber(num); fd != nil {
			p.occ = append(p.occ, occurrence{field: int32(fd.Index()), typ: typ, start: int32(vstart), end: int32(vstart + m)})
		}
		pos = vstart + m
	}
	occ := p.occ[base:]
	p.out = append(p.out, '{')
	first := true
	for i := range fields.Len() {
		fd := fields.Get(i)
		last := -1
		for j := range occ {
			if int(occ[j].field) == i {
				last = j
			}
		}
		if last < 0 && fd.ContainingOneof() != nil && !fd.ContainingOneof().IsSynthetic() {
			continue // an unset oneof member is not a field of this message
		}
		if !first {
			p.out = append(p.out, ',')
		}
		first = false
		p.out = appendJSONString(p.out, string(fd.Name()))
		p.out = append(p.out, ':')
		var err error
		switch {
		case fd.IsMap():
			err = p.mapField(fd, b, occ[:last+1], i, depth)
		case fd.IsList():
			err = p.listField(fd, b, occ[:last+1], i, depth)
		case last < 0:
			p.zero(fd)
		default:
			o := occ[last]
			err = p.scalar(fd, o.typ, b[o.start:o.end], depth)
		}
		if err != nil {
			return fmt.Errorf("field %s: %w", fd.Name(), err)
		}
	}
	p.out = append(p.out, '}')
	return nil
}

func (p *protoJSON) listField(fd protoreflect.FieldDescriptor, b []byte, occ []occurrence, idx, depth int) error {
	p.out = append(p.out, '[')
	n := 0
	for _, o := range occ {
		if int(o.field) != idx {
			continue
		}
		v := b[o.start:o.end]
		if o.typ == protowire.BytesType && packable(fd.Kind()) {
			v, _ = protowire.ConsumeBytes(v)
			want := wireType(fd.Kind())
			for len(v) > 0 {
				m := protowire.ConsumeFieldValue(0, want, v)
				if m < 0 {
					return protowire.ParseError(m)
				}
				if n > 0 {
					p.out = append(p.out, ',')
				}
				if err := p.scalar(fd, want, v[:m], depth); err != nil {
					return err
				}
				v = v[m:]
				n++
			}
			continue
		}
		if n > 0 {
			p.out = append(p.out, ',')
		}
		if err := p.scalar(fd, o.typ, v, depth); err != nil {
			return err
		}
		n++
	}
	p.out = append(p.out, ']')
	return nil
}

func (p *protoJSON) mapField(fd protoreflect.FieldDescriptor, b []byte, occ []occurrence, idx, depth int) error {
	p.out = append(p.out, '{')
	n := 0
	kd, vd := fd.MapKey(), fd.MapValue()
	for _, o := range occ {
		if int(o.field) != idx {
			continue
		}
		entry, m := protowire.ConsumeBytes(b[o.start:o.end])
		if m < 0 || o.typ != protowire.BytesType {
			return errors.New("map entry is not length-delimited")
		}
		var key, val []byte
		var ktyp, vtyp protowire.Type
		for len(entry) > 0 {
			num, typ, tn := protowire.ConsumeTag(entry)
			if tn < 0 {
				return protowire.ParseError(tn)
			}
			vn := protowire.ConsumeFieldValue(num, typ, entry[tn:])
			if vn < 0 {
				return protowire.ParseError(vn)
			}
			switch num {
			case 1:
				key, ktyp = entry[tn:tn+vn], typ
			case 2:
				val, vtyp = entry[tn:tn+vn], typ
			}
			entry = entry[tn+vn:]
		}
		if n > 0 {
			p.out = append(p.out, ',')
		}
		n++
		// A JSON key is a string: write the key's value, quoted.
		at := len(p.out)
		if key == nil {
			p.zero(kd)
		} else if err := p.scalar(kd, ktyp, key, depth); err != nil {
			return err
		}
		if kd.Kind() != protoreflect.StringKind {
			k := string(p.out[at:])
			p.out = appendJSONString(p.out[:at], k)
		}
		p.out = append(p.out, ':')
		if val == nil {
			p.zero(vd)
		} else if err := p.scalar(vd, vtyp, val, depth); err != nil {
			return err
		}
	}
	p.out = append(p.out, '}')
	return nil
}

// zero writes an absent field's default.
func (p *protoJSON) zero(fd protoreflect.FieldDescriptor) {
	switch {
	case fd.IsList():
		p.out = append(p.out, "[]"...)
		return
	case fd.IsMap():
		p.out = append(p.out, "{}"...)
		return
	case fd.Message() != nil || (fd.HasPresence() && fd.Syntax() == protoreflect.Proto3):
		p.out = append(p.out, "null"...)
		return
	}
	switch v := fd.Default(); fd.Kind() {
	case protoreflect.BoolKind:
		p.out = strconv.AppendBool(p.out, v.Bool())
	case protoreflect.EnumKind:
		if ev := fd.Enum().Values().ByNumber(v.Enum()); ev != nil {
			p.out = appendJSONString(p.out, string(ev.Name()))
		} else {
			p.out = strconv.AppendInt(p.out, int64(v.Enum()), 10)
		}
	case protoreflect.StringKind:
		p.out = appendJSONString(p.out, v.String())
	case protoreflect.BytesKind:
		p.out = appendBase64(p.out, v.Bytes())
	case protoreflect.FloatKind, protoreflect.DoubleKind:
		p.out = appendFloat(p.out, v.Float(), 64)
	case protoreflect.Uint32Kind, protoreflect.Fixed32Kind, protoreflect.Uint64Kind, protoreflect.Fixed64Kind:
		p.out = strconv.AppendUint(p.out, v.Uint(), 10)
	default:
		p.out = strconv.AppendInt(p.out, v.Int(), 10)
	}
}

// scalar writes one value of fd (one element of a repeated field) from
// its wire bytes.
func (p *protoJSON) scalar(fd protoreflect.FieldDescriptor, typ protowire.Type, v []byte, depth int) error {
	k := fd.Kind()
	if want := wireType(k); typ != want {
		return fmt.Errorf("wire type %d where %s wants %d", typ, k, want)
	}
	switch typ {
	case protowire.VarintType:
		x, n := protowire.ConsumeVarint(v)
		if n < 0 {
			return protowire.ParseError(n)
		}
		switch k {
		case protoreflect.BoolKind:
			p.out = strconv.AppendBool(p.out, x != 0)
		case protoreflect.EnumKind:
			if ev := fd.Enum().Values().ByNumber(protoreflect.EnumNumber(int32(x))); ev != nil {
				p.out = appendJSONString(p.out, string(ev.Name()))
			} else {
				p.out = strconv.AppendInt(p.out, int64(int32(x)), 10)
			}
		case protoreflect.Int32Kind:
			p.out = strconv.AppendInt(p.out, int64(int32(x)), 10)
		case protoreflect.Sint32Kind:
			p.out = strconv.AppendInt(p.out, int64(int32(protowire.DecodeZigZag(x&math.MaxUint32))), 10)
		case protoreflect.Sint64Kind:
			p.out = strconv.AppendInt(p.out, protowire.DecodeZigZag(x), 10)
		case protoreflect.Uint32Kind:
			p.out = strconv.AppendUint(p.out, uint64(uint32(x)), 10)
		case protoreflect.Uint64Kind:
			p.out = strconv.AppendUint(p.out, x, 10)
		default: // int64
			p.out = strconv.AppendInt(p.out, int64(x), 10)
		}
	case protowire.Fixed32Type:
		x, n := protowire.ConsumeFixed32(v)
		if n < 0 {
			return protowire.ParseError(n)
		}
		switch k {
		case protoreflect.FloatKind:
			p.out = appendFloat(p.out, float64(math.Float32frombits(x)), 32)
		case protoreflect.Sfixed32Kind:
			p.out = strconv.AppendInt(p.out, int64(int32(x)), 10)
		default:
			p.out = strconv.AppendUint(p.out, uint64(x), 10)
		}
	case protowire.Fixed64Type:
		x, n := protowire.ConsumeFixed64(v)
		if n < 0 {
			return protowire.ParseError(n)
		}
		switch k {
		case protoreflect.DoubleKind:
			p.out = appendFloat(p.out, math.Float64frombits(x), 64)
		case protoreflect.Sfixed64Kind:
			p.out = strconv.AppendInt(p.out, int64(x), 10)
		default:
			p.out = strconv.AppendUint(p.out, x, 10)
		}
	case protowire.BytesType:
		b, n := protowire.ConsumeBytes(v)
		if n < 0 {
			return protowire.ParseError(n)
		}
		switch k {
		case protoreflect.StringKind:
			p.out = appendJSONBytes(p.out, b)
		case protoreflect.BytesKind:
			p.out = append(p.out, '"')
			p.out = base64.StdEncoding.AppendEncode(p.out, b)
			p.out = append(p.out, '"')
		default:
			return p.message(fd.Message(), b, depth+1)
		}
	default:
		return fmt.Errorf("wire type %d not supported", typ)
	}
	return nil
}

// timestamp writes google.protobuf.Timestamp as RFC 3339, as protojson.
func (p *protoJSON) timestamp(b []byte) error {
	var secs, nanos int64
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		if typ != protowire.VarintType {
			m := protowire.ConsumeFieldValue(num, typ, b)
			if m < 0 {
				return protowire.ParseError(m)
			}
			b = b[m:]
			continue
		}
		x, m := protowire.ConsumeVarint(b)
		if m < 0 {
			return protowire.ParseError(m)
		}
		b = b[m:]
		switch num {
		case 1:
			secs = int64(x)
		case 2:
			nanos = int64(int32(x))
		}
	}
	p.out = append(p.out, '"')
	p.out = time.Unix(secs, nanos).UTC().AppendFormat(p.out, time.RFC3339Nano)
	p.out = append(p.out, '"')
	return nil
}

func packable(k protoreflect.Kind) bool {
	return k != protoreflect.StringKind && k != protoreflect.BytesKind && k != protoreflect.MessageKind && k != protoreflect.GroupKind
}

func wireType(k protoreflect.Kind) protowire.Type {
	switch k {
	case protoreflect.FloatKind, protoreflect.Fixed32Kind, protoreflect.Sfixed32Kind:
		return protowire.Fixed32Type
	case protoreflect.DoubleKind, protoreflect.Fixed64Kind, protoreflect.Sfixed64Kind:
		return protowire.Fixed64Type
	case protoreflect.StringKind, protoreflect.BytesKind, protoreflect.MessageKind:
		return protowire.BytesType
	case protoreflect.GroupKind:
		return protowire.StartGroupType
	}
	return protowire.VarintType
}
