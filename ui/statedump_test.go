package ui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// stateDump writes everything reachable from v, following pointers, maps
// and slices, so a write anywhere in a pane's state shows as a changed
// dump. The session's Common (shared styles, keys, store) is skipped, and
// so are functions and channels (not comparable); a pointer back into
// the path being walked (a cycle) is named, not walked again.
func stateDump(v any) string {
	var b strings.Builder
	d := dumper{b: &b, seen: map[uintptr]bool{}}
	d.walk(reflect.ValueOf(v))
	return b.String()
}

type dumper struct {
	b    *strings.Builder
	seen map[uintptr]bool
}

var commonType = reflect.TypeFor[*Common]()

func (d dumper) walk(v reflect.Value) {
	if !v.IsValid() {
		d.b.WriteString("<invalid>")
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.Type() == commonType || v.IsNil() {
			d.b.WriteString("<ptr>")
			return
		}
		if d.seen[v.Pointer()] { // a cycle
			d.b.WriteString("<cycle>")
			return
		}
		d.seen[v.Pointer()] = true
		d.b.WriteString("&")
		d.walk(v.Elem())
		delete(d.seen, v.Pointer())
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("nil")
			return
		}
		d.walk(v.Elem())
	case reflect.Struct:
		d.b.WriteString("{")
		for i := range v.NumField() {
			d.b.WriteString(v.Type().Field(i).Name + ":")
			d.walk(v.Field(i))
			d.b.WriteString(" ")
		}
		d.b.WriteString("}")
	case reflect.Slice, reflect.Array:
		// Only the elements in use: a reused buffer's spare capacity is
		// not state.
		d.b.WriteString("[")
		for i := range v.Len() {
			d.walk(v.Index(i))
			d.b.WriteString(",")
		}
		d.b.WriteString("]")
	case reflect.Map:
		var entries []string
		it := v.MapRange()
		for it.Next() {
			var e strings.Builder
			sub := dumper{b: &e, seen: d.seen}
			sub.walk(it.Key())
			e.WriteString("=")
			sub.walk(it.Value())
			entries = append(entries, e.String())
		}
		slices.Sort(entries)
		d.b.WriteString("map[" + strings.Join(entries, ",") + "]")
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		d.b.WriteString("<" + v.Kind().String() + ">")
	case reflect.String:
		fmt.Fprintf(d.b, "%q", v.String())
	case reflect.Bool:
		fmt.Fprint(d.b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprint(d.b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprint(d.b, v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprint(d.b, v.Float())
	case reflect.Complex64, reflect.Complex128:
		fmt.Fprint(d.b, v.Complex())
	}
}
