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
