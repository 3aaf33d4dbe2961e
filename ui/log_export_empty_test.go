package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// e with nothing to export (an empty Log, or a filter no record held
// matches) says so and writes no file (ut33: an empty file was written
// and reported as an export of 0 records).
func TestLogExportOfNothingWritesNoFile(t *testing.T) {
	for _, tc := range []struct {
		name, filter, want string
	}{
		{"empty log", "", "nothing to export: the Log holds no record"},
		{"no match", "topic=no-such-topic", "nothing to export: no record held matches the filter"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := logApp(t, 100, 24)
			if tc.filter == "" {
				a = New(&Common{Ctx: context.Background(), Store: model.NewStore(model.DefaultViews(), model.DefaultLimits()),
					Now: func() time.Time { return fixedNow }, Cluster: Cluster{Name: "127.0.0.1:9092", Embedded: true}})
				a.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
				do(a, "6", "z")
			} else {
				a.Update(keyPress("/"))
				typeText(a, tc.filter)
				a.Update(keyPress("enter"))
			}
			a.c.ExportDir = filepath.Join(t.TempDir(), "exports")
			if _, cmd := a.Update(keyPress("e")); cmd != nil {
				if msg := cmd(); msg != nil {
					a.Update(msg)
				}
			}
			p := a.panes[paneLog].(*LogPane)
			if !strings.Contains(p.notice, tc.want) || p.lastPath != "" {
				t.Errorf("notice %q, last path %q: want %q and no file", p.notice, p.lastPath, tc.want)
			}
			if files, _ := filepath.Glob(filepath.Join(a.c.ExportDir, "*")); len(files) != 0 {
				t.Errorf("files written: %v", files)
			}
			if s := screen(a); !strings.Contains(boxText(s), strings.ReplaceAll(tc.want, " ", "")) {
				t.Errorf("the screen does not say %q:\n%s", tc.want, s)
			}
		})
	}
}

// TestLogExportInASessionSaysTheServer: an SSH viewer's export names its
// path as the server's (ut34a-24); the terminal's console says no more
// than the path.
func TestLogExportInASessionSaysTheServer(t *testing.T) {
	for _, tt := range []struct {
		user, want string
	}{{"", "ndjson"}, {"asha", "ndjson on the server"}} {
		a := logApp(t, 120, 30, hostileRecord(6))
		a.c.ExportDir, a.c.User = t.TempDir(), tt.user
		_, cmd := a.Update(keyPress("e"))
		if cmd == nil {
			t.Fatal("e returned no export command")
		}
		a.Update(cmd())
		p := a.panes[paneLog].(*LogPane)
		if p.noticeBad || !strings.HasSuffix(p.notice, tt.want) {
			t.Errorf("user %q: notice %q, want it to end %q", tt.user, p.notice, tt.want)
		}
	}
}
