package model

import "testing"

// Filters read a schema encoded record's decoded JSON: fields, text and
// the key, a string key without its quotes.
func TestFilterReadsDecodedJSON(t *testing.T) {
	r := Record{Topic: "t", Key: []byte{0, 0, 0, 0, 1, 2, 'k'}, Value: []byte{0, 0, 0, 0, 2, 9},
		KeySchema:   &SchemaRead{ID: 1, JSON: []byte(`"k-1"`)},
		ValueSchema: &SchemaRead{ID: 2, JSON: []byte(`{"temp":81.5,"site":"north"}`)}}
	tests := []struct {
		filter string
		want   bool
	}{
		{"temp>80", true},
		{"temp<80", false},
		{"site=north", true},
		{"north", true},
		{"key=k-1", true},
		{`key="k-1"`, true},
		{"re:^k-", true},
	}
	for _, tc := range tests {
		f, err := ParseFilter(tc.filter, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Match(&r); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.filter, got, tc.want)
		}
	}
}

// Edit and resend gives a schema encoded value back as its JSON and its
// schema, so the Produce form encodes it again.
func TestRecordFormKeepsTheSchema(t *testing.T) {
	r := Record{Topic: "t", Value: []byte{0, 0, 0, 0, 9, 0xff},
		ValueSchema: &SchemaRead{ID: 9, Subject: "t-value", Version: 3, Message: "pkg.M", JSON: []byte(`{"a":1}`)}}
	f, lost := RecordForm(&r)
	if f.Value != `{"a":1}` || f.Schema != "t-value@3#pkg.M" || len(lost) != 0 {
		t.Errorf("form %+v, lost %v", f, lost)
	}
	ref, err := ParseSchemaRef(f.Schema)
	if err != nil || ref.Subject != "t-value" || ref.Version != 3 || ref.Message != "pkg.M" {
		t.Errorf("ref %+v %v", ref, err)
	}
}
