package model

import (
	"strings"
	"testing"
)

// ut38a-15: a view line naming a path no held record has is refused in
// words that name the path, the nearest one the records have, and those
// they have; paths some record has, @key and @partition pass.
func TestCheckViewPathsRefusesAbsentFields(t *testing.T) {
	recs := []Record{
		{Key: []byte("s-1"), Value: []byte(`{"StudentId":"s-1","State":"in","score":3}`)},
		{Key: []byte("s-2"), Value: []byte(`{"StudentId":"s-2","State":"out","extra":{"n":1}}`)},
	}
	for _, tt := range []struct {
		spec string
		want string // "" when taken
	}{
		{"series key=StudentId fields=score status=State", ""},
		{"series key=@key fields=extra.n", ""},
		{"status key=@key status=@partition", ""},
		{"series key=StudentId fields=Statee", `fields: "Statee" is in none of the 2 records read (did you mean State?); they have StudentId, State, score, extra.n`},
		{"status key=Studentid status=State", `key: "Studentid" is in none of the 2 records read (did you mean StudentId?); they have`},
		{"status key=@key status=mood", `status: "mood" is in none of the 2 records read; they have StudentId`},
	} {
		v, err := ParseViewSpec("Student", tt.spec)
		if err != nil {
			t.Fatalf("%s: %v", tt.spec, err)
		}
		err = CheckViewPaths(v, recs)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tt.spec, err)
		case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
			t.Errorf("%s: got %v, want %q", tt.spec, err, tt.want)
		}
	}
	if err := CheckViewPaths(TopicView{Topic: "t", Kind: SeriesView, Fields: []Field{{Path: "x"}}}, nil); err != nil {
		t.Errorf("no records held: refused %v", err)
	}
}
