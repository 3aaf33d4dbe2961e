package model

import (
	"errors"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/tidwall/gjson"
)

func view(t *testing.T, topic string) *TopicView {
	t.Helper()
	for _, v := range DefaultViews() {
		if v.Topic == topic {
			return &v
		}
	}
	t.Fatalf("no default view for %s", topic)
	return nil
}

func TestDecodeSeedFormats(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name   string
		topic  string
		key    string
		value  string
		want   Decoded
		hasErr error
	}{
		{name: "laundry", topic: LaundryTopic, key: "washer-03",
			value: `{"machine_id":"washer-03","ts":"2026-11-22T03:04:05.123Z","program":"cotton-60","load_kg":6.5,"heat_c":58.2,"power_w":2150}`,
			want:  Decoded{Key: "washer-03", Status: "cotton-60", Values: []float64{6.5, 58.2, 2150}}},
		{name: "laundry key from record", topic: LaundryTopic, key: "dryer-01",
			value: `{"load_kg":3,"heat_c":"71.5"}`,
			want:  Decoded{Key: "dryer-01", Values: []float64{3, 71.5, nan}}},
		{name: "laundry missing field is a gap", topic: LaundryTopic,
			value: `{"machine_id":"w1","heat_c":40,"power_w":null}`,
			want:  Decoded{Key: "w1", Values: []float64{nan, 40, nan}}},
		{name: "laundry no numbers", topic: LaundryTopic, value: `{"machine_id":"w1"}`, hasErr: ErrNoNumbers},
		{name: "laundry wrong type", topic: LaundryTopic, value: `{"machine_id":"w1","heat_c":"hot"}`,
			hasErr: errors.New(`field heat_c: "hot" is not a number`)},
		{name: "rider", topic: RiderTopic, key: "location-update", value: `{"name":"deepanshu","location":"south"}`,
			want: Decoded{Key: "deepanshu", Status: "south", Values: []float64{}}},
		{name: "student numeric enum", topic: StudentTopic, value: `{"StudentId":"s-17","State":0}`,
			want: Decoded{Key: "s-17", Status: "LoggedIn", Values: []float64{}}},
		{name: "student string enum", topic: StudentTopic, value: `{"StudentId":"s-17","State":"LoggedOut"}`,
			want: Decoded{Key: "s-17", Status: "LoggedOut", Values: []float64{}}},
		{name: "student unknown enum kept", topic: StudentTopic, value: `{"StudentId":42,"State":7}`,
			want: Decoded{Key: "42", Status: "7", Values: []float64{}}},
		{name: "student no state", topic: StudentTopic, value: `{"StudentId":"s-1"}`, hasErr: ErrNoStatus},
		{name: "no key anywhere", topic: StudentTopic, value: `{"State":0}`, hasErr: ErrNoKey},
		{name: "not json", topic: RiderTopic, value: `deepanshu south`, hasErr: ErrNotJSON},
		{name: "json array", topic: RiderTopic, value: `[1,2]`, hasErr: ErrNotJSON},
		{name: "binary", topic: LaundryTopic, value: "\x00\xff\x1b[2J", hasErr: ErrNotJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := view(t, tt.topic)
			var d Decoded
			err := v.Decode(&Record{Topic: tt.topic, Key: []byte(tt.key), Value: []byte(tt.value)}, &d)
			if tt.hasErr != nil {
				if err == nil || err.Error() != tt.hasErr.Error() {
					t.Fatalf("err %v, want %v", err, tt.hasErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if d.Key != tt.want.Key || d.Status != tt.want.Status || len(d.Values) != len(tt.want.Values) {
				t.Fatalf("got %+v, want %+v", d, tt.want)
			}
			for i := range d.Values {
				g, w := d.Values[i], tt.want.Values[i]
				if !(g == w || math.IsNaN(g) && math.IsNaN(w)) {
					t.Fatalf("value %d: got %v want %v", i, g, w)
				}
			}
		})
	}
}

func TestNestedPath(t *testing.T) {
	v := TopicView{Topic: "t", Kind: SeriesView, Key: "meta.id", Fields: []Field{{Path: "m.heat.c"}}}
	var d Decoded
	if err := v.Decode(&Record{Value: []byte(`{"meta":{"id":"x"},"m":{"heat":{"c":9.5}}}`)}, &d); err != nil {
		t.Fatal(err)
	}
	if d.Key != "x" || d.Values[0] != 9.5 {
		t.Fatalf("got %+v", d)
	}
}

func TestStoreFoldBoundsAndCounts(t *testing.T) {
	s := NewStore(DefaultViews(), Limits{LogRecords: 4, Keys: 2})
	now := time.Unix(1_700_000_000, 0)
	var batch []Record
	for i, id := range []string{"a", "b", "c"} {
		batch = append(batch, Record{Topic: LaundryTopic, Offset: int64(i), Time: now.Add(time.Duration(i) * time.Second),
			Value: []byte(`{"machine_id":"` + id + `","heat_c":90}`)})
	}
	batch = append(batch, Record{Topic: LaundryTopic, Offset: 3, Value: []byte("garbage")},
		Record{Topic: "other", Value: []byte("x")})
	v0 := s.Version()
	s.Fold(batch, now)
	if s.Version() == v0 {
		t.Fatal("fold did not bump the version")
	}
	s.Read(func(st *State) {
		tab := st.Series[LaundryTopic]
		if len(tab.Entries) != 2 || tab.Evicted != 1 {
			t.Fatalf("entries %d evicted %d, want 2 and 1", len(tab.Entries), tab.Evicted)
		}
		if _, ok := tab.Entries["a"]; ok {
			t.Fatal("least recently seen key a was not evicted")
		}
		if tab.Errors != 1 || tab.LastErr != ErrNotJSON.Error() {
			t.Fatalf("errors %d %q", tab.Errors, tab.LastErr)
		}
		if st.Log.Len() != 4 || st.Log.Dropped() != 1 {
			t.Fatalf("log len %d dropped %d", st.Log.Len(), st.Log.Dropped())
		}
	})
}

func TestDecodeMoreVariants(t *testing.T) {
	series := TopicView{Topic: "t", Kind: SeriesView, Key: "m.id", Status: "m.state", Enum: map[string]string{"2": "spin"},
		Fields: []Field{{Path: "a.b.c"}, {Path: "x"}}}
	tests := []struct {
		name, value, key, status string
		values                   []float64
		err                      string
	}{
		{name: "nested key, status enum and number", value: `{"m":{"id":7,"state":2},"a":{"b":{"c":1.5}},"x":2}`,
			key: "7", status: "spin", values: []float64{1.5, 2}},
		{name: "escaped key is unescaped", value: `{"m":{"id":"w\u002d1"},"x":1}`, key: "w-1", values: []float64{math.NaN(), 1}},
		{name: "boolean is not a number", value: `{"m":{"id":"w"},"x":true}`, err: "field x: True is not a number"},
		{name: "object is not a number", value: `{"m":{"id":"w"},"a":{"b":{"c":{}}},"x":3}`, key: "w", values: []float64{math.NaN(), 3}},
		{name: "null key falls back to the record key", value: `{"m":{"id":null},"x":1}`, key: "rk", values: []float64{math.NaN(), 1}},
		{name: "infinite string is a gap", value: `{"m":{"id":"w"},"x":"Inf","a":{"b":{"c":1}}}`, key: "w", values: []float64{1, math.NaN()}},
		{name: "truncated json", value: `{"m":{"id":"w"`, err: ErrNotJSON.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Decoded
			err := series.Decode(&Record{Key: []byte("rk"), Value: []byte(tt.value)}, &d)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil || d.Key != tt.key || d.Status != tt.status || !sameFloats(d.Values, tt.values) {
				t.Fatalf("got %+v err %v, want key %q status %q values %v", d, err, tt.key, tt.status, tt.values)
			}
		})
	}
}

// TestKeyOfIsTheOneRule: the key a view gives a record is the same
// whether Decode, the filter's id= or the Log asks.
func TestKeyOfIsTheOneRule(t *testing.T) {
	views := DefaultViews()
	byTopic := map[string]*TopicView{}
	for i := range views {
		byTopic[views[i].Topic] = &views[i]
	}
	tests := []struct {
		name string
		r    Record
		want string
		ok   bool
	}{
		{"field wins over the Kafka key", Record{Topic: RiderTopic, Key: []byte("location-update"), Value: []byte(`{"name":"asha","location":"north"}`)}, "asha", true},
		{"keyless record, field", Record{Topic: StudentTopic, Value: []byte(`{"StudentId":"s-1","State":0}`)}, "s-1", true},
		{"number field in its JSON spelling", Record{Topic: StudentTopic, Value: []byte(`{"StudentId":17,"State":0}`)}, "17", true},
		{"null field falls back", Record{Topic: StudentTopic, Key: []byte("k"), Value: []byte(`{"StudentId":null,"State":0}`)}, "k", true},
		{"empty field falls back", Record{Topic: StudentTopic, Key: []byte("k"), Value: []byte(`{"StudentId":"","State":0}`)}, "k", true},
		{"not JSON: the Kafka key", Record{Topic: StudentTopic, Key: []byte("k"), Value: []byte(`oops`)}, "k", true},
		{"neither", Record{Topic: StudentTopic, Value: []byte(`{"State":0}`)}, "", false},
		{"no view: the Kafka key", Record{Topic: "other", Key: []byte("k"), Value: []byte(`{"name":"x"}`)}, "k", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := byTopic[tt.r.Topic]
			got, ok := v.KeyOf(&tt.r)
			if got != tt.want || ok != tt.ok {
				t.Fatalf("KeyOf = %q %v, want %q %v", got, ok, tt.want, tt.ok)
			}
			if v != nil && gjson.ValidBytes(tt.r.Value) {
				var d Decoded
				err := v.Decode(&tt.r, &d)
				if tt.ok && d.Key != tt.want || !tt.ok && err != ErrNoKey {
					t.Fatalf("Decode key %q err %v, KeyOf %q", d.Key, err, tt.want)
				}
			}
			if !tt.ok {
				return
			}
			f, err := ParseFilter("id="+strconv.Quote(tt.want), views)
			if err != nil {
				t.Fatal(err)
			}
			if !f.Match(&tt.r) {
				t.Fatalf("id=%q does not match the record KeyOf keys so", tt.want)
			}
		})
	}
}
