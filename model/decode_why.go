package model

import (
	"strconv"
	"strings"
)

// UnreadableWhy is what a view pane that holds no key says once records
// of its topic came and none could be read: how many, and why in the
// view's own paths (ut38a-19: a saved view on `Statee` said `waiting for
// records on Student…` for good while every record was counted
// unreadable; ut36a-28: Avro records without a registry said nothing).
// lastErr is the table's LastErr; a view saved from the console says
// where it lives and how to mend it. "" when no record was unreadable.
func UnreadableWhy(v *TopicView, unreadable uint64, lastErr string) string {
	if unreadable == 0 {
		return ""
	}
	n := strconv.FormatUint(unreadable, 10) + " records"
	if unreadable == 1 {
		n = "1 record"
	}
	why := lastErr
	switch lastErr {
	case ErrNoStatus.Error():
		why = "no field " + PrintableString(v.Status) + " (the status) in them"
	case ErrNoKey.Error():
		why = "no field " + PrintableString(v.Key) + " (the key) and no Kafka key"
	case ErrNoNumbers.Error():
		var paths []string
		for _, f := range v.Fields {
			paths = append(paths, PrintableString(f.Path))
		}
		why = "none of the fields " + strings.Join(paths, ", ") + " in them"
	case ErrNotJSON.Error():
		why = "the values are not JSON objects"
	}
	out := n + " unreadable: " + why
	if v.Saved {
		out += " (saved in views.toml; v on its Topics row edits it)"
	}
	return out
}
