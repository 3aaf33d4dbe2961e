package ui

import (
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/washboard/washboard/model"
)

// logExampleRecords is how many of the newest records the Log's filter
// examples are looked for in: help opens rarely, and a few dozen records
// show a topic's fields.
const logExampleRecords = 64

// genericFieldExamples are the filter's field examples where the Log holds
// no JSON record to take them from.
const genericFieldExamples = "count>10  name=value  meta.id!=x"

// logFieldExamples is the Log filter's field examples in the fields of
// the JSON records the Log holds, newest first: a number compared, a
// string matched, a nested field negated, each with a value seen
// (`amount>1200  currency=EUR  meta.source!=web`), so a cluster's own
// fields are the examples, not the demo's (ut34b-22); generic where none.
func logFieldExamples(log *model.Ring[model.Record]) string {
	var num, str, nested string
	for i := 0; log != nil && i < min(log.Len(), logExampleRecords) && (num == "" || str == "" || nested == ""); i++ {
		v := gjson.ParseBytes(log.At(log.Len() - 1 - i).Value)
		if !v.IsObject() {
			continue
		}
		v.ForEach(func(k, val gjson.Result) bool {
			name := k.String()
			if !plainFieldName(name) {
				return true
			}
			switch {
			case val.Type == gjson.Number && num == "":
				num = name + ">" + strconv.FormatInt(val.Int(), 10)
			case val.Type == gjson.String && str == "" && plainFieldValue(val.Str):
				str = name + "=" + val.Str
			case val.IsObject() && nested == "":
				val.ForEach(func(k2, v2 gjson.Result) bool {
					if plainFieldName(k2.String()) && (v2.Type == gjson.Number || v2.Type == gjson.String && plainFieldValue(v2.Str)) {
						nested = name + "." + k2.String() + "!=" + v2.String()
						return false
					}
					return true
				})
			}
			return num == "" || str == "" || nested == ""
		})
	}
	var ex []string
	for _, e := range []string{num, str, nested} {
		if e != "" {
			ex = append(ex, e)
		}
	}
	if len(ex) == 0 {
		return genericFieldExamples
	}
	return strings.Join(ex, "  ")
}

// plainFieldName reports whether a JSON member's name can be written in a
// filter as it is: short, letters, digits, _ and -.
func plainFieldName(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// plainFieldValue reports whether a string value reads in an example
// without quoting: short and without spaces or control characters.
func plainFieldValue(s string) bool {
	return s != "" && len(s) <= 16 && plainFieldName(strings.ReplaceAll(strings.ReplaceAll(s, ".", "_"), ":", "_"))
}
