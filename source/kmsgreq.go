package source

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// kafka-go's protocol package stops at API key 51 (its apiTypes table has
// 52 entries), so it cannot encode ListGroups v5, ConsumerGroupDescribe
// (69), ShareGroupDescribe (77) or DescribeShareGroupOffsets (90). Those
// requests are declared here as franz-go's kmsg types (the protocol
// schema, generated from Kafka's JSON message definitions) carried over
// kafka-go's transport: kmsgCall implements protocol.RawExchanger, so the
// transport hands it the broker connection it already dialled, with TLS
// and SASL done, and the call writes its own frame and reads its own
// answer. Routing works as for the pinned requests in batch.go.

// kmsgCall is one kmsg request routed to one broker: the group's
// coordinator when group is set, else broker.
type kmsgCall struct {
	req    kmsg.Request
	group  string
	broker int32
	// upTo caps the version sent (0: kmsg's newest), for requests whose
	// newer versions name topics by id only (OffsetFetch and
	// OffsetCommit v10).
	upTo int16
}

// kmsgAnswer is the response, as a protocol.Message for the transport.
type kmsgAnswer struct{ res kmsg.Response }

func (a *kmsgAnswer) ApiKey() protocol.ApiKey { return protocol.ApiKey(a.res.Key()) }

func (c *kmsgCall) ApiKey() protocol.ApiKey { return protocol.ApiKey(c.req.Key()) }

// Broker is the group's coordinator, or the chosen broker.
func (c *kmsgCall) Broker(cl protocol.Cluster) (protocol.Broker, error) {
	if c.group != "" {
		return coordinatorOf(cl, c.group)
	}
	return brokerOrAny(cl, c.broker)
}

// Required is always true: kafka-go cannot encode these messages itself.
func (c *kmsgCall) Required(map[protocol.ApiKey]int16) bool { return true }

// maxFrame bounds a response frame: a describe of thousands of groups is
// a few megabytes; anything past this is a broken stream.
const maxFrame = 64 << 20

// RawExchange writes the request frame and reads the answer frame off the
// connection. A correlation id of its own is fine: the connection is
// used by one request at a time.
func (c *kmsgCall) RawExchange(rw io.ReadWriter) (protocol.Message, error) {
	const corr = 0x77617368 // "wash"
	frame := kmsg.NewRequestFormatter(kmsg.FormatterClientID("washboard")).AppendRequest(nil, c.req, corr)
	if _, err := rw.Write(frame); err != nil {
		return nil, fmt.Errorf("write %s: %w", kmsg.NameForKey(c.req.Key()), err)
	}
	var head [8]byte
	if _, err := io.ReadFull(rw, head[:]); err != nil {
		return nil, fmt.Errorf("read %s: %w", kmsg.NameForKey(c.req.Key()), err)
	}
	size := int32(binary.BigEndian.Uint32(head[:4]))
	if size < 4 || size > maxFrame {
		return nil, fmt.Errorf("read %s: frame of %d bytes", kmsg.NameForKey(c.req.Key()), size)
	}
	if got := int32(binary.BigEndian.Uint32(head[4:])); got != corr {
		return nil, fmt.Errorf("read %s: correlation id %d, want %d", kmsg.NameForKey(c.req.Key()), got, corr)
	}
	body := make([]byte, size-4)
	if _, err := io.ReadFull(rw, body); err != nil {
		return nil, fmt.Errorf("read %s: %w", kmsg.NameForKey(c.req.Key()), err)
	}
	res := c.req.ResponseKind()
	res.SetVersion(c.req.GetVersion())
	if res.IsFlexible() { // response header v1: tagged fields
		body = skipTags(body)
	}
	if err := res.ReadFrom(body); err != nil {
		return nil, fmt.Errorf("decode %s: %w", kmsg.NameForKey(c.req.Key()), err)
	}
	return &kmsgAnswer{res: res}, nil
}

// skipTags drops a tagged-field section: a count, then per field a tag, a
// size and that many bytes (all unsigned varints).
func skipTags(b []byte) []byte {
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return nil
	}
	b = b[k:]
	for range n {
		if _, k = binary.Uvarint(b); k <= 0 {
			return nil
		}
		b = b[k:]
		size, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < size {
			return nil
		}
		b = b[k+int(size):]
	}
	return b
}

// errUnsupported says the broker does not know a request.
var errUnsupported = errors.New("not supported by the broker")

// kversions remembers the bootstrap broker's ApiVersions: which of the
// newer requests it knows, and at which version to send them.
type kversions struct {
	mu  sync.Mutex
	max map[int16]int16
}

// version picks the version to send req at: the highest both kmsg and the
// broker know. It asks the broker once, and again after a failure.
func (v *kversions) version(ctx context.Context, client *kafka.Client, key int16, ours int16) (int16, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.max == nil {
		res, err := client.ApiVersions(ctx, &kafka.ApiVersionsRequest{})
		if err != nil {
			return 0, fmt.Errorf("api versions: %w", err)
		}
		v.max = map[int16]int16{}
		for _, k := range res.ApiKeys {
			v.max[int16(k.ApiKey)] = int16(k.MaxVersion)
		}
	}
	theirs, ok := v.max[key]
	if !ok {
		return 0, fmt.Errorf("%s: %w", kmsg.NameForKey(key), errUnsupported)
	}
	return min(theirs, ours), nil
}

// forget drops the remembered versions (the cluster may have changed).
func (v *kversions) forget() {
	v.mu.Lock()
	v.max = nil
	v.mu.Unlock()
}

// kcall sends req (its version set from the broker's) to one broker and
// returns the typed response.
func kcall[R kmsg.Response](ctx context.Context, client *kafka.Client, vs *kversions, call *kmsgCall, count func(int)) (R, error) {
	var zero R
	ours := call.req.MaxVersion()
	if call.upTo > 0 {
		ours = min(ours, call.upTo)
	}
	v, err := vs.version(ctx, client, call.req.Key(), ours)
	if err != nil {
		return zero, err
	}
	call.req.SetVersion(v)
	rt := client.Transport
	if rt == nil {
		rt = kafka.DefaultTransport
	}
	if count != nil {
		count(1)
	}
	m, err := rt.RoundTrip(ctx, client.Addr, call)
	if err != nil {
		vs.forget()
		return zero, fmt.Errorf("%s: %w", kmsg.NameForKey(call.req.Key()), err)
	}
	a, ok := m.(*kmsgAnswer)
	if !ok {
		return zero, fmt.Errorf("%s: unexpected answer %T", kmsg.NameForKey(call.req.Key()), m)
	}
	r, ok := a.res.(R)
	if !ok {
		return zero, fmt.Errorf("%s: unexpected answer %T", kmsg.NameForKey(call.req.Key()), a.res)
	}
	return r, nil
}
