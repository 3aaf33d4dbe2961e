package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// Every byte shown for what it is (issue 10): null apart from empty,
// bytes that are not UTF-8 as hex, schema encoded payloads as their JSON
// or, when they cannot be read, as the reason and their raw bytes.

// valueText is a record's value for its log line in the pane's format.
func (p *LogPane) valueText(r *model.Record) string {
	st := p.c.Styles
	switch s := r.ValueSchema; {
	case r.Value == nil:
		return st.Dim.Render(model.NullLabel + " (tombstone)")
	case s != nil && s.JSON == nil:
		return st.Warn.Render("⚠ "+model.PrintablePrefix([]byte(s.Err), 80)) + " " +
			st.Dim.Render(model.BytesOneLine(r.Value, nil, undecodedFormat(s, p.format), valuePreview))
	case s != nil:
		return st.Dim.Render(schemaTag(s.Type)) + st.escapeStyled(model.BytesOneLineJSON(r.Value, s.JSON, p.format, valuePreview))
	case len(r.Value) == 0:
		return st.Dim.Render(model.EmptyLabel)
	}
	return st.escapeStyled(model.BytesOneLineJSON(r.Value, nil, p.format, valuePreview))
}

// undecodedFormat is the format a value read with schema s is shown in
// for the pane's format f, in the list and the detail alike: one that
// could not be decoded has no JSON to show, so auto and JSON show its
// raw bytes in hex (the detail showed `\x00\x01\x02ÿ` where the list
// showed `00 01 02 c3 bf`, ut25b R3); text and base64 as asked.
func undecodedFormat(s *model.SchemaRead, f model.ValueFormat) model.ValueFormat {
	if s != nil && s.JSON == nil && (f == model.FormatAuto || f == model.FormatJSON) {
		return model.FormatHex
	}
	return f
}

// keyBytesText is a non-empty key: its decoded JSON when schema encoded
// (a string key without its quotes), escaped when it is not UTF-8; a key
// of over limit bytes as its two ends. It reports whether the text is
// JSON (model.BytesOneLineJSON).
func keyBytesText(r *model.Record, limit int) (string, bool) {
	var decoded []byte
	if r.KeySchema != nil {
		decoded = r.KeySchema.JSON
		if decoded == nil {
			return "⚠ " + model.BytesOneLine(r.Key, nil, model.FormatHex, 64), false
		}
		if len(decoded) > 0 && decoded[0] == '"' { // a string key, shown without its quotes
			return model.EscapedPrefix([]byte(r.KeyString()), 64), false
		}
	}
	if decoded == nil && len(r.Key) > limit { // a long key keeps both its ends (keyEnds)
		return keyEnds(r.Key, limit, func(b []byte) string { return model.BytesOneLine(b, nil, model.FormatAuto, limit) }), false
	}
	if decoded == nil {
		return model.BytesOneLineJSON(r.Key, nil, model.FormatAuto, limit)
	}
	return model.BytesOneLineJSON(r.Key, decoded, model.FormatAuto, 64)
}

// schemaTag marks a decoded value in the list so Avro and Protobuf
// records stand out from plain JSON ones.
func schemaTag(typ string) string {
	switch typ {
	case "AVRO":
		return "avro "
	case "PROTOBUF":
		return "proto "
	case "JSON":
		return "jsonschema "
	}
	return ""
}

func (p *LogPane) formatHelp() key.Binding {
	b := p.c.Keys.Format
	b.SetHelp(b.Help().Key, "format: "+p.format.String())
	return b
}

// formatTitle names a forced value format in the pane's title.
func (p *LogPane) formatTitle() string {
	if p.format == model.FormatAuto {
		return ""
	}
	return " · " + p.format.String()
}

// schemaLines name the schema a key or value was read with, or why it
// could not be read; its bytes are shown by the key's or value's own
// line, in hex when it could not be read (undecodedFormat).
func schemaLines(st *Styles, label func(string) string, name string, s *model.SchemaRead, w int) []string {
	if s == nil {
		return nil
	}
	text := s.Type
	if text == "" {
		text = "schema"
	}
	// An id and a version are names, written as digits as offsets are
	// and as the registry's errors write them (`schema id 16958399 not
	// found`), not as counts (`16,958,399`, ut25b R3).
	text += " id " + strconv.Itoa(s.ID)
	if s.Subject != "" {
		text += " · subject " + model.PrintableString(s.Subject) + " version " + strconv.Itoa(s.Version)
	}
	if s.Message != "" {
		text += " · message " + model.PrintableString(s.Message)
	}
	// Words wrap whole (a subject is not split mid-name); a word longer
	// than the line breaks at a name boundary (draw.Wrap).
	out := wrapField(label(name), strings.Join(draw.Wrap(text, max(w-draw.Width(label(name)), 8)), "\n"), w)
	if s.JSON == nil { // words wrap whole too, no line starting with a space
		why := st.Warn.Render("⚠ cannot decode: ") + model.PrintableString(s.Err)
		out = append(out, wrapField(label(""), strings.Join(draw.Wrap(why, max(w-draw.Width(label("")), 8)), "\n"), w)...)
	}
	return out
}
