package model

import "github.com/tidwall/gjson"

// pathAt is the view's i-th lookup path: the key, the status, then each
// field's ("" where the view has none).
func (v *TopicView) pathAt(i int) string {
	switch i {
	case 0:
		return v.Key
	case 1:
		return v.Status
	}
	return v.Fields[i-2].Path
}

// simplePath reports whether p names a top-level member as it is, with
// none of gjson's path syntax.
func simplePath(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '.', '*', '?', '|', '#', '@', '\\', '!', '{', '}', '[', ']', '=', ',', ':', '"':
			return false
		}
	}
	return true
}

// lookup finds the view's paths in root, appended to dst in pathAt order
// (a path not found, or "", gives an empty Result). When every path is a
// plain top-level name, which is the common case, the object is walked
// once instead of once per path: decoding is most of a catch-up's work.
func (v *TopicView) lookup(root gjson.Result, dst []gjson.Result) []gjson.Result {
	n := 2 + len(v.Fields)
	dst = append(dst[:0], make([]gjson.Result, n)...)
	simple, left := true, 0
	for i := range n {
		if p := v.pathAt(i); p != "" {
			left++
			simple = simple && simplePath(p)
		}
	}
	if !simple {
		for i := range n {
			if p := v.pathAt(i); p != "" {
				dst[i] = root.Get(p)
			}
		}
		return dst
	}
	root.ForEach(func(k, val gjson.Result) bool {
		for i := range n {
			// The first member of a name wins, as with gjson's Get; a
			// view without a status has no "" path to match a member "".
			if p := v.pathAt(i); p != "" && !dst[i].Exists() && p == k.Str {
				dst[i] = val
				left--
			}
		}
		return left > 0
	})
	return dst
}
