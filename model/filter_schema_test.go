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
