package model

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

// maxInferFields is the numeric fields an inferred series view charts.
const maxInferFields = 4

// fieldSeen is what the recent records say about one JSON path.
type fieldSeen struct {
	path     string
	numbers  int // values that are numbers (or numeric strings)
	strings  int // values that are strings
	distinct map[string]bool
}

// InferView proposes a view of topic from its recent records (issue 15):
// the key (the Kafka key when the records have varied keys, else the
// string field with the most distinct values), up to four numeric fields
// to chart, and a string field with few values as the status; thresholds
// are left empty. It is a series view when there are numbers, else a
// status view; values that are not JSON get a view of the Kafka key with
// the partition as status (PartitionStatus), whose per-status sparkline
// is the record rate. The error says in words why nothing can be charted.
func InferView(topic string, recs []Record) (TopicView, error) {
	v := TopicView{Topic: topic, Title: topic}
	if len(recs) == 0 {
		return v, fmt.Errorf("no records of %s held to infer a view from (w reads it)", topic)
	}
	fields := map[string]*fieldSeen{}
	var order []string
	objects, keyed := 0, 0
	keys := map[string]bool{}
	for i := range recs {
		r := &recs[i]
		if len(r.Key) > 0 {
			keyed++
			keys[string(r.Key)] = true
		}
		root := gjson.ParseBytes(r.Value)
		if !root.IsObject() {
			continue
		}
		objects++
		walk(root, "", 0, func(path string, val gjson.Result) {
			f := fields[path]
			if f == nil {
				f = &fieldSeen{path: path, distinct: map[string]bool{}}
				fields[path] = f
				order = append(order, path)
			}
			switch val.Type {
			case gjson.Number:
				f.numbers++
			case gjson.String:
				if _, err := strconv.ParseFloat(strings.TrimSpace(val.Str), 64); err == nil {
					f.numbers++
				} else {
					f.strings++
				}
				if len(f.distinct) < 1000 {
					f.distinct[val.Str] = true
				}
			}
		})
	}
	if objects*2 < len(recs) {
		// Not JSON: the Kafka key, and the record rate per partition.
		v.Kind, v.Status = StatusView, PartitionStatus
		return v, nil
	}
	half := objects / 2
	// The key: varied Kafka keys, else the most varied string field.
	if keyed*2 >= len(recs) && len(keys) >= 2 {
		v.Key = ""
	} else {
		best := 0
		for _, p := range order {
			f := fields[p]
			if f.strings > half && len(f.distinct) >= 2 && len(f.distinct) > best {
				v.Key, best = p, len(f.distinct)
			}
		}
		if v.Key == "" && (keyed*2 < len(recs) || len(keys) < 2) {
			return v, fmt.Errorf("%s has no key: its records have no varied Kafka key and no string field with several values", topic)
		}
	}
	for _, p := range order {
		f := fields[p]
		if p == v.Key || f.numbers <= half || idLike(p) {
			continue
		}
		if len(v.Fields) < maxInferFields {
			v.Fields = append(v.Fields, Field{Path: p, Label: lastSegment(p)})
		}
	}
	v.Status = inferStatus(order, fields, half, v.Key, recs)
	switch {
	case len(v.Fields) > 0:
		v.Kind = SeriesView
	case v.Status != "":
		v.Kind = StatusView
	default:
		return v, fmt.Errorf("%s has no numeric field and no status-like string field in its recent records", topic)
	}
	return v, nil
}

// inferStatus is the status of a view keyed by key: among the string
// fields whose values read as a status (not the key, nor a copy of the
// Kafka key, in most records a string, 2 to 12 values), one whose name
// says it is a status (statusName) before one whose name does not, then
// the field that is a string in the most records, then the first seen.
// The name only orders fields the values made candidates: a `status`
// holding hundreds of values is no status, and a `currency` of USD and EUR
// is one only where no field is named as one (ut40a-18: payments'
// `status` of settled/pending lost to `currency`, first in the record).
func inferStatus(order []string, fields map[string]*fieldSeen, half int, key string, recs []Record) string {
	best, bestNamed, bestStrings := "", false, 0
	for _, p := range order {
		f := fields[p]
		if p == key || f.strings <= half || len(f.distinct) < 2 || len(f.distinct) > 12 || key == "" && copiesKey(recs, p) {
			continue
		}
		named := statusName(p)
		if best == "" || named && !bestNamed || named == bestNamed && f.strings > bestStrings {
			best, bestNamed, bestStrings = p, named, f.strings
		}
	}
	return best
}

// statusName reports whether a field's name says it holds a status: the
// words a record names its state by.
func statusName(path string) bool {
	switch strings.ToLower(lastSegment(path)) {
	case "status", "state", "phase", "stage", "outcome", "result", "health", "condition":
		return true
	}
	return strings.HasSuffix(strings.ToLower(lastSegment(path)), "_status") || strings.HasSuffix(strings.ToLower(lastSegment(path)), "_state")
}

// copiesKey reports whether field path holds the record's Kafka key in
// most records (a "user" field of records keyed by user).
func copiesKey(recs []Record, path string) bool {
	same := 0
	for i := range recs {
		if len(recs[i].Key) > 0 && gjson.GetBytes(recs[i].Value, path).Str == string(recs[i].Key) {
			same++
		}
	}
	return same*5 >= len(recs)*4
}

// walk calls fn for every leaf of obj up to two levels deep, with its
// gjson path ("a.b"). Keys that gjson paths cannot address are skipped.
func walk(obj gjson.Result, prefix string, depth int, fn func(string, gjson.Result)) {
	obj.ForEach(func(k, val gjson.Result) bool {
		name := k.String()
		if name == "" || strings.ContainsAny(name, ".*?|#@\\ ") {
			return true
		}
		path := prefix + name
		if val.IsObject() {
			if depth < 1 {
				walk(val, path+".", depth+1, fn)
			}
			return true
		}
		fn(path, val)
		return true
	})
}

// idLike is a field that numbers or dates records rather than measures them.
func idLike(path string) bool {
	seg := lastSegment(path)
	switch strings.ToLower(seg) {
	case "id", "ts", "timestamp", "time", "offset", "seq":
		return true
	}
	return strings.HasSuffix(strings.ToLower(seg), "_id") || strings.HasSuffix(seg, "Id") || strings.HasSuffix(seg, "ID")
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// RecordKey as a view's key path (in a view line, config.toml or
// views.toml) is the record's Kafka key; TopicView.Key holds it as "".
const RecordKey = "@key"

// ViewSpec is a view in one editable line: "series key=user fields=amount,total
// status=state"; key=@key is the Kafka key.
func ViewSpec(v TopicView) string {
	parts := []string{string(v.Kind)}
	key := v.Key
	if key == "" {
		key = RecordKey
	}
	parts = append(parts, "key="+key)
	if len(v.Fields) > 0 {
		var fs []string
		for _, f := range v.Fields {
			fs = append(fs, f.Path)
		}
		parts = append(parts, "fields="+strings.Join(fs, ","))
	}
	if v.Status != "" {
		parts = append(parts, "status="+v.Status)
	}
	return strings.Join(parts, " ")
}

// ParseViewSpec reads a ViewSpec line back into a view of topic; errors
// say which word is wrong.
func ParseViewSpec(topic, spec string) (TopicView, error) {
	v := TopicView{Topic: topic, Title: topic}
	for _, w := range strings.Fields(spec) {
		name, val, ok := strings.Cut(w, "=")
		switch {
		case !ok && (w == string(SeriesView) || w == string(StatusView)):
			v.Kind = ViewKind(w)
		case name == "key":
			if val != RecordKey {
				v.Key = val
			}
		case name == "fields":
			for _, p := range strings.Split(val, ",") {
				if p = strings.TrimSpace(p); p != "" {
					v.Fields = append(v.Fields, Field{Path: p, Label: lastSegment(p)})
				}
			}
		case name == "status":
			v.Status = val
		case name == "title":
			v.Title = val
		default:
			return v, fmt.Errorf("%q: the view is written like: series key=user fields=amount,total status=state", w)
		}
	}
	if v.Kind == "" {
		v.Kind = SeriesView
		if len(v.Fields) == 0 {
			v.Kind = StatusView
		}
	}
	return v, v.Validate()
}
