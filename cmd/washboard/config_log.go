package main

import (
	"os"
	"path/filepath"
)

// LogConfig is the [log] table: where the Log pane's exports go.
type LogConfig struct {
	// ExportDir: "" means $XDG_STATE_HOME/washboard when XDG_STATE_HOME is
	// set, otherwise the current directory.
	ExportDir string `toml:"export_dir"`
}

// exportDir is the directory Log exports are written to.
func (c Config) exportDir() string {
	if c.Log.ExportDir != "" {
		return c.Log.ExportDir
	}
	if state := os.Getenv("XDG_STATE_HOME"); state != "" {
		return filepath.Join(state, "washboard")
	}
	return "."
}
