package source

// brokerSynonyms maps a topic config to the broker config that sets its
// default (Kafka's LogConfig synonyms, "Topic-Level Configs" in the Kafka
// docs: retention.bytes falls back to log.retention.bytes, and so on).
// Kafka lists the broker's value as a synonym of the topic's config; some
// brokers (kfake, the embedded one) list it under the broker's own name
// instead, so washboard says it under the topic's name and reads the
// default from it (ut32b Zb7: E said retention.bytes "stays -1, Kafka's
// default" beside a detail saying `log.retention.bytes 8 MiB broker`).
var brokerSynonyms = map[string]string{
	"cleanup.policy":                 "log.cleanup.policy",
	"compression.type":               "compression.type",
	"delete.retention.ms":            "log.cleaner.delete.retention.ms",
	"file.delete.delay.ms":           "log.segment.delete.delay.ms",
	"flush.messages":                 "log.flush.interval.messages",
	"flush.ms":                       "log.flush.interval.ms",
	"index.interval.bytes":           "log.index.interval.bytes",
	"local.retention.bytes":          "log.local.retention.bytes",
	"local.retention.ms":             "log.local.retention.ms",
	"max.compaction.lag.ms":          "log.cleaner.max.compaction.lag.ms",
	"max.message.bytes":              "message.max.bytes",
	"message.timestamp.type":         "log.message.timestamp.type",
	"min.cleanable.dirty.ratio":      "log.cleaner.min.cleanable.ratio",
	"min.compaction.lag.ms":          "log.cleaner.min.compaction.lag.ms",
	"min.insync.replicas":            "min.insync.replicas",
	"preallocate":                    "log.preallocate",
	"retention.bytes":                "log.retention.bytes",
	"retention.ms":                   "log.retention.ms",
	"segment.bytes":                  "log.segment.bytes",
	"segment.index.bytes":            "log.index.size.max.bytes",
	"segment.jitter.ms":              "log.roll.jitter.ms",
	"segment.ms":                     "log.roll.ms",
	"unclean.leader.election.enable": "unclean.leader.election.enable",
}

// topicNameOf is the topic config a broker config name sets the default
// of, and whether it is one ("log.retention.bytes" → "retention.bytes").
func topicNameOf(brokerName string) (string, bool) {
	for topic, broker := range brokerSynonyms {
		if broker == brokerName && topic != brokerName {
			return topic, true
		}
	}
	return "", false
}
