package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tidwall/gjson"
)

// maxSeenNamed is how many of the fields the records have a refusal names.
const maxSeenNamed = 8

// CheckViewPaths refuses a view whose key, field or status path is in none
// of recs (the topic's held records, as RecentValues gives them), naming
// the path, the nearest path the records have and the paths they have
// (ut38a-15: `fields=Statee` was saved although the 500 records read all
// had `State`, and the next start showed a pane that read nothing). With
// no records held nothing can be checked and the view is taken as
// written; the Kafka key (@key) and the partition (@partition) are in
// every record.
func CheckViewPaths(v TopicView, recs []Record) error {
	if len(recs) == 0 || v.Status == PartitionStatus {
		return nil
	}
	seen := seenPaths(recs)
	var paths []string
	if v.Key != "" {
		paths = append(paths, "key="+v.Key)
	}
	for _, f := range v.Fields {
		paths = append(paths, "fields="+f.Path)
	}
	if v.Status != "" {
		paths = append(paths, "status="+v.Status)
	}
	for _, p := range paths {
		word, path, _ := strings.Cut(p, "=")
		if inAny(recs, path) {
			continue
		}
		near := ""
		if c := Closest(path, seen); c != "" {
			near = " (did you mean " + c + "?)"
		}
		return fmt.Errorf("%s: %q is in none of the %d records read%s; they have %s",
			word, path, len(recs), near, namedPaths(seen))
	}
	return nil
}

// inAny reports whether path is in at least one of recs' values.
func inAny(recs []Record, path string) bool {
	for i := range recs {
		if gjson.GetBytes(recs[i].Value, path).Exists() {
			return true
		}
	}
	return false
}

// seenPaths is every leaf path (as walk finds them) of recs' JSON
// values, in the order first seen.
func seenPaths(recs []Record) []string {
	var out []string
	for i := range recs {
		root := gjson.ParseBytes(recs[i].Value)
		if !root.IsObject() {
			continue
		}
		walk(root, "", 0, func(path string, _ gjson.Result) {
			if !slices.Contains(out, path) {
				out = append(out, path)
			}
		})
	}
	return out
}

// namedPaths is paths in words, the first maxSeenNamed of them and how
// many more; "no JSON fields" for none.
func namedPaths(paths []string) string {
	if len(paths) == 0 {
		return "no JSON fields"
	}
	if len(paths) <= maxSeenNamed {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(paths[:maxSeenNamed], ", "), len(paths)-maxSeenNamed)
}
