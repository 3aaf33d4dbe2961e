package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// TopicSpec is a topic to create. Partitions and Replicas of -1 take the
// broker's defaults (num.partitions, default.replication.factor).
type TopicSpec struct {
	Name       string
	Partitions int32
	Replicas   int16
	Configs    map[string]string
}

// ParseTopicSpec reads the create-topic form: a name, a partition count
// and a replication factor ("" or "default": the broker's), and configs
// as "key=value" separated by spaces or commas; a duration config's human
// duration ("retention.ms=2h") is kept as its milliseconds (ConfigInput).
//
// Every field's mistake is said at once, joined ("; "), so a form with
// three takes one correction, not three (ut15a A18).
func ParseTopicSpec(name, partitions, replicas, configs string) (TopicSpec, error) {
	spec := TopicSpec{Name: strings.TrimSpace(name), Partitions: -1, Replicas: -1}
	var errs []string
	if err := ValidTopicName(spec.Name); err != nil {
		errs = append(errs, err.Error())
	}
	if v := strings.TrimSpace(partitions); v != "" && v != "default" {
		n, err := strconv.ParseInt(v, 10, 32)
		if err != nil || n < 1 {
			errs = append(errs, fmt.Sprintf("partitions %q: want a whole number from 1, or empty for the broker's default", v))
		}
		spec.Partitions = int32(n)
	}
	if v := strings.TrimSpace(replicas); v != "" && v != "default" {
		n, err := strconv.ParseInt(v, 10, 16)
		if err != nil || n < 1 {
			errs = append(errs, fmt.Sprintf("replication factor %q: want a whole number from 1, or empty for the broker's default", v))
		}
		spec.Replicas = int16(n)
	}
	for _, kv := range strings.FieldsFunc(configs, func(r rune) bool { return r == ',' || r == ' ' }) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			errs = append(errs, fmt.Sprintf("config %q: want key=value (e.g. retention.ms=86400000)", kv))
			continue
		}
		if spec.Configs == nil {
			spec.Configs = map[string]string{}
		}
		spec.Configs[k] = ConfigInput(k, v) // "2h" for a .ms config goes as its milliseconds, as E sends it
		if e := TopicConfigValueError(k, spec.Configs[k]); e != "" {
			errs = append(errs, "config "+e)
		}
	}
	if len(errs) > 0 {
		return spec, errors.New(strings.Join(errs, "; "))
	}
	return spec, nil
}
