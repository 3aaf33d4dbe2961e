package model

import (
	"strconv"
	"strings"
	"time"
)

// ConfigInput is a typed config value as Kafka takes it: for a duration
// config (a name ending in .ms) a human duration ("2h", "90m", "7d") is
// turned into its milliseconds, since Kafka takes only the number; any
// other value goes as typed, and so does any value of a name Kafka does
// not document (ut18b G15: "retentoin.ms=2h" was previewed as 7200000, as
// if the misspelt name were known; it is said as unknown instead).
func ConfigInput(name, v string) string {
	v = strings.TrimSpace(v)
	if !strings.HasSuffix(name, ".ms") || !KnownTopicConfig(name) {
		return v
	}
	if _, err := strconv.ParseInt(v, 10, 64); err == nil || v == "" {
		return v
	}
	var d time.Duration
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || n <= 0 {
			return v
		}
		d = time.Duration(n * float64(24*time.Hour))
	} else if pd, err := time.ParseDuration(v); err == nil && pd > 0 {
		d = pd
	} else {
		return v
	}
	return strconv.FormatInt(d.Milliseconds(), 10)
}

// KnownTopicConfig reports whether name is one of Kafka's documented
// topic configs.
func KnownTopicConfig(name string) bool { return topicConfigNames[name] }
