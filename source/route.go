package source

import (
	"fmt"
	"io"

	"github.com/segmentio/kafka-go/protocol"
)

// routed sends a kafka-go protocol message to the broker the caller
// names, instead of the one the message's own Broker method picks from
// kafka-go's cached metadata (refreshed only every MetadataTTL, 10 s):
// the tail learns a moved leader from its own Metadata request
// (tail_meta.go) and must fetch from it at once. The message itself is
// encoded and decoded by kafka-go as usual: RawExchange hands it to the
// connection's own RoundTrip, which keeps the negotiated version, the
// client id and the connection's TLS and SASL.
type routed struct {
	msg protocol.Message
	to  int32
}

// routeTo wraps msg so the transport sends it to broker id.
func routeTo(msg protocol.Message, id int32) protocol.Message { return &routed{msg: msg, to: id} }

func (r *routed) ApiKey() protocol.ApiKey { return r.msg.ApiKey() }

// Broker is broker r.to, as long as the cluster's metadata knows its
// address.
func (r *routed) Broker(c protocol.Cluster) (protocol.Broker, error) { return brokerOf(c, r.to) }

// Required is always true: the exchange is the connection's own.
func (r *routed) Required(map[protocol.ApiKey]int16) bool { return true }

// RawExchange round-trips the wrapped message on the broker's connection.
func (r *routed) RawExchange(rw io.ReadWriter) (protocol.Message, error) {
	c, ok := rw.(*protocol.Conn)
	if !ok {
		return nil, fmt.Errorf("%s to broker %d: the transport gave a %T, not a connection", r.msg.ApiKey(), r.to, rw)
	}
	return c.RoundTrip(r.msg)
}
