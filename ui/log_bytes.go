package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

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
		f := p.format // text, hex and base64 as asked; no JSON to show, so hex otherwise
		if f == model.FormatAuto || f == model.FormatJSON {
			f = model.FormatHex
		}
		return st.Warn.Render("⚠ "+model.PrintablePrefix([]byte(s.Err), 80)) + " " +
			st.Dim.Render(model.BytesOneLine(r.Value, nil, f, valuePreview))
	case s != nil:
		return st.Dim.Render(schemaTag(s.Type)) + st.escapeStyled(model.BytesOneLineJSON(r.Value, s.JSON, p.format, valuePreview))
	case len(r.Value) == 0:
		return st.Dim.Render(model.EmptyLabel)
	}
	return st.escapeStyled(model.BytesOneLineJSON(r.Value, nil, p.format, valuePreview))
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
// could not be read; the raw bytes stay visible below in hex.
func schemaLines(st *Styles, label func(string) string, name string, s *model.SchemaRead, raw []byte, w int) []string {
	if s == nil {
		return nil
	}
	text := s.Type
	if text == "" {
		text = "schema"
	}
	text += " id " + count(s.ID)
	if s.Subject != "" {
		text += " · subject " + model.PrintableString(s.Subject) + " version " + count(s.Version)
	}
	if s.Message != "" {
		text += " · message " + model.PrintableString(s.Message)
	}
	// Words wrap whole (a subject is not split mid-name); a word longer
	// than the line breaks at a name boundary (draw.Wrap).
	out := wrapField(label(name), strings.Join(draw.Wrap(text, max(w-ansi.StringWidth(label(name)), 8)), "\n"), w)
	if s.JSON == nil {
		out = append(out, wrapField(label(""), st.Warn.Render("⚠ cannot decode: ")+model.PrintableString(s.Err), w)...)
		if raw != nil { // nil: the caller shows the bytes itself (the value section)
			out = append(out, label("raw"))
			for _, l := range model.HexDumpWidth(raw, 4<<10, w-2) {
				out = append(out, "  "+l)
			}
		}
	}
	return out
}
