package model

import (
	"fmt"
	"strconv"
	"strings"
)

// SchemaRef names the schema the Produce pane encodes a value with:
// "SUBJECT" (its latest version), "SUBJECT@VERSION" or "SUBJECT@latest",
// optionally "#MESSAGE" for a Protobuf message other than the first.
type SchemaRef struct {
	Subject string
	Version int // -1: the latest
	Message string
}

// ParseSchemaRef reads a schema field as typed; errors name the field.
func ParseSchemaRef(s string) (SchemaRef, error) {
	s = strings.TrimSpace(s)
	ref := SchemaRef{Version: -1}
	s, ref.Message, _ = strings.Cut(s, "#")
	subject, version, hasVersion := strings.Cut(s, "@")
	ref.Subject = strings.TrimSpace(subject)
	if ref.Subject == "" {
		return ref, fmt.Errorf("schema: %q names no subject (want subject, subject@version or subject#Message)", s)
	}
	if hasVersion && !strings.EqualFold(strings.TrimSpace(version), "latest") {
		n, err := strconv.Atoi(strings.TrimSpace(version))
		if err != nil || n < 1 {
			return ref, fmt.Errorf("schema: version %q is neither latest nor a version number", version)
		}
		ref.Version = n
	}
	return ref, nil
}

// String prints the ref as the field takes it.
func (r SchemaRef) String() string {
	s := r.Subject
	if r.Version > 0 {
		s += "@" + strconv.Itoa(r.Version)
	}
	if r.Message != "" {
		s += "#" + r.Message
	}
	return s
}
