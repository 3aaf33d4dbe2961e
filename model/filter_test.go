package model

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

func filterRecords() []Record {
	return []Record{
		{Topic: LaundryTopic, Partition: 1, Offset: 10, Key: []byte("washer-03"),
			Value: []byte(`{"machine_id":"washer-03","program":"cotton-60","heat_c":85.5,"power_w":2150}`)},
		{Topic: LaundryTopic, Partition: 2, Offset: 11, Key: []byte("dryer-01"),
			Value: []byte(`{"machine_id":"dryer-01","program":"dry-high","heat_c":"70"}`)},
		{Topic: StudentTopic, Partition: 0, Offset: 3, Value: []byte(`{"StudentId":"s-17","State":0}`)},
		{Topic: StudentTopic, Partition: 0, Offset: 4, Value: []byte(`{"StudentId":"s-18","State":"LoggedOut"}`)},
		{Topic: RiderTopic, Partition: 0, Offset: 2, Key: []byte("location-update"), Value: []byte(`{"name":"Asha","location":"north"}`)},
		{Topic: "other", Partition: 0, Offset: 5, Key: []byte("\x1b]0;pwned\x07"), Value: []byte("\x1b[2Jred\xff")},
	}
}

func TestFilterMatches(t *testing.T) {
	tests := []struct {
		expr string
		want []int64 // offsets of matching records
	}{
		{"", []int64{10, 11, 3, 4, 2, 5}},
		{"washer", []int64{10}},
		{"WASHER", []int64{10}},
		{"asha", []int64{2}},
		{"re:^(washer|dryer)-0[13]$", []int64{10, 11}},
		{"re:pwned", []int64{5}},
		{"topic=Student", []int64{3, 4}},
		{"topic!=Student", []int64{10, 11, 2, 5}},
		{"partition=1", []int64{10}},
		{"partition>=1", []int64{10, 11}},
		{"offset<4", []int64{3, 2}},
		{"key=washer-03", []int64{10}},
		{"key=s-17", nil},                   // key= is the Kafka key only
		{"key=location-update", []int64{2}}, // even where the view keys by a field
		{"id=s-17", []int64{3}},             // no Kafka key: the view's key field
		{"id=Asha", []int64{2}},             // the view's key field wins over the Kafka key
		{"id=location-update", nil},         // as the Riders pane keys it
		{"id=washer-03", []int64{10}},
		{"id=\x1b]0;pwned\x07", []int64{5}}, // no view: the Kafka key
		{"value.id=x", nil},                 // a field named id
		{"key!=washer-03 topic=laundry-machine-logs", []int64{11}},
		{"State=LoggedIn", []int64{3}}, // enum name of 0
		{"State=loggedout", []int64{4}},
		{"State=0", []int64{3}},
		{"heat_c>80", []int64{10}},
		{"heat_c<=70", []int64{11}}, // a number written as a string
		{"heat_c!=85.5", []int64{11, 3, 4, 2, 5}},
		{"program=cotton-60 heat_c>80", []int64{10}},
		{"program=cotton-60 heat_c<80", nil},
		{`location="north"`, []int64{2}},
		{"value.name=asha", []int64{2}},
		{"nosuchthing", nil},
	}
	recs := filterRecords()
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			f, err := ParseFilter(tt.expr, DefaultViews())
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for i := range recs {
				if f.Match(&recs[i]) {
					got = append(got, recs[i].Offset)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("%q matched offsets %v, want %v", tt.expr, got, tt.want)
			}
		})
	}
}

func TestFilterErrorsSayWhatIsWrong(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"re:(unclosed", `bad pattern "(unclosed": missing )`},
		{"=x", "field name is needed"},
		{"partition=one", "partition is a number"},
		{"topic>Student", "compared with = or != only"},
		{"heat_c>hot", "> needs a number"},
		{`key="open`, "unclosed double quote"},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			_, err := ParseFilter(tt.expr, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ParseFilter(%q) error %v, want it to mention %q", tt.expr, err, tt.want)
			}
		})
	}
}

// ut37-19: a bad re: term was said twice in Go's words, `bad regular
// expression "(": missing closing ): `+"`(`"+`. It is said once: the pattern as
// typed, then what is wrong, naming the offending part where it is not
// the whole pattern, never Go's parser's phrases.
func TestFilterBadPatternSaidOnceInPlainWords(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"re:(", `bad pattern "(": missing )`},
		{"re:a(b", `bad pattern "a(b": missing )`},
		{"re:[a-", `bad pattern "[a-": missing ]`},
		{"re:a)b", `bad pattern "a)b": it has a ) with no ( before it`},
		{"re:*a", `bad pattern "*a": "*" repeats nothing`},
		{"re:a**", `bad pattern "a**": "**" repeats a repeat`},
		{`re:\q`, `bad pattern "\q": it is not an escape`},
		{"re:(?=a)", `bad pattern "(?=a)": "(?=" is not supported`},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			_, err := ParseFilter(tt.expr, nil)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("ParseFilter(%q) error %v, want it to start %q", tt.expr, err, tt.want)
			}
			for _, goWords := range []string{"closing", "regexp", "`", "argument to repetition", "invalid"} {
				if strings.Contains(err.Error(), goWords) {
					t.Fatalf("ParseFilter(%q) error %q says %q, Go's words", tt.expr, err, goWords)
				}
			}
		})
	}
}

func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"", "washer", "re:[a-", "heat_c>80 topic=Student", `key="a b"`, "!=", "a.b.#>1"} {
		f.Add(s, []byte(`{"a":{"b":[1,2]},"heat_c":90}`))
	}
	f.Fuzz(func(t *testing.T, expr string, value []byte) {
		flt, err := ParseFilter(expr, DefaultViews())
		if err != nil {
			return
		}
		r := Record{Topic: StudentTopic, Key: value, Value: value}
		flt.Match(&r)
	})
}

// BenchmarkFilterMatch is the cost of matching one record; the Log's
// index matches each arriving record once, so at 5,000 records/s this is
// the filter's whole CPU cost.
func BenchmarkFilterMatch(b *testing.B) {
	recs := make([]Record, 0, 1000)
	rng := rand.New(rand.NewPCG(1, 2))
	now := time.Now()
	for i := range 1000 {
		e := RandomMachine(rng, now, nil)
		recs = append(recs, Record{Topic: LaundryTopic, Partition: i % 6, Offset: int64(i), Key: []byte(e.MachineID), Value: MustJSON(e)})
	}
	for _, expr := range []string{"washer-03", "re:washer-0[13]", "key=washer-03", "heat_c>80", "program=cotton-60 heat_c>=50", "State=LoggedIn"} {
		b.Run(expr, func(b *testing.B) {
			f, err := ParseFilter(expr, DefaultViews())
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 0
			for i := 0; b.Loop(); i++ {
				if f.Match(&recs[i%len(recs)]) {
					n++
				}
			}
			_ = n
		})
	}
}
