package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/pelletier/go-toml/v2"

	"github.com/washboard/washboard/model"
)

// viewsFile holds the views made in the console (Topics pane, v): a TOML
// file of [[view]] tables beside the config file, so the user's config
// and its comments are never rewritten. It is read at start after the
// config's views.
type viewsFile struct {
	path string
	mu   sync.Mutex // one save at a time (several SSH sessions may save)
}

type viewsDoc struct {
	Views []ViewConfig `toml:"view"`
}

// viewsHeader opens views.toml. The file is rewritten from its [[view]]
// tables on every save, so it says plainly that comments do not survive.
const viewsHeader = "# Views made in washboard (Topics pane, v then ctrl+s).\n" +
	"# washboard rewrites this whole file on every save: edit the [[view]] tables\n" +
	"# while washboard is not running; comments and other content are not kept.\n" +
	"# Put views you annotate in config.toml, which washboard never writes.\n\n"

// viewsPath is views.toml beside the config file (--config, or the default).
func viewsPath(configPath string) string {
	if configPath == "" {
		configPath = DefaultConfigPath()
	}
	if configPath == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(configPath), "views.toml")
}

// load reads the saved views; a missing file is no views. views.toml's
// [[view]] tables are config.toml's, read by the same code
// (LoadConfig): every problem is said in one run at its line and key, an
// unknown key with the known one it is near (ut21a X-11). Anything but
// [[view]] tables is refused at its line: it belongs in config.toml.
func (f *viewsFile) load() ([]model.TopicView, error) {
	if f.path == "" {
		return nil, nil
	}
	b, err := os.ReadFile(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &ConfigError{Path: f.path, Msg: err.Error()}
	}
	p := &configProblems{path: f.path}
	for _, l := range tomlLines(b) {
		switch {
		case l.table == "view" || (l.key != "" && l.table != ""): // a wrong table's keys: said at its header
		case l.key == "" && model.Closest(l.table, []string{"view"}) != "":
			p.errs = append(p.errs, &ConfigError{Path: f.path, Line: l.n, Table: "[" + l.table + "]",
				Msg: "unknown table: did you mean [[view]]?"})
		default: // a table said as a table, as config.toml's errors say it (ut28b V12: `key [poll]`)
			e := &ConfigError{Path: f.path, Line: l.n, Table: "[" + l.table + "]",
				Msg: "views.toml holds [[view]] tables only: put this in config.toml"}
			if l.key != "" {
				e.Table, e.Key = "", l.key
			}
			p.errs = append(p.errs, e)
		}
	}
	// The [[view]] tables' own problems too, in the same run: a [poll]
	// table in the file hid them (ut24a P20).
	cfg, checked := configProblemsOf(f.path, b)
	for _, e := range checked.errs {
		if !slices.ContainsFunc(p.errs, func(o *ConfigError) bool { return o.Line == e.Line }) {
			p.errs = append(p.errs, e)
		}
	}
	if err := p.err(); err != nil || len(cfg.Views) == 0 { // none: not the defaults, which views() gives for none
		return nil, err
	}
	views, err := cfg.views()
	for i := range views {
		views[i].Saved = true
	}
	return views, err
}

// save adds v to the file (replacing a saved view of the same topic) and
// returns the file's path.
func (f *viewsFile) save(_ context.Context, v model.TopicView) (string, error) {
	if f.path == "" {
		return "", errors.New("no config directory to save views in")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var doc viewsDoc
	if b, err := os.ReadFile(f.path); err == nil {
		if err := toml.Unmarshal(b, &doc); err != nil {
			return "", fmt.Errorf("%s is not a views file: %w", f.path, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	// The key is written even when it is the Kafka key (@key), so the file
	// says what the view's line said (ut21a X-1).
	vc := ViewConfig{Topic: v.Topic, Kind: string(v.Kind), Title: v.Title, Key: v.Key, Status: v.Status}
	if vc.Key == "" {
		vc.Key = model.RecordKey
	}
	for _, fl := range v.Fields {
		vc.Fields = append(vc.Fields, FieldConfig{Path: fl.Path, Label: fl.Label, Unit: fl.Unit})
	}
	kept := doc.Views[:0]
	for _, old := range doc.Views {
		if old.Topic != v.Topic {
			kept = append(kept, old)
		}
	}
	doc.Views = append(kept, vc)
	out, err := toml.Marshal(doc)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
		return "", err
	}
	tmp := f.path + ".tmp"
	if err := os.WriteFile(tmp, append([]byte(viewsHeader), out...), 0o644); err != nil {
		return "", err
	}
	return f.path, os.Rename(tmp, f.path)
}
