package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// A header whose value is null (length -1 on the wire) and one whose value
// is empty (length 0) survive the tail as they were produced: nil and
// empty apart. franz-go encodes a nil header value as null.
func TestTailKeepsNullAndEmptyHeaderValues(t *testing.T) {
	b := startBroker(t, map[string]int32{"hdr": 1})
	store := model.NewStore(nil, model.DefaultLimits())
	tail := runTail(t, b, store, Watch{Topics: []string{"hdr"}}, DefaultStart())
	eventually(t, 10*time.Second, "the topic to be followed", func() bool { return tail.Following() == 1 })

	cl, err := kgo.NewClient(kgo.SeedBrokers(b.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	rec := &kgo.Record{Topic: "hdr", Value: []byte("v"), Headers: []kgo.RecordHeader{
		{Key: "h-null", Value: nil}, {Key: "h-empty", Value: []byte{}}, {Key: "h-text", Value: []byte("x")},
	}}
	if err := cl.ProduceSync(context.Background(), rec).FirstErr(); err != nil {
		t.Fatal(err)
	}

	var got model.Record
	eventually(t, 10*time.Second, "the record in the log", func() (ok bool) {
		store.Read(func(st *model.State) {
			for i := range st.Log.Len() {
				if r := st.Log.At(i); r.Topic == "hdr" && r.Note == "" {
					got, ok = r, true
				}
			}
		})
		return ok
	})
	if len(got.Headers) != 3 {
		t.Fatalf("headers %+v, want 3", got.Headers)
	}
	for _, c := range []struct {
		key  string
		null bool
		want string
	}{{"h-null", true, ""}, {"h-empty", false, ""}, {"h-text", false, "x"}} {
		var h *model.Header
		for i := range got.Headers {
			if got.Headers[i].Key == c.key {
				h = &got.Headers[i]
			}
		}
		if h == nil {
			t.Errorf("header %s lost: %+v", c.key, got.Headers)
			continue
		}
		if (h.Value == nil) != c.null || string(h.Value) != c.want {
			t.Errorf("header %s = %#v (nil %v), want null=%v %q", c.key, h.Value, h.Value == nil, c.null, c.want)
		}
	}
}
