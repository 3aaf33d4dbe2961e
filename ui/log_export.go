package ui

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// exportedMsg is an export's outcome, for the Log pane whatever has focus.
type exportedMsg struct {
	path string
	n    int
	err  error
}

// export writes the filtered log to a new NDJSON file. The records are
// copied under the read lock (their byte slices are never changed once in
// the ring); the command writes them off the event loop.
func (p *LogPane) export() tea.Cmd {
	if p.c.NoExport {
		// NoExport is set for SSH sessions in mode all: said in the words
		// of every other refusal a viewer meets, not the server's flag
		// the viewer cannot set (ut42a-22).
		p.notice, p.noticeBad, p.noticeAt = model.ReadOnlyAll.SessionRefusal("export the Log (it writes a file on the server)", "").Error(), true, p.c.now()
		return nil
	}
	var recs []model.Record
	p.c.Store.Read(func(st *model.State) {
		p.syncIdx(st)
		v := p.idx.view(st.Log)
		recs = make([]model.Record, 0, v.n())
		for i := range v.n() {
			recs = append(recs, st.Log.At(int(v.at(i)-v.first)))
		}
	})
	if len(recs) == 0 { // an empty file would read as an export of something (ut33)
		p.notice, p.noticeBad, p.noticeAt = p.nothingToExport(), false, p.c.now()
		return nil
	}
	dir := p.c.ExportDir
	if dir == "" {
		dir = "."
	}
	name := "washboard-log-" + p.c.now().Format("20060102-150405.000-0700") + ".ndjson" // local time, its offset named
	p.notice, p.noticeBad, p.noticeAt = "exporting "+count(len(recs))+" records…", false, time.Time{}
	return forPane(paneLog, func() tea.Msg {
		path, err := writeExport(filepath.Join(dir, name), recs)
		return exportedMsg{path: path, n: len(recs), err: err}
	})
}

// nothingToExport says why e wrote no file: the Log holds no record, or
// none matches its filter.
func (p *LogPane) nothingToExport() string {
	if p.idx.filter != nil {
		return "nothing to export: no record held matches the filter; no file written"
	}
	return "nothing to export: the Log holds no record; no file written"
}

func (p *LogPane) exported(msg exportedMsg) {
	p.noticeAt = p.c.now()
	if msg.err != nil {
		p.notice, p.noticeBad = "export failed: "+model.PrintableString(msg.err.Error()), true
		return
	}
	p.lastPath = msg.path
	p.notice, p.noticeBad = "exported "+plural(msg.n, "record")+" to "+model.PrintableString(msg.path)+p.where(), false
}

// where says, in an SSH session, that an export's path is on the server
// washboard runs on: a viewer read `exported … to /tmp/…` as a file on
// their own machine (ut34a-24). A console in its own terminal says nothing.
func (p *LogPane) where() string {
	if p.c.User == "" {
		return ""
	}
	return " on the server"
}

// writeExport creates path (never overwriting a file) and writes recs.
func writeExport(path string, recs []model.Record) (string, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return path, fmt.Errorf("export directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return path, fmt.Errorf("export: %w", err)
	}
	w := bufio.NewWriterSize(f, 64<<10)
	err = model.WriteNDJSON(w, recs)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return path, fmt.Errorf("export to %s: %w", path, err)
	}
	return path, nil
}

// keyCame drops the last outcome (an export's, the log start reached) at
// the next key, whichever pane it goes to, as every outcome goes
// (outcome_keys.go, ut18a F13); "exporting N records…" waits for its
// outcome.
func (p *LogPane) keyCame() {
	if !p.noticeAt.IsZero() {
		p.notice = ""
	}
}
