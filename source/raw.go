package source

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// kafka-go knows OffsetFetch only up to v5 (one group per request) and
// cannot address ApiVersions to one broker. rawRequest carries a franz-go
// kmsg request through kafka-go's transport instead, so it keeps the
// connection's TLS, SASL and pool: kafka-go hands a protocol.RawExchanger
// the negotiated connection, and kmsg, which knows every version Kafka
// has, encodes the request and decodes the answer. Only the framing
// (size, correlation id, header tags) is ours.
type rawRequest struct {
	req      kmsg.Request
	clientID string
	// route picks the broker from the transport's view of the cluster.
	route func(protocol.Cluster) (protocol.Broker, error)
	resp  kmsg.Response
}

// maxRawResponse bounds one answer: a garbage size cannot allocate more.
const maxRawResponse = 256 << 20

// rawCorrelation is the correlation id of every raw request: a kafka-go
// connection carries one request at a time, so any id is unambiguous.
const rawCorrelation = 0x77617368

func (r *rawRequest) ApiKey() protocol.ApiKey { return protocol.ApiKey(r.req.Key()) }

func (r *rawRequest) Broker(c protocol.Cluster) (protocol.Broker, error) { return r.route(c) }

// Required is always true: the raw exchange is the only way this message
// is sent.
func (r *rawRequest) Required(map[protocol.ApiKey]int16) bool { return true }

// RawExchange writes the framed request and reads the framed answer.
func (r *rawRequest) RawExchange(rw io.ReadWriter) (protocol.Message, error) {
	buf := kmsg.NewRequestFormatter(kmsg.FormatterClientID(r.clientID)).AppendRequest(nil, r.req, rawCorrelation)
	if _, err := rw.Write(buf); err != nil {
		return nil, fmt.Errorf("write %s: %w", kmsg.NameForKey(r.req.Key()), err)
	}
	var head [8]byte
	if _, err := io.ReadFull(rw, head[:]); err != nil {
		return nil, fmt.Errorf("read %s answer: %w", kmsg.NameForKey(r.req.Key()), err)
	}
	size := binary.BigEndian.Uint32(head[:4])
	if size < 4 || size > maxRawResponse {
		return nil, fmt.Errorf("%s answer of %d bytes is not plausible", kmsg.NameForKey(r.req.Key()), size)
	}
	if id := int32(binary.BigEndian.Uint32(head[4:])); id != rawCorrelation {
		return nil, fmt.Errorf("%s answer carries correlation id %d, want %d", kmsg.NameForKey(r.req.Key()), id, rawCorrelation)
	}
	body := make([]byte, size-4)
	if _, err := io.ReadFull(rw, body); err != nil {
		return nil, fmt.Errorf("read %s answer: %w", kmsg.NameForKey(r.req.Key()), err)
	}
	// Flexible answers carry a tag section in their header; ApiVersions
	// never does, so that a client of any version can read it.
	if r.req.IsFlexible() && r.req.Key() != kmsg.ApiVersions.Int16() {
		var err error
		if body, err = skipTags(body); err != nil {
			return nil, fmt.Errorf("%s answer header: %w", kmsg.NameForKey(r.req.Key()), err)
		}
	}
	resp := r.req.ResponseKind()
	resp.SetVersion(r.req.GetVersion())
	if err := resp.ReadFrom(body); err != nil {
		return nil, fmt.Errorf("decode %s answer: %w", kmsg.NameForKey(r.req.Key()), err)
	}
	r.resp = resp
	return r, nil
}

// skipTags drops a tagged-field section: a count, then per field a tag
// and a length-prefixed value, all unsigned varints.
func skipTags(b []byte) ([]byte, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return nil, fmt.Errorf("bad tag count")
	}
	b = b[k:]
	for range n {
		if _, k = binary.Uvarint(b); k <= 0 {
			return nil, fmt.Errorf("bad tag")
		}
		b = b[k:]
		size, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < size {
			return nil, fmt.Errorf("bad tag size")
		}
		b = b[k+int(size):]
	}
	return b, nil
}

// rawRoundTrip sends req to the broker route picks and returns its answer.
func (p *Poller) rawRoundTrip(ctx context.Context, req kmsg.Request, route func(protocol.Cluster) (protocol.Broker, error)) (kmsg.Response, error) {
	m := &rawRequest{req: req, clientID: p.clientID(), route: route}
	res, err := p.roundTrip(ctx, m)
	if err != nil {
		return nil, err
	}
	got, ok := res.(*rawRequest)
	if !ok || got.resp == nil {
		return nil, fmt.Errorf("%s: unexpected answer %T", kmsg.NameForKey(req.Key()), res)
	}
	return got.resp, nil
}

// clientID is the id washboard's requests carry.
func (p *Poller) clientID() string {
	if p.ClientID != "" {
		return p.ClientID
	}
	return "washboard"
}

// toBroker routes to the broker with the given id.
func toBroker(id int32) func(protocol.Cluster) (protocol.Broker, error) {
	return func(c protocol.Cluster) (protocol.Broker, error) { return brokerOf(c, id) }
}
