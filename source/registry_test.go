package source

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hamba/avro/v2"
	"github.com/segmentio/kafka-go"
	"github.com/tidwall/gjson"
	"github.com/twmb/franz-go/pkg/sr"
	"github.com/twmb/franz-go/pkg/sr/srfake"

	"github.com/washboard/washboard/model"
)

const sensorAvsc = `{"type":"record","name":"Sensor","fields":[{"name":"sensor","type":"string"},{"name":"temp","type":"double"}]}`

type sensor struct {
	Sensor string  `avro:"sensor"`
	Temp   float64 `avro:"temp"`
}

// End to end: kfake over TCP, srfake over HTTP, franz-go's sr serde as the
// independent encoder. Decoded Avro and Protobuf records reach the log,
// the series view's numbers, and bad records say why without stopping
// the others; the registry is asked once per id.
func TestRegistryDecodesTheTailEndToEnd(t *testing.T) {
	reg := srfake.New()
	t.Cleanup(reg.Close)
	var byID atomic.Int64
	reg.Intercept(func(w http.ResponseWriter, r *http.Request) bool {
		if strings.HasPrefix(r.URL.Path, "/schemas/ids/") && !strings.HasSuffix(r.URL.Path, "/versions") {
			byID.Add(1)
		}
		return false
	})
	avroID, _, err := reg.RegisterSchema("sensors-value", sr.Schema{Schema: sensorAvsc})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = reg.RegisterSchema("unit", sr.Schema{Type: sr.TypeProtobuf, Schema: `syntax = "proto3"; package u; message Unit { string name = 1; }`})
	if err != nil {
		t.Fatal(err)
	}
	protoID, _, err := reg.RegisterSchema("rides-value", sr.Schema{Type: sr.TypeProtobuf,
		Schema:     `syntax = "proto3"; package r; import "unit.proto"; message Other {} message Ride { string rider = 1; u.Unit unit = 2; }`,
		References: []sr.SchemaReference{{Name: "unit.proto", Subject: "unit", Version: 1}}})
	if err != nil {
		t.Fatal(err)
	}

	hs := avro.MustParse(sensorAvsc)
	var serde sr.Serde
	serde.Register(avroID, sensor{}, sr.EncodeFn(func(v any) ([]byte, error) { return avro.Marshal(hs, v) }))
	var h sr.ConfluentHeader
	ride, _ := h.AppendEncode(nil, protoID, []int{1})
	ride = append(ride, 0x0a, 3, 'a', 'n', 'a', 0x12, 4, 0x0a, 2, 'k', 'm') // rider "ana", unit {name "km"}

	b := startBroker(t, map[string]int32{"sensors": 1, "rides": 1})
	views := []model.TopicView{{Topic: "sensors", Kind: model.SeriesView, Key: "sensor", Fields: []model.Field{{Path: "temp"}}}}
	store := model.NewStore(views, model.DefaultLimits())
	r, err := NewRegistry(RegistryConfig{URL: reg.URL(), Timeout: 2 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	runTailWith(t, b, store, Watch{Topics: []string{"sensors", "rides"}}, r.Decode)

	var msgs []kafka.Message
	for i := range 20 {
		msgs = append(msgs, kafka.Message{Topic: "sensors", Key: []byte("k"), Value: serde.MustEncode(sensor{Sensor: "s-1", Temp: float64(i)})})
	}
	msgs = append(msgs,
		kafka.Message{Topic: "sensors", Value: []byte{0, 0, 0, 0x30, 0x39, 1, 2}},                       // unknown id 12345
		kafka.Message{Topic: "sensors", Value: append(serde.MustEncode(sensor{Sensor: "x"})[:6], 0xff)}, // cut short
		kafka.Message{Topic: "sensors", Value: []byte(`{"sensor":"s-2","temp":7}`)},                     // plain JSON beside Avro
		kafka.Message{Topic: "rides", Value: ride},
		kafka.Message{Topic: "rides", Value: append(append([]byte(nil), ride[:5]...), 2, 40, 0)}, // index [20] out of range
	)
	produce(t, b, msgs...)

	eventually(t, 15*time.Second, "every record in the log", func() (ok bool) {
		store.Read(func(st *model.State) { ok = st.Log.Len() == len(msgs) })
		return ok
	})
	store.Read(func(st *model.State) {
		reads := map[string]*model.Record{}
		for i := range st.Log.Len() {
			rec := st.Log.At(i)
			reads[rec.Topic+"@"+itoa(rec.Offset)] = &rec
		}
		first := reads["sensors@0"]
		if first.ValueSchema == nil || first.ValueSchema.Subject != "sensors-value" || first.ValueSchema.Version != 1 ||
			string(first.ValueSchema.JSON) != `{"sensor":"s-1","temp":0}` {
			t.Errorf("avro record read as %+v", first.ValueSchema)
		}
		checks := []struct {
			at, want string
		}{
			{"sensors@20", "schema id 12345 not found"},
			{"sensors@21", "bytes end before the schema does"},
			{"rides@1", "out of range: the schema declares 2 messages"},
		}
		for _, c := range checks {
			got := reads[c.at]
			if got == nil || got.ValueSchema == nil || !strings.Contains(got.ValueSchema.Err, c.want) || got.ValueSchema.JSON != nil {
				t.Errorf("%s: %+v, want error %q", c.at, got.ValueSchema, c.want)
			}
		}
		if reads["sensors@22"].ValueSchema != nil {
			t.Error("a JSON record was read as wire format")
		}
		pr := reads["rides@0"].ValueSchema
		if pr == nil || pr.Message != "r.Ride" || gjson.GetBytes(pr.JSON, "unit.name").String() != "km" || gjson.GetBytes(pr.JSON, "rider").String() != "ana" {
			t.Errorf("protobuf record read as %+v", pr)
		}
		tb := st.Series["sensors"]
		e := tb.Entries["s-1"]
		if e == nil || e.Values[0] != 19 || tb.Entries["s-2"] == nil {
			t.Errorf("series from Avro fields: %+v (entries %d)", e, len(tb.Entries))
		}
		if tb.Errors != 2 {
			t.Errorf("series counted %d unreadable, want the 2 bad records", tb.Errors)
		}
	})
	// One look-up per id (two ids plus the unknown one), never per record.
	if n := byID.Load(); n != 3 {
		t.Errorf("registry asked %d times by id, want 3", n)
	}
}

// A registry that is slow, down, refuses the credentials or serves a
// schema beyond the size limit: each record says so in words, and the
// tail goes on.
func TestRegistryFailuresInWords(t *testing.T) {
	slow := srfake.New()
	t.Cleanup(slow.Close)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	slow.Intercept(func(w http.ResponseWriter, r *http.Request) bool {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		return false
	})
	authed := srfake.New(srfake.WithAuth("Bearer right"))
	t.Cleanup(authed.Close)
	big := srfake.New()
	t.Cleanup(big.Close)
	id, _, err := big.RegisterSchema("big", sr.Schema{Schema: `{"type":"string","doc":"` + strings.Repeat("x", 64<<10) + `"}`})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cfg  RegistryConfig
		id   int
		want string
	}{
		{"slow", RegistryConfig{URL: slow.URL(), Timeout: 200 * time.Millisecond}, 1, "did not answer within 200ms"},
		{"down", RegistryConfig{URL: "http://" + deadAddr(t)}, 1, "unreachable"},
		{"wrong token", RegistryConfig{URL: authed.URL(), Token: "wrong"}, 1, "403 forbidden"},
		{"no credentials", RegistryConfig{URL: authed.URL()}, 1, "401 unauthorized"},
		{"schema too large", RegistryConfig{URL: big.URL(), MaxSchemaBytes: 4 << 10}, id, "larger than"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewRegistry(tc.cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			batch := []model.Record{
				{Value: []byte{0, 0, 0, 0, byte(tc.id), 2, 'x'}},
				{Value: []byte(`{"plain":true}`)},
			}
			start := time.Now()
			r.Decode(context.Background(), batch)
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("decode took %v", took)
			}
			if s := batch[0].ValueSchema; s == nil || !strings.Contains(s.Err, tc.want) || strings.Contains(s.Err, "right") {
				t.Errorf("got %+v, want an error containing %q", s, tc.want)
			}
			if batch[1].ValueSchema != nil {
				t.Error("the JSON record beside it was touched")
			}
			// The failure is cached: the next batch does not wait again.
			again := []model.Record{{Value: batch[0].Value}}
			start = time.Now()
			r.Decode(context.Background(), again)
			if again[0].ValueSchema == nil || again[0].ValueSchema.Err != batch[0].ValueSchema.Err || time.Since(start) > 100*time.Millisecond {
				t.Errorf("second batch: %+v after %v", again[0].ValueSchema, time.Since(start))
			}
		})
	}
}

// runTailWith is runTail with a BeforeFold hook.
func runTailWith(t *testing.T, b *Broker, store *model.Store, watch Watch, hook func(context.Context, []model.Record)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c := client(t, b)
	tail := NewTail(TailConfig{Client: c, Store: store, Start: Start{Mode: StartBeginning}, BeforeFold: hook})
	p := &Poller{Client: c, Store: store, Watch: watch, Interval: 200 * time.Millisecond, OnPartitions: tail.FollowHook(ctx)}
	done := make(chan struct{}, 2)
	go func() { tail.Run(ctx); done <- struct{}{} }()
	go func() { p.Run(ctx); done <- struct{}{} }()
	t.Cleanup(func() { cancel(); <-done; <-done })
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// Keys are decoded too; a binary key that only looks like the wire
// format (id 0, or an id the registry does not know) stays its bytes
// rather than becoming an error. Local schema files decode payloads
// written without the header.
func TestRegistryKeysAndLocalSchemas(t *testing.T) {
	reg := srfake.New()
	t.Cleanup(reg.Close)
	keyID, _, err := reg.RegisterSchema("t-key", sr.Schema{Schema: `"string"`})
	if err != nil {
		t.Fatal(err)
	}
	var h sr.ConfluentHeader
	avroKey, _ := h.AppendEncode(nil, keyID, nil)
	avroKey = append(avroKey, 6, 'k', '-', '1') // Avro string "k-1"
	r, err := NewRegistry(RegistryConfig{URL: reg.URL()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	batch := []model.Record{
		{Topic: "t", Key: avroKey},
		{Topic: "t", Key: []byte{0, 0, 0, 0, 0, 0, 1, 0x23}},    // a big-endian long: id 0
		{Topic: "t", Key: []byte{0, 0, 0, 0x7f, 0xff, 0, 0, 1}}, // id 32767: not registered
		{Topic: "t", Value: []byte{0, 0, 0, 0x7f, 0xff, 0, 0, 1}},
	}
	r.Decode(context.Background(), batch)
	if k := batch[0].KeySchema; k == nil || string(k.JSON) != `"k-1"` || k.Subject != "t-key" {
		t.Errorf("avro key read as %+v", k)
	}
	if batch[1].KeySchema != nil || batch[2].KeySchema != nil {
		t.Errorf("binary keys read as schema: %+v %+v", batch[1].KeySchema, batch[2].KeySchema)
	}
	if v := batch[3].ValueSchema; v == nil || !strings.Contains(v.Err, "schema id 32767 not found") {
		t.Errorf("an unknown id in a value must say so: %+v", v)
	}

	avsc, err := serdeCompile(`{"type":"record","name":"L","fields":[{"name":"n","type":"int"}]}`)
	if err != nil {
		t.Fatal(err)
	}
	local, err := NewRegistry(RegistryConfig{}, map[string]LocalSchemas{"local-t": {Value: avsc}})
	if err != nil {
		t.Fatal(err)
	}
	lb := []model.Record{{Topic: "local-t", Value: []byte{0x54}}, {Topic: "other", Value: []byte{0x54}}, {Topic: "local-t"}}
	local.Decode(context.Background(), lb)
	if v := lb[0].ValueSchema; v == nil || string(v.JSON) != `{"n":42}` {
		t.Errorf("local schema read %+v", v)
	}
	if lb[1].ValueSchema != nil || lb[2].ValueSchema != nil {
		t.Error("a topic without a local schema, or a tombstone, was decoded")
	}
}
