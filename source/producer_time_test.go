package source

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/washboard/washboard/model"
)

// ut34a-7: the delivery line said 15:01:02.662 for a record kcat read back
// stamped .661: the report's arrival, not the record's timestamp. The
// delivery's time is the record's own timestamp, as a consumer reads it
// back, to the millisecond. kfake over TCP, read back with franz-go.
func TestADeliverySaysTheRecordsOwnTimestamp(t *testing.T) {
	b := startBroker(t, nil)
	prod, err := NewProducer(Conn{Brokers: []string{b.Addr()}, ClientID: "washboard-test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(prod.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for i := range 5 { // several sends: the gap to the report is under a millisecond most of the time
		d, err := prod.Produce(ctx, model.Outgoing{Topic: model.RiderTopic, Partition: 1, Value: []byte(`{"n":1}`)})
		if err != nil {
			t.Fatal(err)
		}
		cl := independent(t, b, kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{
			model.RiderTopic: {1: kgo.NewOffset().At(d.Offset)},
		}))
		fs := cl.PollRecords(ctx, 1)
		if err := fs.Err0(); err != nil {
			t.Fatal(err)
		}
		recs := fs.Records()
		if len(recs) == 0 {
			t.Fatalf("send %d: record %d not read back", i, d.Offset)
		}
		if got := recs[0].Timestamp; !got.Equal(d.Time) {
			t.Fatalf("send %d: delivered at %s, the record's timestamp is %s", i,
				d.Time.Format("15:04:05.000000"), got.Format("15:04:05.000000"))
		}
	}
}
