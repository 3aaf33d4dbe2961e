package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/washboard/washboard/source"
)

// configProblems gathers every problem washboard's own checks find in a
// decoded config, each at its file, line and key, so that a file with
// four wrong values takes one run to fix, not four.
type configProblems struct {
	path  string
	lines []tomlLine
	errs  []*ConfigError
}

// add records a problem with key (as written in the file, "poll.interval")
// at its line; item is the array table's index ([[view]], [[cluster]])
// the key is in, -1 outside one.
func (p *configProblems) add(key string, item int, msg string) {
	e := &ConfigError{Path: p.path, Key: key, Msg: msg, Line: lineOfItemKey(p.lines, key, item)}
	for _, old := range p.errs {
		if old.Key == e.Key && old.Line == e.Line {
			return // one word per key and line
		}
	}
	p.errs = append(p.errs, e)
}

// addPlaced records an error placed by placeConfigError (a value the
// message quotes), falling back to the array item's header line.
func (p *configProblems) addPlaced(key string, item int, msg string, data []byte) {
	e := placeConfigError(&ConfigError{Path: p.path, Key: key, Msg: msg}, data)
	if e.Line == 0 {
		e.Line = lineOfItemKey(p.lines, key, item)
	}
	p.errs = append(p.errs, e)
}

// err is nil, the one problem, or all of them under one ConfigError.
func (p *configProblems) err() error {
	switch len(p.errs) {
	case 0:
		return nil
	case 1:
		return p.errs[0]
	}
	slices.SortStableFunc(p.errs, func(a, b *ConfigError) int { return cmp.Compare(a.Line, b.Line) })
	msgs := make([]string, len(p.errs))
	for i, e := range p.errs {
		msgs[i] = e.Error()
	}
	return &ConfigError{Path: p.path, Msg: fmt.Sprintf("%d problems:\n  %s", len(p.errs), strings.Join(msgs, "\n  "))}
}

// checkConfig runs washboard's checks of a decoded config: views, the
// start position, lag settings, read-only modes, cluster profiles, broker
// and listen addresses, the log file's folder, and numbers (none may be
// negative; a poll interval written as 0 polls nowhere).
func checkConfig(path string, data []byte, cfg *Config) []*ConfigError {
	p := &configProblems{path: path, lines: tomlLines(data)}
	kinds := map[[2]string]bool{} // topic and kind of the views before
	for i, v := range cfg.Views {
		if _, err := (Config{Views: []ViewConfig{v}}).views(); err != nil {
			p.addPlaced("view", i, err.Error(), data)
			continue
		}
		// A topic takes a series view and a status view, both fed every
		// record (ut24a P16); a second of one kind would hide the first.
		if tk := [2]string{v.Topic, v.Kind}; kinds[tk] {
			p.addPlaced("view", i, fmt.Sprintf("view %s: the topic has a %s view already (a topic takes one series and one status view)", v.Topic, v.Kind), data)
		} else {
			kinds[tk] = true
		}
	}
	if _, err := source.ParseStart(cfg.Tail.Start); err != nil {
		p.addPlaced("tail.start", -1, err.Error(), data)
	}
	if _, err := cfg.lagConfig(); err != nil {
		p.addPlaced("lag", -1, err.Error(), data)
	}
	if _, err := cfg.readOnly(); err != nil {
		p.add("read_only", -1, err.Error())
	}
	for i, c := range cfg.Clusters {
		if _, err := readOnlyOf(c.ReadOnly); err != nil {
			p.add("cluster.read_only", i, fmt.Sprintf("cluster %q: %v", c.Name, err))
		}
	}
	// a mechanism washboard cannot speak is said here, so `clusters`
	// never lists a profile the console then refuses (ut22b N7)
	if m := cfg.SASL.Mechanism; m != "" {
		if _, err := saslMechanism(m); err != nil {
			p.add("sasl.mechanism", -1, "sasl mechanism "+err.Error())
		}
	}
	for i, c := range cfg.Clusters {
		if m := c.SASL.Mechanism; m != "" {
			if _, err := saslMechanism(m); err != nil {
				p.add("cluster.sasl.mechanism", i, fmt.Sprintf("cluster %q: sasl mechanism %v", c.Name, err))
			}
		}
	}
	for _, pp := range cfg.profileProblems() {
		p.add(pp.key, pp.item, pp.err.Error())
	}
	for _, b := range cfg.Brokers {
		if err := checkBrokerAddress(withDefaultPort(b)); err != nil {
			p.add("brokers", -1, err.Error())
		}
	}
	if l := cfg.Embedded.Listen; l != "" {
		if err := source.CheckListen(l); err != nil {
			p.add("embedded.listen", -1, err.Error())
		}
	}
	if f := cfg.LogFile; f != "" {
		if st, err := os.Stat(filepath.Dir(f)); err != nil || !st.IsDir() {
			p.add("log_file", -1, fmt.Sprintf("the folder %s does not exist", filepath.Dir(f)))
		}
	}
	if cfg.Poll.Interval.Duration == 0 && lineOfKey(p.lines, "poll.interval") > 0 {
		p.add("poll.interval", -1, "0 polls nowhere: give a positive duration (1s by default)")
	}
	negatives(reflect.ValueOf(*cfg), "", -1, p)
	return p.errs
}

// negatives adds a problem for every number below zero in v (a config
// struct), named by its TOML key. Thresholds (warn, crit) are pointers
// and may well be negative (a freezer's temperature): they are not
// walked.
func negatives(v reflect.Value, prefix string, item int, p *configProblems) {
	t := v.Type()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		key, f := prefix+name, v.Field(i)
		switch f.Kind() {
		case reflect.Struct:
			if d, ok := f.Interface().(duration); ok {
				if d.Duration < 0 {
					p.add(key, item, fmt.Sprintf("%s is negative", d.typed()))
				}
				continue
			}
			negatives(f, key+".", item, p)
		case reflect.Slice:
			for j := 0; j < f.Len(); j++ {
				if f.Index(j).Kind() == reflect.Struct {
					negatives(f.Index(j), key+".", j, p)
				}
			}
		case reflect.Int, reflect.Int32, reflect.Int64:
			if f.Int() < 0 {
				p.add(key, item, fmt.Sprintf("%d is negative", f.Int()))
			}
		case reflect.Float64:
			if f.Float() < 0 {
				p.add(key, item, fmt.Sprintf("%g is negative", f.Float()))
			}
		}
	}
}

// lineOfItemKey is the line of key in the item-th of its array table
// ("view.kind" in the second [[view]]), or of that table's header when the
// key is not written there; with item -1, the key's first line.
func lineOfItemKey(lines []tomlLine, key string, item int) int {
	if item < 0 {
		return lineOfKey(lines, key)
	}
	table, _, _ := strings.Cut(key, ".")
	header := 0
	for _, l := range lines {
		if l.table == table && l.item == item {
			if l.key == "" && header == 0 {
				header = l.n
			}
			if l.key == key {
				return l.n
			}
		}
	}
	return header
}
