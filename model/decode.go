package model

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unsafe"

	"github.com/tidwall/gjson"
)

// Decode errors, counted per view so a pane can say how many records it
// could not read.
var (
	ErrNotJSON    = errors.New("value is not a JSON object")
	ErrNoKey      = errors.New("no key field and no record key")
	ErrNoStatus   = errors.New("status field missing")
	ErrNoNumbers  = errors.New("none of the numeric fields present")
	errWrongTypeF = "field %s: %s is not a number"
)

// PartitionStatus as a status view's status path makes the record's
// partition its status and the Kafka key its key, whatever the value
// holds: a topic whose values are not JSON still shows its keys and its
// record rate (per partition).
const PartitionStatus = "@partition"

// noKey is the key of keyless records in a PartitionStatus view.
const noKey = "(no key)"

// Decoded is what a view takes from one record. Key and Status may point
// into the record's bytes (records are never modified once folded, so this
// is safe); the tables copy the strings they keep, so decoding does not
// allocate.
type Decoded struct {
	Key    string
	Status string
	Values []float64 // one per view field; NaN where the field is missing
}

// Decode reads r as v says, filling d (whose Values slice is reused). A
// record missing its key field falls back to the Kafka key; a missing
// numeric field is NaN (a gap, not a zero).
func (v *TopicView) Decode(r *Record, d *Decoded) error {
	if v.Status == PartitionStatus { // any value: the Kafka key and the partition
		d.Key, d.Status, d.Values = r.KeyString(), strconv.Itoa(r.Partition), d.Values[:0]
		if d.Key == "" {
			d.Key = noKey
		}
		return nil
	}
	value := r.ValueData()
	if !gjson.ValidBytes(value) {
		return ErrNotJSON
	}
	root := gjson.Parse(bytesString(value))
	if !root.IsObject() {
		return ErrNotJSON
	}
	var scratch [8]gjson.Result
	res := v.lookup(root, scratch[:0])
	var field gjson.Result
	if v.Key != "" {
		field = res[0]
	}
	key, ok := keyOf(field, r)
	if !ok {
		return ErrNoKey
	}
	d.Key = key
	d.Status = ""
	if v.Status != "" {
		if s := res[1]; s.Exists() && s.Type != gjson.Null {
			d.Status = v.enumName(scalarString(s))
		}
	}
	if v.Kind == StatusView && d.Status == "" {
		return ErrNoStatus
	}
	return v.decodeNumbers(res[2:], d)
}

// decodeNumbers reads the view's fields from their looked-up values.
func (v *TopicView) decodeNumbers(res []gjson.Result, d *Decoded) error {
	d.Values = d.Values[:0]
	var err error
	found := 0
	for i := range v.Fields {
		x := math.NaN()
		f := res[i]
		switch f.Type {
		case gjson.Number:
			x = f.Num
		case gjson.String:
			// "58.2" is a number written by a loose producer; "hot" is not.
			if n, perr := strconv.ParseFloat(f.Str, 64); perr == nil {
				x = n
			} else if err == nil {
				err = fmt.Errorf(errWrongTypeF, v.Fields[i].Path, strconv.Quote(f.Str))
			}
		case gjson.Null:
		default:
			if f.Exists() && err == nil {
				err = fmt.Errorf(errWrongTypeF, v.Fields[i].Path, f.Type.String())
			}
		}
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			found++
		} else {
			x = math.NaN()
		}
		d.Values = append(d.Values, x)
	}
	if v.Kind == SeriesView && found == 0 {
		if err != nil {
			return err
		}
		return ErrNoNumbers
	}
	return nil
}

// KeyOf is a record's key as the view sees it, the one rule every part of
// washboard follows (Decode, the panes, the Log's key column, the filter's
// id=): the value's key field when the view names one and the value has
// it (not null), else the Kafka record key. ok is false when there is
// neither. The string may point into the record's bytes.
func (v *TopicView) KeyOf(r *Record) (key string, ok bool) {
	var field gjson.Result
	if value := r.ValueData(); v != nil && v.Key != "" && isObject(value) {
		field = gjson.GetBytes(value, v.Key)
	}
	return keyOf(field, r)
}

// keyOf applies KeyOf's rule to the key field as found in the value.
func keyOf(field gjson.Result, r *Record) (string, bool) {
	if field.Exists() && field.Type != gjson.Null {
		if k := scalarString(field); k != "" {
			return k, true
		}
	}
	if len(r.KeyData()) > 0 {
		return r.KeyString(), true // a schema encoded string key without its quotes
	}
	return "", false
}

// bytesString reads b as a string without copying it. b must not change while the
// string is in use; record bytes never do.
func bytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// scalarString renders a key or status value: strings as they are, numbers
// and booleans in their JSON spelling, objects as their raw text.
func scalarString(r gjson.Result) string {
	if r.Type == gjson.String {
		return r.Str
	}
	return r.Raw
}

func (v *TopicView) enumName(s string) string {
	if name, ok := v.Enum[s]; ok {
		return name
	}
	return s
}
