package model

import (
	"strings"
	"testing"
)

// A restart note begins a new life of its partition (a WholeTopic one, of
// every partition of its topic): records filed before are of an earlier
// log, those after and other partitions' are not (ut15b C25).
func TestEarlierMarksRecordsFiledBeforeARestart(t *testing.T) {
	var st State
	file := func(r Record) *Record { st.noteLife(&r); return &r }
	old := file(Record{Topic: "orders", Partition: 2, Offset: 143})
	other := file(Record{Topic: "orders", Partition: 1, Offset: 143})
	file(Record{Topic: "orders", Partition: 2, Restart: true, Note: "wiped"})
	fresh := file(Record{Topic: "orders", Partition: 2, Offset: 143})
	if !st.Earlier(old) || st.Earlier(other) || st.Earlier(fresh) {
		t.Fatalf("earlier: old %v (want true), other partition %v, new %v (want false)", st.Earlier(old), st.Earlier(other), st.Earlier(fresh))
	}
	plain := file(Record{Topic: "orders", Partition: 1, Note: "resumed at the log start (retention)"})
	if st.Earlier(other) || st.Earlier(plain) {
		t.Fatalf("a note that is no restart began a new life")
	}
	file(Record{Topic: "orders", Partition: WholeTopic, Restart: true, Note: "recreated"})
	if !st.Earlier(other) || !st.Earlier(fresh) {
		t.Fatalf("a recreated topic did not begin a new life of every partition: %v %v", st.Earlier(other), st.Earlier(fresh))
	}
}

// An export line carries the record's life, so two lines of one
// topic/partition@offset are told apart there too; a first life is left
// out.
func TestExportCarriesTheLife(t *testing.T) {
	if e := NewExportRecord(&Record{Topic: "orders", Life: 2}); e.Life != 2 {
		t.Fatalf("life %d, want 2", e.Life)
	}
	var b strings.Builder
	if err := WriteNDJSON(&b, []Record{{Topic: "orders"}, {Topic: "orders", Life: 1}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || strings.Contains(lines[0], `"life"`) || !strings.Contains(lines[1], `"life":1`) {
		t.Fatalf("export:\n%s", b.String())
	}
}
