package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Form is the Produce pane's fields exactly as typed. The pane keeps it
// (and its history) as text, so a failed send or a recalled message
// comes back character for character.
type Form struct {
	Topic, Key, Partition, Headers, Value string
	Schema                                string // a SchemaRef; "" sends the value as typed
}

// Outgoing parses the form into a record to send. Errors name the field.
func (f Form) Outgoing() (Outgoing, error) {
	topic := strings.TrimSpace(f.Topic)
	if topic == "" {
		return Outgoing{}, fmt.Errorf("topic: a topic is needed")
	}
	part, err := ParsePartition(f.Partition)
	if err != nil {
		return Outgoing{}, err
	}
	hs, err := ParseHeaders(f.Headers)
	if err != nil {
		return Outgoing{}, err
	}
	out := Outgoing{Topic: topic, Value: []byte(f.Value), Headers: hs, Partition: part}
	if f.Key != "" {
		out.Key = []byte(f.Key)
	}
	return out, nil
}

// ParsePartition reads "auto" (or nothing) as -1, the partitioner's
// choice, and otherwise a partition number.
func ParsePartition(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "auto") {
		return -1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("partition: %q is neither auto nor a partition number", s)
	}
	return n, nil
}

// NoPartition says that topic, with n partitions, has no partition part:
// "orders has 3 partitions (0-2); there is no partition 7". The Produce
// form says it before sending, from the last poll, and the producer after
// its own metadata request, in the same words.
func NoPartition(topic string, n, part int) string {
	span := "0"
	if n > 1 {
		span = "0-" + strconv.Itoa(n-1)
	}
	return fmt.Sprintf("%s has %s (%s); there is no partition %d", topic, Plural(n, "partition"), span, part)
}

// ParseHeaders reads one name=value header per line; blank lines are
// skipped, the value may be empty and may contain '='.
func ParseHeaders(s string) ([]Header, error) {
	var hs []Header
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			// the line as typed (control bytes escaped), not Go-quoted:
			// `"{\"machine_id\": oops"` showed backslashes nobody typed (ut43a-24)
			return nil, fmt.Errorf("headers line %d: \"%s\" is not name=value (e.g. trace-id=7f3a)", i+1, PrintableString(line))
		}
		hs = append(hs, Header{Key: name, Value: []byte(value)})
	}
	return hs, nil
}

// HasTemplate reports whether topic is a seed topic Template writes for.
func HasTemplate(topic string) bool {
	return topic == LaundryTopic || topic == RiderTopic || topic == StudentTopic
}

// Template is a plausible record for a seed topic, as the seed producers
// would write it: key and value, its time now. seen is the keys seen on
// the topic (the machines a view of it holds): a machine's key is one of
// them, or of the demo's own machines where none was seen, never a
// machine nothing runs (ut38a-26: washer-09..12 in a demo of 8 washers
// went stale in Machines a minute after a burst). ok is false for any
// other topic.
func Template(topic string, rng *rand.Rand, now time.Time, seen []string) (key, value string, ok bool) {
	switch topic {
	case LaundryTopic:
		e := RandomMachine(rng, now, seen)
		return e.MachineID, string(MustJSON(e)), true
	case RiderTopic:
		return "location-update", string(MustJSON(RandomRider(rng))), true
	case StudentTopic:
		return "", string(MustJSON(RandomStudent(rng))), true
	}
	return "", "", false
}

// RecordForm is a record as a Produce form, to edit and resend: topic,
// partition, key, headers (name=value lines) and value. A key, header or
// value that is not text, or holds a control byte the form's fields
// cannot hold (any but a newline in the value), cannot be typed back: it
// is left empty and named in lost, a control byte with it ("value
// (control byte \x1b)").
func RecordForm(r *Record) (f Form, lost []string) {
	f = Form{Topic: r.Topic, Partition: strconv.Itoa(r.Partition)}
	text := func(b []byte, what string) string {
		if !utf8.Valid(b) {
			lost = append(lost, what)
			return ""
		}
		// The form's fields drop control characters and turn tabs and
		// carriage returns into spaces and newlines (only the value keeps
		// newlines): a field holding one would send other bytes than the
		// record's (ut18b G6: an ESC vanished from a resent value).
		s := string(b)
		if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && (r != '\n' || what != "value") }); i >= 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			lost = append(lost, what+" (control byte "+PrintableString(string(r))+")")
			return ""
		}
		return s
	}
	f.Key = text(r.Key, "key")
	var hs []string
	for _, h := range r.Headers {
		if v := text(h.Value, "header "+h.Key); v != "" || len(h.Value) == 0 {
			if !strings.ContainsAny(h.Key, "=\n") {
				hs = append(hs, h.Key+"="+v)
			}
		}
	}
	f.Headers = strings.Join(hs, "\n")
	f.Value = text(r.Value, "value")
	if s := r.ValueSchema; s != nil && s.JSON != nil && s.Subject != "" && s.ID != 0 { // a registry schema
		// A schema encoded value comes back as its JSON and its schema,
		// so a send encodes it again (issue 10).
		f.Value = string(s.JSON)
		f.Schema = SchemaRef{Subject: s.Subject, Version: s.Version, Message: s.Message}.String()
		lost = slices.DeleteFunc(lost, func(w string) bool { return w == "value" })
	}
	return f, lost
}
