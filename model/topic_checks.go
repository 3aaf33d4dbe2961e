package model

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// maxTopicName is Kafka's longest topic name (249: a partition directory
// "name-NNNNN" must fit 255 bytes).
const maxTopicName = 249

// ValidTopicName checks a topic name by Kafka's rules (Topic.validate):
// 1 to 249 characters of [a-zA-Z0-9._-], and not "." or "..".
func ValidTopicName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("name the topic")
	case name == "." || name == "..":
		return fmt.Errorf("topic name %q: Kafka does not allow \".\" or \"..\"", name)
	case len(name) > maxTopicName:
		return fmt.Errorf("topic name is %d characters: Kafka allows at most %d", len(name), maxTopicName)
	}
	if bad := badTopicRunes(name); len(bad) > 0 {
		// the name quoted, as every refusal writes one, so a name with
		// spaces does not run into the sentence; every character Kafka
		// refuses named at once, not one per try (ut42b-17)
		verb := "is"
		if len(bad) > 1 {
			verb = "are"
		}
		return fmt.Errorf("topic name \"%s\": %s %s not allowed; Kafka takes letters, digits, '.', '_' and '-'",
			PrintableString(name), andList(bad), verb)
	}
	return nil
}

// andList is items said as a list: "a", "a and b", "a, b and c".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// badTopicRunes is the characters of name a topic name may not hold,
// each once, quoted ('/'), in the order they first appear.
func badTopicRunes(name string) []string {
	var bad []string
	for _, r := range name {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-' {
			continue
		}
		if q := fmt.Sprintf("%q", r); !slices.Contains(bad, q) {
			bad = append(bad, q)
		}
	}
	return bad
}

// topicConfigNames are the topic-level configs in Kafka's documentation
// (kafka.apache.org/documentation/#topicconfigs, Kafka 3.9/4.0).
var topicConfigNames = map[string]bool{
	"cleanup.policy": true, "compression.gzip.level": true, "compression.lz4.level": true, "compression.type": true,
	"compression.zstd.level": true, "delete.retention.ms": true, "file.delete.delay.ms": true, "flush.messages": true,
	"flush.ms": true, "follower.replication.throttled.replicas": true, "index.interval.bytes": true,
	"leader.replication.throttled.replicas": true, "local.retention.bytes": true, "local.retention.ms": true,
	"max.compaction.lag.ms": true, "max.message.bytes": true, "message.downconversion.enable": true,
	"message.format.version": true, "message.timestamp.after.max.ms": true, "message.timestamp.before.max.ms": true,
	"message.timestamp.difference.max.ms": true, "message.timestamp.type": true, "min.cleanable.dirty.ratio": true,
	"min.compaction.lag.ms": true, "min.insync.replicas": true, "preallocate": true, "remote.log.copy.disable": true,
	"remote.log.delete.on.disable": true, "remote.storage.enable": true, "retention.bytes": true, "retention.ms": true,
	"segment.bytes": true, "segment.index.bytes": true, "segment.jitter.ms": true, "segment.ms": true,
	"unclean.leader.election.enable": true,
}

// UnknownTopicConfigs is the names among configs that Kafka's documented
// topic configs do not include, sorted: likely typos.
func UnknownTopicConfigs(names ...string) []string {
	var out []string
	for _, n := range names {
		if !topicConfigNames[n] {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// TopicConfigWarning is what may be wrong with setting a topic config
// name (as Kafka takes it, after ConfigInput), "" when nothing is: a name
// Kafka's topic configs do not include, with the one it is near (a newer
// broker may know it, so the form warns and lets it go). A value the form
// knows is wrong is TopicConfigValueError's, refused before the preview.
// The create and edit forms both say it, in these words.
func TopicConfigWarning(name, _ string) string {
	if len(UnknownTopicConfigs(name)) > 0 {
		names := make([]string, 0, len(topicConfigNames))
		for n := range topicConfigNames {
			names = append(names, n)
		}
		sort.Strings(names)
		if near := Closest(name, names); near != "" {
			return "! " + PrintableString(name) + " is not a topic config Kafka documents: did you mean " + near + "? (a broker that does not know it refuses it)"
		}
		return "! " + PrintableString(name) + " is not a topic config Kafka documents (a typo? a broker that does not know it refuses it)"
	}
	return ""
}

// TopicConfigValueError is what is wrong with a value for a documented
// duration or size config (name ending .ms or .bytes; value as Kafka takes it, after
// ConfigInput), "" when nothing is: not a whole number. The forms refuse
// it in these words, naming the config, and send nothing (ut24a P5:
// segment.bytes=abc was warned about and sent).
func TopicConfigValueError(name, value string) string {
	if value == "" || value == "-1" || !topicConfigNames[name] {
		return "" // a name Kafka does not document is warned about as such
	}
	if strings.HasSuffix(name, ".ms") || strings.HasSuffix(name, ".bytes") {
		if _, err := strconv.ParseInt(value, 10, 64); err != nil {
			unit := "a whole number of bytes"
			if strings.HasSuffix(name, ".ms") {
				unit = "milliseconds or a duration like 2h, 90m, 7d"
			}
			return PrintableString(name) + "=" + PrintableString(value) + ": want " + unit
		}
	}
	return ""
}

// TopicWarnings are the create-topic form's warnings, checked before the
// confirmation: configs Kafka does not document and a replication factor
// above the live brokers (live < 0: unknown).
func TopicWarnings(spec TopicSpec, live int) []string {
	var out []string
	names := make([]string, 0, len(spec.Configs))
	for k := range spec.Configs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		if w := TopicConfigWarning(n, spec.Configs[n]); w != "" {
			out = append(out, w)
		}
	}
	if live >= 0 && int(spec.Replicas) > live {
		out = append(out, fmt.Sprintf("! replication factor %d is more than the %s: Kafka will refuse it", spec.Replicas, Plural(live, "live broker")))
	}
	return out
}
