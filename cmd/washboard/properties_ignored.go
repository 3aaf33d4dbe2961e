package main

import (
	"slices"

	"github.com/washboard/washboard/model"
)

// harmlessProperties are client tuning keys of the Java client and
// librdkafka that change nothing about where or how securely washboard
// connects: a client.properties made for a producer or consumer
// (Confluent Cloud's, say) carries them. They are accepted and ignored
// with a note in the log; anything else unknown is still refused, since a
// security setting silently ignored would connect differently from what
// the user asked.
var harmlessProperties = []string{
	// connection and metadata tuning
	"client.dns.lookup", "client.rack", "connections.max.idle.ms", "metadata.max.age.ms",
	"topic.metadata.refresh.interval.ms", "reconnect.backoff.ms", "reconnect.backoff.max.ms",
	"retry.backoff.ms", "retry.backoff.max.ms", "request.timeout.ms", "default.api.timeout.ms",
	"socket.connection.setup.timeout.ms", "socket.connection.setup.timeout.max.ms",
	"socket.timeout.ms", "socket.keepalive.enable", "socket.receive.buffer.bytes", "socket.send.buffer.bytes",
	"receive.buffer.bytes", "send.buffer.bytes", "api.version.request", "broker.version.fallback",
	"statistics.interval.ms", "debug", "log_level", "log.connection.close",
	// consumer tuning (washboard never joins a group nor commits)
	"group.id", "group.instance.id", "session.timeout.ms", "heartbeat.interval.ms", "max.poll.interval.ms",
	"max.poll.records", "enable.auto.commit", "auto.commit.interval.ms", "auto.offset.reset",
	"isolation.level", "fetch.min.bytes", "fetch.max.bytes", "fetch.max.wait.ms", "fetch.wait.max.ms",
	"max.partition.fetch.bytes", "partition.assignment.strategy", "group.protocol", "check.crcs",
	"key.deserializer", "value.deserializer",
	// producer tuning
	"acks", "request.required.acks", "retries", "linger.ms", "batch.size", "buffer.memory", "compression.type",
	"compression.codec", "delivery.timeout.ms", "enable.idempotence", "max.in.flight.requests.per.connection",
	"max.request.size", "message.max.bytes", "queue.buffering.max.ms", "transaction.timeout.ms",
	"key.serializer", "value.serializer",
	// the schema registry's keys, which Confluent Cloud puts in the same file
	"schema.registry.url", "basic.auth.credentials.source", "basic.auth.user.info",
	"schema.registry.basic.auth.user.info", "schema.registry.basic.auth.credentials.source",
	// TLS details washboard settles itself (TLS 1.2 or later, Go's ciphers)
	"ssl.protocol", "ssl.enabled.protocols", "ssl.cipher.suites",
}

// harmless reports whether name is a known, harmless tuning key.
func harmless(name string) bool { return slices.Contains(harmlessProperties, name) }

// knownProperties are every name washboard recognises, for suggestions.
func knownProperties() []string {
	var names []string
	for _, p := range properties {
		names = append(names, p.names...)
	}
	return append(names, harmlessProperties...)
}

// unknownProperty words a property washboard does not know: the closest
// known name for a typo, else what it reads.
func unknownProperty(name string) string {
	if near := model.Closest(name, knownProperties()); near != "" {
		return "unknown property: did you mean " + near + "?"
	}
	return "unknown or not supported by washboard (it reads " + supportedProperties() +
		"; client tuning keys like acks or session.timeout.ms are ignored)"
}
