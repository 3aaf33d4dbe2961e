package source

import (
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// ut36a-28, ut34a-21: Avro records (magic 0 and a schema id) on a
// console started without a registry showed their bytes and no reason.
// Over kfake with no registry configured (a nil Registry, as the console
// wires it), a wire-format value says which schema id it carries and
// that no registry is configured, in the log and as the view's reason;
// JSON beside it, a key that looks like the wire format and id 0 stay as
// they are.
func TestNoRegistrySaysWhyWireFormatIsNotRead(t *testing.T) {
	b := startBroker(t, map[string]int32{"sensors": 1})
	views := []model.TopicView{{Topic: "sensors", Kind: model.SeriesView, Key: "sensor", Fields: []model.Field{{Path: "temp"}}}}
	store := model.NewStore(views, model.DefaultLimits())
	var none *Registry
	runTailWith(t, b, store, Watch{Topics: []string{"sensors"}}, none.Decode)
	wire := []byte{0, 0, 0, 0, 7, 2, 'a', 1} // schema id 7
	msgs := []kafka.Message{
		{Topic: "sensors", Value: []byte{0, 0, 0, 0, 0, 9}}, // id 0: bytes, not the wire format
		{Topic: "sensors", Value: []byte(`{"sensor":"s-1","temp":3}`)},
		{Topic: "sensors", Key: wire, Value: wire},
	}
	produce(t, b, msgs...)
	eventually(t, 15*time.Second, "every record in the log", func() (ok bool) {
		store.Read(func(st *model.State) { ok = st.Log.Len() == len(msgs) })
		return ok
	})
	// what is missing first, for the Log's short row (ut43a-17)
	const want = "schema id 7: no schema registry configured (--schema-registry URL reads Avro/Protobuf)"
	store.Read(func(st *model.State) {
		first := st.Log.At(2)
		if s := first.ValueSchema; s == nil || s.ID != 7 || s.Err != want || s.JSON != nil {
			t.Errorf("wire-format value read as %+v, want %q", s, want)
		}
		if first.KeySchema != nil {
			t.Errorf("a key that looks like the wire format marked %+v", first.KeySchema)
		}
		for _, i := range []int{0, 1} {
			if r := st.Log.At(i); r.ValueSchema != nil {
				t.Errorf("offset %d marked %+v", r.Offset, r.ValueSchema)
			}
		}
		tb := st.Series["sensors"]
		if got := model.UnreadableWhy(tb.View, tb.Errors, tb.LastErr); tb.Errors != 2 || got != "2 records unreadable: "+want {
			t.Errorf("the view's reason: %d unreadable, %q", tb.Errors, got)
		}
	})
}
