package model

import (
	"testing"

	"github.com/tidwall/gjson"
)

// The one-pass lookup must find what gjson's Get finds, path by path.
func TestLookupMatchesGet(t *testing.T) {
	v := &TopicView{Key: "id", Status: "st", Fields: []Field{{Path: "a"}, {Path: "b"}, {Path: "id"}}}
	nested := &TopicView{Key: "m.id", Status: "st", Fields: []Field{{Path: "a"}, {Path: "x.y"}}}
	for _, tc := range []struct {
		name string
		view *TopicView
		json string
	}{
		{"all present", v, `{"id":"w1","st":"on","a":1.5,"b":"2"}`},
		{"missing and null", v, `{"id":null,"a":3}`},
		{"duplicate names: the first wins", v, `{"a":1,"a":2,"id":"x","id":"y"}`},
		{"escaped name", v, `{"\u0061":7,"id":"k"}`},
		{"nested paths fall back to Get", nested, `{"m":{"id":"q"},"x":{"y":4},"a":1}`},
		{"empty object", v, `{}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := gjson.Parse(tc.json)
			got := tc.view.lookup(root, nil)
			for i := range got {
				p := tc.view.pathAt(i)
				if p == "" {
					continue
				}
				if want := root.Get(p); got[i].Raw != want.Raw || got[i].Type != want.Type {
					t.Errorf("path %q: got %q, Get gives %q", p, got[i].Raw, want.Raw)
				}
			}
		})
	}
}

// FuzzLookupMatchesGet: on any valid JSON object, the view's lookup finds
// for every path the first member of that name, and a view without a
// status does not take a member named "" for it (which once stopped the
// walk before the fields).
func FuzzLookupMatchesGet(f *testing.F) {
	for _, s := range []string{
		`{"id":"w1","st":"on","a":1.5,"b":"2"}`, `{"a":{"b":[1,{"c":"}"}]},"id":"x\"y"}`,
		`{ "a" : [ ] , "b" : { } , "c" : "\\" , "d" : -1e5 }`, `{"\u0061":7,"a":8}`, `{"":1,"n":null,"t":true}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !gjson.Valid(s) {
			return
		}
		root := gjson.Parse(s)
		if !root.IsObject() {
			return
		}
		var names []string
		root.ForEach(func(k, _ gjson.Result) bool {
			if simplePath(k.Str) && k.Str != "" {
				names = append(names, k.Str)
			}
			return len(names) < 4
		})
		if len(names) == 0 {
			return
		}
		v := &TopicView{Key: names[0]}
		for _, n := range names[1:] {
			v.Fields = append(v.Fields, Field{Path: n})
		}
		got := v.lookup(root, nil)
		for i := range got {
			p := v.pathAt(i)
			if p == "" {
				continue
			}
			// ForEach's first member of that name (Get may read a
			// different one for names gjson's syntax treats specially).
			var want gjson.Result
			root.ForEach(func(k, val gjson.Result) bool {
				if k.Str == p {
					want = val
					return false
				}
				return true
			})
			if got[i].Raw != want.Raw || got[i].Type != want.Type || got[i].Str != want.Str || got[i].Num != want.Num && !(got[i].Num != got[i].Num) {
				t.Fatalf("%s: path %q: got %#v, ForEach gives %#v", s, p, got[i], want)
			}
		}
	})
}
