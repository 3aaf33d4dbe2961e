package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/washboard/washboard/model"
)

// A value (or key) that looks like the registry's wire format but could
// not be read is shown one way in the list and the detail: its bytes in
// hex in auto (the detail showed escaped text, `\x00\x01\x02ÿ`, under
// the list's `00 01 02 c3 bf`), and its schema id written as the
// registry's error writes it, digits only (`16,958,399` one line above
// `16958399`), at 80x24 and 200x50 (ut25b R3).
func TestLogUndecodedShownOneWay(t *testing.T) {
	const (
		id  = "16958399"
		err = "schema id " + id + " not found in the schema registry at http://127.0.0.1:31953"
	)
	bin := []byte{0x00, 0x01, 0x02, 0xc3, 0xbf}
	read := func() *model.SchemaRead { return &model.SchemaRead{ID: 16958399, Err: err} }
	rec := model.Record{Topic: "hostile", Partition: 0, Offset: 6, Time: fixedNow.Add(-time.Second),
		Key: bin, KeySchema: read(), Value: bin, ValueSchema: read()}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		a := logApp(t, size[0], size[1], rec)
		if s := screen(a); !strings.Contains(s, "00 01 02 c3 bf") {
			t.Fatalf("%dx%d: the list does not show the bytes in hex:\n%s", size[0], size[1], s)
		}
		do(a, "space", "enter")
		s := screen(a)
		if strings.Contains(s, "16,958,399") || !strings.Contains(s, "schema id "+id) {
			t.Errorf("%dx%d: the schema id is written two ways:\n%s", size[0], size[1], s)
		}
		if strings.Contains(s, `\x00\x01\x02`) || strings.Count(s, "00 01 02 c3 bf") != 2 {
			t.Errorf("%dx%d: the detail does not show the key's and the value's bytes in hex, once each, as the list does:\n%s", size[0], size[1], s)
		}
		if strings.Contains(s, "schemaschema") || strings.Contains(s, "│           at http") {
			t.Errorf("%dx%d: a schema line runs into its label or wraps onto a space:\n%s", size[0], size[1], s)
		}
		if got := detailField(s, "key"); len(got) < 2 || got[0] != "00 01 02 c3 bf" || got[1] != "schema id "+id {
			t.Errorf("%dx%d: key lines %q, want its bytes in hex, its schema under them", size[0], size[1], got)
		}
		do(a, "f") // text, as asked
		if s := screen(a); !strings.Contains(s, `\x00\x01\x02ÿ`) {
			t.Errorf("%dx%d: f text does not show the bytes as text:\n%s", size[0], size[1], s)
		}
	}
}
