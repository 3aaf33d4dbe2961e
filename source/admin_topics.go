package source

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/washboard/washboard/model"
)

// CreateTopic creates a topic (CreateTopics). The broker's refusal (a
// policy, authorization, a replication factor larger than the brokers)
// comes back in its words.
func (a *Admin) CreateTopic(ctx context.Context, spec model.TopicSpec) error {
	defer a.topicChanged(spec.Name)
	req := kmsg.NewPtrCreateTopicsRequest()
	req.TimeoutMillis = 30_000
	rt := kmsg.NewCreateTopicsRequestTopic()
	rt.Topic, rt.NumPartitions, rt.ReplicationFactor = spec.Name, spec.Partitions, spec.Replicas
	for k, v := range spec.Configs {
		c := kmsg.NewCreateTopicsRequestTopicConfig()
		c.Name, c.Value = k, kmsg.StringPtr(v)
		rt.Configs = append(rt.Configs, c)
	}
	req.Topics = append(req.Topics, rt)
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return err
	}
	for _, t := range m.(*kmsg.CreateTopicsResponse).Topics {
		if err := codeErr(t.ErrorCode, t.ErrorMessage); err != nil {
			return fmt.Errorf("create %s: %w", spec.Name, err)
		}
	}
	return nil
}

// AddPartitions grows a topic to total partitions (CreatePartitions).
// Kafka cannot remove partitions; a smaller count is refused in words.
func (a *Admin) AddPartitions(ctx context.Context, topic string, total int32) error {
	defer a.topicChanged(topic)
	req := kmsg.NewPtrCreatePartitionsRequest()
	req.TimeoutMillis = 30_000
	rt := kmsg.NewCreatePartitionsRequestTopic()
	rt.Topic, rt.Count = topic, total
	req.Topics = append(req.Topics, rt)
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return err
	}
	for _, t := range m.(*kmsg.CreatePartitionsResponse).Topics {
		if err := codeErr(t.ErrorCode, t.ErrorMessage); err != nil {
			return fmt.Errorf("add partitions to %s: %w", topic, err)
		}
	}
	return nil
}

// TopicConfig reads one config of a topic with its synonyms
// (DescribeConfigs v1+ with IncludeSynonyms): the value in force, whether
// the topic sets it itself, and the value deleting that setting leaves
// (the first synonym that is not the topic's own: a broker's, the
// cluster's or Kafka's default).
func (a *Admin) TopicConfig(ctx context.Context, topic, name string) (model.ConfigRead, error) {
	var read model.ConfigRead
	req := kmsg.NewPtrDescribeConfigsRequest()
	req.IncludeSynonyms = true
	r := kmsg.NewDescribeConfigsRequestResource()
	r.ResourceType, r.ResourceName, r.ConfigNames = kmsg.ConfigResourceTypeTopic, topic, []string{name}
	broker, hasBroker := brokerSynonyms[name]
	if hasBroker && broker != name { // a broker that lists its default under its own name (brokerSynonyms)
		r.ConfigNames = append(r.ConfigNames, broker)
	}
	req.Resources = append(req.Resources, r)
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return read, err
	}
	for _, res := range m.(*kmsg.DescribeConfigsResponse).Resources {
		if err := codeErr(res.ErrorCode, res.ErrorMessage); err != nil {
			return read, fmt.Errorf("describe %s: %w", topic, err)
		}
		for _, c := range res.Configs {
			if c.Name != name {
				continue
			}
			read.Set = c.Value != nil
			if read.Set {
				read.Value = *c.Value
			}
			read.OnTopic = c.Source == kmsg.ConfigSourceDynamicTopicConfig
			if !read.OnTopic { // already the default: deleting leaves it
				read.Default, read.DefaultSet, read.DefaultFrom = read.Value, read.Set, fallbackWords(c.Source)
				if b, ok := brokerDefault(res.Configs, broker, c); ok {
					read.Value, read.Set = b.value, b.set
					read.Default, read.DefaultSet, read.DefaultFrom = b.value, b.set, b.from
				}
				continue
			}
			for _, syn := range c.ConfigSynonyms {
				if syn.Source == kmsg.ConfigSourceDynamicTopicConfig {
					continue // Kafka lists the topic's own setting first
				}
				read.DefaultSet = syn.Value != nil
				if read.DefaultSet {
					read.Default = *syn.Value
				}
				read.DefaultFrom = fallbackWords(syn.Source)
				break
			}
			if b, ok := brokerDefault(res.Configs, broker, c); ok {
				read.Default, read.DefaultSet, read.DefaultFrom = b.value, b.set, b.from
			}
		}
	}
	return read, nil
}

// brokerSetting is a default a broker sets for a topic config.
type brokerSetting struct {
	value, from string
	set         bool
}

// brokerDefault is the broker's setting of c's default listed under the
// broker's own name (brokerSynonyms) where c's synonyms name no broker's
// or cluster's setting (c itself Kafka's default, or the topic's own with
// Kafka's default under it): the value in force on a broker that lists
// it so (kfake, the embedded one).
func brokerDefault(configs []kmsg.DescribeConfigsResponseResourceConfig, broker string, c kmsg.DescribeConfigsResponseResourceConfig) (brokerSetting, bool) {
	if broker == "" || broker == c.Name {
		return brokerSetting{}, false
	}
	for _, syn := range append([]kmsg.DescribeConfigsResponseResourceConfigConfigSynonym{{Source: c.Source}}, c.ConfigSynonyms...) {
		if syn.Source != kmsg.ConfigSourceDefaultConfig && syn.Source != kmsg.ConfigSourceDynamicTopicConfig {
			return brokerSetting{}, false // Kafka said where the default comes from
		}
	}
	for _, b := range configs {
		if b.Name == broker && b.Source != kmsg.ConfigSourceDefaultConfig {
			s := brokerSetting{from: fallbackWords(b.Source), set: b.Value != nil}
			if s.set {
				s.value = *b.Value
			}
			return s, true
		}
	}
	return brokerSetting{}, false
}

// fallbackWords says where a topic's default comes from, by the
// synonym's source (DescribeConfigs' ConfigSource).
func fallbackWords(s kmsg.ConfigSource) string {
	switch s {
	case kmsg.ConfigSourceDynamicBrokerConfig:
		return "the broker's own setting"
	case kmsg.ConfigSourceDynamicDefaultBrokerConfig:
		return "the cluster default"
	case kmsg.ConfigSourceStaticBrokerConfig:
		return "the broker default (server.properties)"
	case kmsg.ConfigSourceDefaultConfig:
		return "Kafka's default"
	}
	return "the default"
}

// SetTopicConfig sets one config of a topic (IncrementalAlterConfigs,
// SET; an empty value DELETEs it back to the default) and returns the
// value before and after, read from the broker.
func (a *Admin) SetTopicConfig(ctx context.Context, topic, name, value string) (old, now string, err error) {
	defer a.topicChanged(topic)
	name = strings.TrimSpace(name)
	if name == "" {
		return "", "", errors.New("name the config to set (e.g. retention.ms)")
	}
	was, err := a.TopicConfig(ctx, topic, name)
	if err != nil {
		return "", "", err
	}
	old = was.Value
	req := kmsg.NewPtrIncrementalAlterConfigsRequest()
	r := kmsg.NewIncrementalAlterConfigsRequestResource()
	r.ResourceType, r.ResourceName = kmsg.ConfigResourceTypeTopic, topic
	c := kmsg.NewIncrementalAlterConfigsRequestResourceConfig()
	c.Name, c.Op, c.Value = name, kmsg.IncrementalAlterConfigOpSet, kmsg.StringPtr(value)
	if value == "" {
		c.Op, c.Value = kmsg.IncrementalAlterConfigOpDelete, nil
	}
	r.Configs = append(r.Configs, c)
	req.Resources = append(req.Resources, r)
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return old, "", err
	}
	for _, res := range m.(*kmsg.IncrementalAlterConfigsResponse).Resources {
		if err := codeErr(res.ErrorCode, res.ErrorMessage); err != nil {
			return old, "", fmt.Errorf("set %s on %s: %w", name, topic, err)
		}
	}
	is, err := a.TopicConfig(ctx, topic, name)
	return old, is.Value, err
}

// DeleteTopic deletes a topic (DeleteTopics).
func (a *Admin) DeleteTopic(ctx context.Context, topic string) error {
	defer a.topicChanged(topic)
	req := kmsg.NewPtrDeleteTopicsRequest()
	req.TimeoutMillis = 30_000
	req.TopicNames = []string{topic}
	rt := kmsg.NewDeleteTopicsRequestTopic()
	rt.Topic = kmsg.StringPtr(topic)
	req.Topics = append(req.Topics, rt)
	m, err := a.call(ctx, req, "", anyBroker)
	if err != nil {
		return err
	}
	for _, t := range m.(*kmsg.DeleteTopicsResponse).Topics {
		if err := codeErr(t.ErrorCode, t.ErrorMessage); err != nil {
			return fmt.Errorf("delete %s: %w", topic, err)
		}
	}
	return nil
}
