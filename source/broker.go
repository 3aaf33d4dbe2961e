package source

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/washboard/washboard/model"
)

// BrokerConfig configures the embedded Kafka-protocol broker.
type BrokerConfig struct {
	// Listen is where the brokers listen (brokerAddrs): host:port, a bare
	// port, or one address per broker separated by commas. When the first
	// broker's port is taken it falls back to a free loopback port (and the
	// others to free ports too); another broker's port taken is an error.
	Listen string
	// Strict makes the first broker's port taken an error too, as any
	// other broker's: the headless `washboard broker`'s address is what
	// its clients (kcat -b, producers, consoles) are given, and a broker
	// listening elsewhere would leave them writing to another cluster
	// (ut34b-14). The demo console leaves it false and says where it
	// listens instead.
	Strict          bool
	Topics          map[string]int32 // topic -> partitions, created at start
	RetentionBytes  int64            // per partition; keeps a days-long demo bounded
	RetentionPeriod time.Duration    // how often retention is applied
	Logger          *slog.Logger
	// AutoCreateTopics makes the broker create a topic a client's metadata
	// request asks it to, as many real clusters do. washboard never sets
	// it; tests do, so that "watching creates no topic" can fail.
	AutoCreateTopics bool
	// Brokers is how many brokers the cluster runs (default 1, or as many
	// as Listen lists). The first listens on Listen, the others on the
	// ports after it on the same host.
	Brokers int
}

// MaxMessageBytes is the embedded broker's message.max.bytes: megabyte
// payloads can be tried against the demo (Kafka's default is ~1 MiB).
const MaxMessageBytes = 16 << 20

// SeedTopics are the seed systems' topics with their partition counts.
func SeedTopics() map[string]int32 {
	return map[string]int32{model.LaundryTopic: 6, model.RiderTopic: 2, model.StudentTopic: 1}
}

// DefaultBrokerConfig is the demo broker: the seed topics on 127.0.0.1:9092.
func DefaultBrokerConfig() BrokerConfig {
	return BrokerConfig{
		Listen:          "127.0.0.1:9092",
		Topics:          SeedTopics(),
		RetentionBytes:  8 << 20,
		RetentionPeriod: 10 * time.Second,
	}
}

// Broker is a running embedded cluster (kfake: in memory, one broker
// unless BrokerConfig.Brokers says more).
type Broker struct {
	cluster *kfake.Cluster
	addr    string
	notice  string
	cfg     BrokerConfig
	addrs   []string // where each broker listens (brokerAddrs)
	listens int      // ListenFn calls so far: call i binds addrs[i]
}

// StartBroker starts the embedded broker. When the requested port is taken
// it listens on a free loopback port instead and says so in Notice.
func StartBroker(cfg BrokerConfig) (*Broker, error) {
	if cfg.Listen == "" {
		cfg.Listen = DefaultBrokerConfig().Listen
	}
	if cfg.RetentionPeriod <= 0 {
		cfg.RetentionPeriod = DefaultBrokerConfig().RetentionPeriod
	}
	addrs, err := brokerAddrs(cfg.Listen, cfg.Brokers)
	if err != nil {
		return nil, fmt.Errorf("embedded broker: %w", err)
	}
	b := &Broker{cfg: cfg, addrs: addrs}
	opts := []kfake.Opt{
		kfake.NumBrokers(len(addrs)),
		kfake.ClusterID("washboard-embedded"),
		kfake.ListenFn(b.listen),
	}
	bcfg := map[string]string{"message.max.bytes": strconv.Itoa(MaxMessageBytes)}
	if cfg.RetentionBytes > 0 {
		bcfg["log.retention.bytes"] = strconv.FormatInt(cfg.RetentionBytes, 10)
	}
	opts = append(opts, kfake.BrokerConfigs(bcfg))
	if cfg.AutoCreateTopics {
		opts = append(opts, kfake.AllowAutoTopicCreation())
	}
	for topic, parts := range cfg.Topics {
		opts = append(opts, kfake.SeedTopics(parts, topic))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		return nil, fmt.Errorf("embedded broker: %w", err) // listen names the address
	}
	b.cluster = c
	b.addr = c.ListenAddrs()[0]
	return b, nil
}

// listen is kfake's ListenFn: it binds the addresses the user asked for
// rather than kfake's fixed loopback ones. When the first is taken it
// falls back to a free loopback port, and the others to free ports; a
// later broker's port taken is an error that names it.
func (b *Broker) listen(network, _ string) (net.Listener, error) {
	i := b.listens
	b.listens++
	addr := b.addrs[min(i, len(b.addrs)-1)]
	if i >= len(b.addrs) || i > 0 && b.notice != "" { // a broker added later, or the first fell back: a free port
		host, _, _ := net.SplitHostPort(addr)
		addr = net.JoinHostPort(host, "0")
	}
	ln, err := net.Listen(network, addr)
	if err == nil {
		return ln, nil
	}
	if i > 0 || b.cfg.Strict || !errors.Is(err, syscall.EADDRINUSE) {
		if errors.Is(err, syscall.EADDRINUSE) { // in words, not bind's; i is the broker's node id, as kcat -L numbers it
			return nil, fmt.Errorf("broker %d: %s is in use by another program: give another --listen (port 0 picks a free one)", i, addr)
		}
		return nil, fmt.Errorf("broker %d on %s: %w", i, addr, err)
	}
	ln, err2 := net.Listen(network, "127.0.0.1:0")
	if err2 != nil {
		return nil, fmt.Errorf("%w; and no free loopback port: %v", err, err2)
	}
	b.notice = fmt.Sprintf("%s is in use; the embedded broker listens on %s instead", addr, ln.Addr())
	return ln, nil
}

// Addrs is every broker's host:port.
func (b *Broker) Addrs() []string { return b.cluster.ListenAddrs() }

// Cluster is the kfake cluster, for tests that move leaders or remove
// brokers.
func (b *Broker) Cluster() *kfake.Cluster { return b.cluster }

// Addr is the host:port clients connect to.
func (b *Broker) Addr() string { return b.addr }

// Notice explains a fallback from the requested address, or is empty.
func (b *Broker) Notice() string { return b.notice }

// Run applies retention periodically until ctx ends, then closes the broker.
func (b *Broker) Run(ctx context.Context) {
	defer b.cluster.Close()
	t := time.NewTicker(b.cfg.RetentionPeriod)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			b.cluster.ApplyRetention()
		}
	}
}

// ApplyRetention trims every partition to its retention now.
func (b *Broker) ApplyRetention() { b.cluster.ApplyRetention() }

// Close stops the broker at once (Run also does, when its context ends).
func (b *Broker) Close() { b.cluster.Close() }
