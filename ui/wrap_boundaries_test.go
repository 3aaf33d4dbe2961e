package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// A field's rows hold every cell: a key with spaces, or a break that
// would split an escape, wraps at the field's width instead.
func TestFieldRowsKeepEveryCell(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"topic", "orders-eu-west-1-production-stream"},
		{"spaces", "a key with spaces in it for sure"},
		{"escape", "abc\x1bdefghijkl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cells := runeCells(tc.text)
			rows := fieldRows(cells, 10)
			var lines []string
			for k, c := range cells {
				for rows[k] >= len(lines) {
					lines = append(lines, "")
				}
				lines[rows[k]] += c
			}
			if strings.Join(lines, "") != strings.Join(cells, "") {
				t.Fatalf("cells lost: %q", lines)
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > 10 {
					t.Errorf("row %q is wider than 10", l)
				}
			}
		})
	}
}

// A long schema subject in a record's details wraps at a name boundary,
// not inside a part of its name (schemaLines used ansi.Wrap).
func TestSchemaSubjectWrapsAtNameBoundaries(t *testing.T) {
	st := NewStyles(true)
	label := func(s string) string { return draw.Fit(s, 10) }
	s := &model.SchemaRead{ID: 7, Type: "AVRO", Version: 3, JSON: []byte(`{}`),
		Subject: "com.example.payments.settlement.reconciliation.events.primary_region_eu_west.Value"}
	lines := schemaLines(st, label, "schema", s, 80)
	var parts []string
	for _, l := range lines {
		parts = append(parts, strings.TrimSpace(ansi.Strip(l)[10:]))
	}
	if !strings.Contains(strings.Join(parts, ""), s.Subject) {
		t.Fatalf("the subject is not whole: %q", parts)
	}
	for i := range parts[1:] {
		if strings.Contains(parts[i], "com.") && !nameBoundary(parts[i], parts[i+1]) && !strings.HasSuffix(parts[i], "subject") {
			t.Errorf("the subject breaks inside a name part: %q / %q", parts[i], parts[i+1])
		}
	}
}
