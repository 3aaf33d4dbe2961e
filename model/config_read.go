package model

// ConfigRead is one topic config as DescribeConfigs reads it with its
// synonyms (source.Admin.TopicConfig).
type ConfigRead struct {
	// Value is the value in force; Set is false when the broker gives none.
	Value string
	Set   bool
	// OnTopic says the topic sets it itself (source DYNAMIC_TOPIC_CONFIG):
	// deleting it goes back to Default.
	OnTopic bool
	// Default is what the topic falls back to without its own setting:
	// the first synonym from a broker, the cluster or Kafka itself;
	// DefaultSet is false when the broker does not say (no synonyms).
	Default    string
	DefaultSet bool
	// DefaultFrom says where Default comes from, in words: "the broker
	// default", "the cluster default", "Kafka's default", …
	DefaultFrom string
}
