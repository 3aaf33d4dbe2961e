package ui

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// An export made while aborted transactions' records are shown (`a`)
// says which lines are aborted ("aborted":true), so a replay can leave
// them out; committed lines carry no such field (a user test of issue 14,
// A8: aborted records were written as ordinary ones).
func TestLogExportMarksAbortedRecords(t *testing.T) {
	recs := []model.Record{
		{Topic: "txn", Partition: 0, Offset: 0, Time: fixedNow, Value: []byte("committed-one")},
		{Topic: "txn", Partition: 0, Offset: 3, Time: fixedNow, Value: []byte("aborted-one"), Aborted: true},
		{Topic: "txn", Partition: 0, Offset: 6, Time: fixedNow, Value: []byte("committed-two")},
	}
	a := New(&Common{Ctx: context.Background(), Store: testStore(t), Now: func() time.Time { return fixedNow },
		Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}, ExportDir: t.TempDir()})
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
	writer(a.c).Fold(recs, fixedNow)
	do(a, "6", "z", "a", "/")
	typeText(a, "topic=txn")
	a.Update(keyPress("enter"))
	_, cmd := a.Update(keyPress("e"))
	a.Update(cmd())
	p := a.panes[paneLog].(*LogPane)
	if p.lastPath == "" {
		t.Fatalf("no export: %q", p.notice)
	}
	b, err := os.ReadFile(p.lastPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != len(recs) {
		t.Fatalf("%d lines exported, want %d:\n%s", len(lines), len(recs), b)
	}
	for i, l := range lines {
		var got map[string]any
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		ab, has := got["aborted"]
		switch {
		case recs[i].Aborted && ab != true:
			t.Errorf("aborted record exported without \"aborted\":true: %s", l)
		case !recs[i].Aborted && has:
			t.Errorf("committed record exported with an aborted field: %s", l)
		}
	}
}
