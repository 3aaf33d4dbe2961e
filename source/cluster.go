package source

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/segmentio/kafka-go"
	metadataAPI "github.com/segmentio/kafka-go/protocol/metadata"
	"github.com/twmb/franz-go/pkg/kmsg"
	"github.com/twmb/franz-go/pkg/kversion"

	"github.com/washboard/washboard/model"
)

// metadata reads the cluster's Metadata: every topic, partition and
// broker. kafka-go's transport answers it from the metadata it keeps for
// routing (refreshed every few seconds), so it costs no extra request per
// poll. The protocol answer is used rather than kafka.Client.Metadata,
// which turns an unknown leader or replica into broker 0.
func (p *Poller) metadata(ctx context.Context) (*metadataAPI.Response, error) {
	m, err := p.roundTrip(ctx, &metadataAPI.Request{})
	if err != nil {
		return nil, fmt.Errorf("metadata: %w", err)
	}
	res, ok := m.(*metadataAPI.Response)
	if !ok {
		return nil, fmt.Errorf("metadata: unexpected answer %T", m)
	}
	return res, nil
}

// brokerBook remembers every broker seen since start and what each speaks.
type brokerBook struct {
	seen  map[int32]model.BrokerStat
	kafka map[int32]string          // version guess from ApiVersions
	max   map[int32]map[int16]int16 // highest version per API key
}

// cluster turns Metadata into the cluster view, asking each broker it has
// not asked yet for its ApiVersions. A broker that does not answer is
// asked again next poll; the cluster view does not wait for it.
func (p *Poller) cluster(ctx context.Context, meta *metadataAPI.Response) model.ClusterInfo {
	b := &p.brokers
	if b.seen == nil {
		b.seen, b.kafka, b.max = map[int32]model.BrokerStat{}, map[int32]string{}, map[int32]map[int16]int16{}
	}
	live := map[int32]bool{}
	for _, br := range meta.Brokers {
		live[br.NodeID] = true
		b.seen[br.NodeID] = model.BrokerStat{ID: int(br.NodeID), Host: br.Host, Port: int(br.Port), Rack: br.Rack}
		if _, ok := b.kafka[br.NodeID]; !ok {
			p.apiVersions(ctx, br.NodeID)
		}
	}
	info := model.ClusterInfo{ID: meta.ClusterID, Controller: int(meta.ControllerID)}
	guesses := map[string]bool{}
	for id, bs := range b.seen {
		bs.Gone = !live[id]
		bs.Kafka = b.kafka[id]
		if bs.Gone {
			delete(b.kafka, id) // ask again when it returns: it may have been upgraded
		} else if bs.Kafka != "" {
			guesses[bs.Kafka] = true
		}
		info.Brokers = append(info.Brokers, bs)
	}
	sort.Slice(info.Brokers, func(i, j int) bool {
		a, c := info.Brokers[i], info.Brokers[j]
		if a.Gone != c.Gone {
			return !a.Gone
		}
		return a.ID < c.ID
	})
	kinds := make([]string, 0, len(guesses))
	for g := range guesses {
		kinds = append(kinds, g)
	}
	sort.Strings(kinds)
	info.Kafka = strings.Join(kinds, " / ")
	return info
}

// apiVersions asks one broker which versions of each API it speaks, and
// guesses its Kafka release from them.
func (p *Poller) apiVersions(ctx context.Context, id int32) {
	req := kmsg.NewPtrApiVersionsRequest()
	req.Version = 3
	req.ClientSoftwareName, req.ClientSoftwareVersion = "washboard", "1"
	m, err := p.rawRoundTrip(ctx, req, toBroker(id))
	if err != nil {
		if p.Log != nil {
			p.Log.Debug("api versions", "broker", id, "err", err)
		}
		return
	}
	res := m.(*kmsg.ApiVersionsResponse)
	if res.ErrorCode != 0 {
		return
	}
	p.brokers.kafka[id] = kafkaRelease(res)
	maxes := map[int16]int16{}
	for _, k := range res.ApiKeys {
		maxes[k.ApiKey] = k.MaxVersion
	}
	p.brokers.max[id] = maxes
}

// kafkaRelease guesses the Kafka release from the versions a broker
// speaks (franz-go's kversion). A broker that is not a stock release
// (kfake, a vendor build) lacks some keys: the guess then looks only at
// the keys it has ("at least v3.9").
func kafkaRelease(res *kmsg.ApiVersionsResponse) string {
	vs := kversion.FromApiVersionsResponse(res)
	guess := vs.VersionGuess()
	if strings.HasPrefix(guess, "v") || strings.HasPrefix(guess, "at least") {
		return guess
	}
	have := map[int16]bool{}
	for _, k := range res.ApiKeys {
		have[k.ApiKey] = true
	}
	var absent []int16
	for k := range int16(200) {
		if !have[k] {
			absent = append(absent, k)
		}
	}
	return vs.VersionGuess(kversion.SkipKeys(absent...))
}

// maxVersion is the highest version of key broker id speaks, -1 unknown.
func (p *Poller) maxVersion(id int32, key kmsg.Key) int16 {
	if v, ok := p.brokers.max[id][key.Int16()]; ok {
		return v
	}
	return -1
}

// layout is one Metadata answer in washboard's terms.
type layout struct {
	topics []model.TopicStat
	parts  []model.PartitionStat // every partition, sorted by topic and number
	// byLeader is every partition with a live leader, per leader and topic:
	// what ListOffsets batches.
	byLeader map[int32]map[string][]int32
	names    []string // non-internal topics, sorted
}

// newLayout reads the topics and partitions out of Metadata.
func newLayout(meta *metadataAPI.Response) layout {
	l := layout{byLeader: map[int32]map[string][]int32{}}
	live := map[int32]bool{}
	for _, b := range meta.Brokers {
		live[b.NodeID] = true
	}
	for _, t := range meta.Topics {
		ts := model.TopicStat{Name: t.Name, Internal: t.IsInternal || strings.HasPrefix(t.Name, "__") || t.Name == "_schemas"}
		if t.ErrorCode != 0 {
			ts.Err = errWords(t.ErrorCode)
			l.topics = append(l.topics, ts)
			continue
		}
		if !ts.Internal {
			l.names = append(l.names, t.Name)
		}
		ts.Partitions = len(t.Partitions)
		for i, pt := range t.Partitions {
			ps := model.PartitionStat{Topic: t.Name, Partition: int(pt.PartitionIndex), Leader: int(pt.LeaderID),
				Replicas: ints(pt.ReplicaNodes), ISR: ints(pt.IsrNodes), Internal: ts.Internal}
			if i == 0 {
				ts.Replication = len(pt.ReplicaNodes)
			}
			switch {
			case pt.LeaderID < 0:
				ps.Leader, ps.Err = -1, "no leader"
			case !live[pt.LeaderID]:
				ps.Err = fmt.Sprintf("leader %d is not in the cluster", pt.LeaderID)
				ps.Leader = -1
			case pt.ErrorCode != 0:
				ps.Err = errWords(pt.ErrorCode)
			}
			if ps.Offline() {
				ts.Offline++
			} else {
				lead := pt.LeaderID
				if l.byLeader[lead] == nil {
					l.byLeader[lead] = map[string][]int32{}
				}
				l.byLeader[lead][t.Name] = append(l.byLeader[lead][t.Name], pt.PartitionIndex)
			}
			if ps.UnderReplicated() {
				ts.UnderReplicated++
			}
			l.parts = append(l.parts, ps)
		}
		l.topics = append(l.topics, ts)
	}
	sort.Slice(l.topics, func(i, j int) bool { return model.NaturalLess(l.topics[i].Name, l.topics[j].Name) })
	sort.Slice(l.parts, func(i, j int) bool {
		return model.CompareTP(model.TP{Topic: l.parts[i].Topic, Partition: l.parts[i].Partition}, model.TP{Topic: l.parts[j].Topic, Partition: l.parts[j].Partition}) < 0
	})
	sort.Strings(l.names)
	return l
}

func ints(ids []int32) []int {
	out := make([]int, len(ids))
	for i, id := range ids {
		out[i] = int(id)
	}
	return out
}

// errWords is a Kafka error code as a short phrase ("Unknown Topic Or Partition").
func errWords(code int16) string {
	e := kafka.Error(code)
	if t := e.Title(); t != "" {
		return t
	}
	return e.Error()
}

// watched is the partitions the tail reads: the watched topics' only.
func (p *Poller) watched(parts []model.PartitionStat) []model.PartitionStat {
	out := make([]model.PartitionStat, 0, len(parts))
	for _, ps := range parts {
		if p.Watch.Matches(ps.Topic, ps.Internal) {
			out = append(out, ps)
		}
	}
	return out
}

// errAll reports whether every result failed: a partial answer is still
// published, with words on the partitions it misses.
func errAll(n, failed int, err error) error {
	if n > 0 && failed == n {
		return err
	}
	return nil
}
