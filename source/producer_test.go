package source

import (
	"context"
	"errors"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/washboard/washboard/model"
)

// A producer's errors are for the user: in words, with no kafka-go
// method names, and still matching their cause with errors.Is.
func TestProducerErrorsAreInWords(t *testing.T) {
	b := startBroker(t, nil)
	dead := deadAddr(t)
	tests := []struct {
		name   string
		addr   string
		out    model.Outgoing
		want   string
		target error
	}{
		{"partition past the topic's", b.Addr(), model.Outgoing{Topic: model.RiderTopic, Partition: 7, Value: []byte("x")},
			"rider-updates has 2 partitions (0-1); there is no partition 7", kafka.UnknownTopicOrPartition},
		{"one-partition topic", b.Addr(), model.Outgoing{Topic: model.StudentTopic, Partition: 1, Value: []byte("x")},
			"Student has 1 partition (0); there is no partition 1", kafka.UnknownTopicOrPartition},
		{"missing topic", b.Addr(), model.Outgoing{Topic: "nope", Partition: -1, Value: []byte("x")},
			"topic nope does not exist (washboard does not create topics)", kafka.UnknownTopicOrPartition},
		{"dead broker", dead, model.Outgoing{Topic: model.RiderTopic, Partition: 0, Value: []byte("x")},
			"cannot look up topic rider-updates: nothing listens on " + dead + " (connection refused)", syscall.ECONNREFUSED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prod, err := NewProducer(Conn{Brokers: []string{tt.addr}, ClientID: "washboard-test"})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_, err = prod.Produce(ctx, tt.out)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error %q, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "kafka.(") || !errors.Is(err, tt.target) {
				t.Fatalf("error %q: internals shown, or errors.Is(%v) lost", err, tt.target)
			}
		})
	}
	// A valid explicit partition still goes where it was asked.
	prod, err := NewProducer(conn(b))
	if err != nil {
		t.Fatal(err)
	}
	d, err := prod.Produce(context.Background(), model.Outgoing{Topic: model.RiderTopic, Partition: 1, Value: []byte("ok")})
	if err != nil || d.Partition != 1 || d.Topic != model.RiderTopic {
		t.Fatalf("delivery %+v, error %v", d, err)
	}
}
