package serde

import (
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// A plan is what decoding a message needs of its descriptor, worked out
// once when the schema compiles: descriptor interface calls and JSON keys
// would otherwise cost more per record than reading the wire. Plans are
// immutable, shared by every goroutine decoding with the schema.
type msgPlan struct {
	name      protoreflect.FullName
	timestamp bool // google.protobuf.Timestamp: written as RFC 3339
	fields    []fieldPlan
	byNum     []int16 // field number -> index+1, for numbers below len
	more      map[protowire.Number]int
}

type fieldPlan struct {
	fd    protoreflect.FieldDescriptor
	key   string // `"name":`
	kind  protoreflect.Kind
	list  bool
	isMap bool
	oneof bool   // a real oneof member: absent means not written
	zero  string // the JSON of an absent field
}

// plans holds a plan per message reachable from a schema's file.
type plans map[protoreflect.FullName]*msgPlan

func newPlans(fd protoreflect.FileDescriptor) plans {
	ps := plans{}
	var walk func(ms protoreflect.MessageDescriptors)
	walk = func(ms protoreflect.MessageDescriptors) {
		for i := range ms.Len() {
			ps.add(ms.Get(i))
			walk(ms.Get(i).Messages())
		}
	}
	walk(fd.Messages())
	return ps
}

// add plans md and every message its fields reach (imports included).
func (ps plans) add(md protoreflect.MessageDescriptor) {
	if _, done := ps[md.FullName()]; done {
		return
	}
	mp := &msgPlan{name: md.FullName(), timestamp: md.FullName() == "google.protobuf.Timestamp"}
	ps[md.FullName()] = mp
	fields := md.Fields()
	for i := range fields.Len() {
		fd := fields.Get(i)
		var z protoJSON
		z.zero(fd)
		fp := fieldPlan{fd: fd, key: string(appendJSONString(nil, string(fd.Name()))) + ":", kind: fd.Kind(),
			list: fd.IsList(), isMap: fd.IsMap(), zero: string(z.out),
			oneof: fd.ContainingOneof() != nil && !fd.ContainingOneof().IsSynthetic()}
		mp.fields = append(mp.fields, fp)
		if n := fd.Number(); n < 256 {
			for len(mp.byNum) <= int(n) {
				mp.byNum = append(mp.byNum, 0)
			}
			mp.byNum[n] = int16(i + 1)
		} else {
			if mp.more == nil {
				mp.more = map[protowire.Number]int{}
			}
			mp.more[n] = i
		}
		if sub := fd.Message(); sub != nil {
			ps.add(sub) // map entries too: their value may be a message
		}
	}
}

// index is the plan index of field number n, -1 when the message does
// not declare it (an unknown field, skipped).
func (mp *msgPlan) index(n protowire.Number) int {
	if int(n) < len(mp.byNum) {
		return int(mp.byNum[n]) - 1
	}
	if i, ok := mp.more[n]; ok {
		return i
	}
	return -1
}

// stream writes a message in one pass over the wire when its fields come
// in declaration order, each singular field once and each repeated
// field's elements together (as every encoder writes them), with no
// scratch at all. handled is false, and nothing is written, when the
// payload is not in that shape; the general path then reads it.
func (p *protoJSON) stream(mp *msgPlan, b []byte, depth int) (handled bool, err error) {
	start := len(p.out)
	p.out = append(p.out, '{')
	next, open, elems, wrote := 0, -1, 0, false
	// emitUpTo writes the absent fields before plan index end.
	emitUpTo := func(end int) {
		for ; next < end; next++ {
			f := &mp.fields[next]
			if f.oneof {
				continue
			}
			if wrote {
				p.out = append(p.out, ',')
			}
			wrote = true
			p.out = append(p.out, f.key...)
			p.out = append(p.out, f.zero...)
		}
	}
	for pos := 0; pos < len(b); {
		num, typ, n := protowire.ConsumeTag(b[pos:])
		if n < 0 {
			return true, protowire.ParseError(n)
		}
		vstart := pos + n
		m := protowire.ConsumeFieldValue(num, typ, b[vstart:])
		if m < 0 {
			return true, fieldNumErr(num, protowire.ParseError(m))
		}
		v := b[vstart : vstart+m]
		pos = vstart + m
		idx := mp.index(num)
		if idx < 0 {
			continue
		}
		f := &mp.fields[idx]
		if idx == open { // the next element of the open list
			if elems, err = p.element(f, typ, v, depth, elems); err != nil {
				return true, fieldNameErr(f, err)
			}
			continue
		}
		if open >= 0 {
			p.out = append(p.out, ']')
			open = -1
		}
		if idx < next || f.isMap {
			p.out = p.out[:start]
			return false, nil
		}
		emitUpTo(idx)
		if wrote {
			p.out = append(p.out, ',')
		}
		wrote = true
		p.out = append(p.out, f.key...)
		next = idx + 1
		if f.list {
			p.out = append(p.out, '[')
			open = idx
			if elems, err = p.element(f, typ, v, depth, 0); err != nil {
				return true, fieldNameErr(f, err)
			}
			continue
		}
		if err := p.scalar(f.fd, typ, v, depth); err != nil {
			return true, fieldNameErr(f, err)
		}
	}
	if open >= 0 {
		p.out = append(p.out, ']')
	}
	emitUpTo(len(mp.fields))
	p.out = append(p.out, '}')
	return true, nil
}

// element writes one wire occurrence of a repeated field (one value, or
// a packed run of them) after the count elements already in the array,
// and returns the new count.
func (p *protoJSON) element(f *fieldPlan, typ protowire.Type, v []byte, depth, count int) (int, error) {
	if typ != protowire.BytesType || !packable(f.kind) {
		if count > 0 {
			p.out = append(p.out, ',')
		}
		return count + 1, p.scalar(f.fd, typ, v, depth)
	}
	v, _ = protowire.ConsumeBytes(v)
	want := wireType(f.kind)
	for len(v) > 0 {
		m := protowire.ConsumeFieldValue(0, want, v)
		if m < 0 {
			return count, protowire.ParseError(m)
		}
		if count > 0 {
			p.out = append(p.out, ',')
		}
		if err := p.scalar(f.fd, want, v[:m], depth); err != nil {
			return count, err
		}
		count++
		v = v[m:]
	}
	return count, nil
}

func fieldNumErr(n protowire.Number, err error) error { return fmt.Errorf("field %d: %w", n, err) }

func fieldNameErr(f *fieldPlan, err error) error { return fmt.Errorf("field %s: %w", f.fd.Name(), err) }
