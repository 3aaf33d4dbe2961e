package source

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/protocol"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// The Admin sends franz-go kmsg requests over kafka-go's transport the
// way the poller does (rawRequest, raw.go): kafka-go's protocol package
// stops at API key 51 and at old versions of many requests. The poller
// knows each broker's versions from its ApiVersions; the Admin, which has
// only the client, asks the bootstrap broker once (kversions).

// errUnsupported says the broker does not know a request.
var errUnsupported = errors.New("not supported by the broker")

// kversions remembers the bootstrap broker's ApiVersions.
type kversions struct {
	mu  sync.Mutex
	max map[int16]int16
}

// version picks the version to send: the highest both kmsg (capped at
// upTo when it is above zero) and the broker know.
func (v *kversions) version(ctx context.Context, client *kafka.Client, req kmsg.Request, upTo int16) (int16, error) {
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
	theirs, ok := v.max[req.Key()]
	if !ok {
		return 0, fmt.Errorf("%s: %w", kmsg.NameForKey(req.Key()), errUnsupported)
	}
	ours := req.MaxVersion()
	if upTo > 0 {
		ours = min(ours, upTo)
	}
	return min(theirs, ours), nil
}

// forget drops the remembered versions (the cluster may have changed).
func (v *kversions) forget() {
	v.mu.Lock()
	v.max = nil
	v.mu.Unlock()
}

// kcall sends req, at the version vs picks, to the broker route picks.
func kcall(ctx context.Context, client *kafka.Client, vs *kversions, req kmsg.Request, route func(protocol.Cluster) (protocol.Broker, error), upTo int16) (kmsg.Response, error) {
	v, err := vs.version(ctx, client, req, upTo)
	if err != nil {
		return nil, err
	}
	req.SetVersion(v)
	rt := client.Transport
	if rt == nil {
		rt = kafka.DefaultTransport
	}
	m, err := rt.RoundTrip(ctx, client.Addr, &rawRequest{req: req, clientID: "washboard", route: route})
	if err != nil {
		vs.forget()
		return nil, fmt.Errorf("%s: %w", kmsg.NameForKey(req.Key()), err)
	}
	got, ok := m.(*rawRequest)
	if !ok || got.resp == nil {
		return nil, fmt.Errorf("%s: unexpected answer %T", kmsg.NameForKey(req.Key()), m)
	}
	return got.resp, nil
}

// toAnyBroker routes to the controller when the metadata names one (older
// brokers and kfake take topic changes only there), else to the
// lowest-numbered broker (KRaft brokers forward to the controller,
// KIP-590).
func toAnyBroker(c protocol.Cluster) (protocol.Broker, error) {
	if b, ok := c.Brokers[c.Controller]; ok {
		return b, nil
	}
	ids := make([]int32, 0, len(c.Brokers))
	for id := range c.Brokers {
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return protocol.Broker{}, errors.New("no broker known")
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return c.Brokers[ids[0]], nil
}
