package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/washboard/washboard/model"
)

// A view made in the console is saved beside the config, never into it,
// and comes back on the next load; saving a topic again replaces it.
func TestViewsFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfg, []byte("# mine\nclient_id = \"x\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &viewsFile{path: viewsPath(cfg)}
	if vs, err := f.load(); err != nil || len(vs) != 0 {
		t.Fatalf("no file yet: %v %v", vs, err)
	}
	for _, spec := range []string{"series key=@key fields=amount status=state", "series key=user fields=amount,fee"} {
		v, err := model.ParseViewSpec("payments", spec)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.save(context.Background(), v); err != nil {
			t.Fatal(err)
		}
	}
	other, _ := model.ParseViewSpec("riders", "status key=name status=where")
	if _, err := f.save(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	vs, err := f.load()
	if err != nil || len(vs) != 2 {
		t.Fatalf("loaded %d views (%v), want payments once and riders", len(vs), err)
	}
	if got := model.ViewSpec(vs[0]); vs[0].Topic != "payments" || got != "series key=user fields=amount,fee" {
		t.Fatalf("payments came back as %q", got)
	}
	if b, _ := os.ReadFile(cfg); !strings.HasPrefix(string(b), "# mine\n") || strings.Contains(string(b), "payments") {
		t.Fatalf("the config file was touched:\n%s", b)
	}
}

// views.toml is rewritten on every save: its header must not invite edits
// (comments) that the next save drops, and must say that it is rewritten.
func TestViewsFileHeaderSaysRewritten(t *testing.T) {
	f := &viewsFile{path: filepath.Join(t.TempDir(), "views.toml")}
	v, err := model.ParseViewSpec("payments", "series key=@key fields=amount")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := f.save(context.Background(), v); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(f.path)
		if err := os.WriteFile(f.path, append(b, "# my note\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(f.path)
	s := string(b)
	if strings.Contains(s, "Edit freely") || !strings.Contains(s, "rewrites this whole file") || !strings.Contains(s, "comments") {
		t.Fatalf("the header does not say the file is rewritten:\n%s", s)
	}
	if strings.Count(s, "# my note") != 1 {
		t.Fatalf("want only the last hand-added comment (the save before dropped the first), got:\n%s", s)
	}
}

// Every part of a view's line is written to views.toml, the Kafka key as
// key = '@key' too, and reads back as the same view, saved (ut21a X-1:
// the key line was left out). A file with no [[view]] is no views, not
// the demo's defaults marked saved.
func TestViewsFileWritesTheKey(t *testing.T) {
	cases := []struct{ name, spec, line string }{
		{"the Kafka key", "series key=@key fields=amount,fee,n status=state", "key = '@key'"},
		{"a JSON field", "status key=user status=where", "key = 'user'"},
		{"the partition as status", "status key=@key status=@partition", "key = '@key'"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &viewsFile{path: filepath.Join(t.TempDir(), "views.toml")}
			v, err := model.ParseViewSpec("payments-settlement", tc.spec)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.save(context.Background(), v); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(f.path)
			if !strings.Contains(string(b), tc.line) {
				t.Fatalf("views.toml lacks %s:\n%s", tc.line, b)
			}
			vs, err := f.load()
			if err != nil || len(vs) != 1 {
				t.Fatalf("loaded %v, %v", vs, err)
			}
			if got := model.ViewSpec(vs[0]); got != tc.spec || !vs[0].Saved || vs[0].Topic != v.Topic {
				t.Fatalf("came back as %q (saved %v), want %q", got, vs[0].Saved, tc.spec)
			}
		})
	}
	f := &viewsFile{path: filepath.Join(t.TempDir(), "views.toml")}
	if err := os.WriteFile(f.path, []byte(viewsHeader), 0o644); err != nil {
		t.Fatal(err)
	}
	if vs, err := f.load(); err != nil || len(vs) != 0 {
		t.Fatalf("a views.toml without views loaded %d views (%v)", len(vs), err)
	}
}

// views.toml's mistakes are said as config.toml's are: every problem in
// one run, each at its line and key, an unknown key with the known key it
// is near, the file named once per problem (ut21a X-11: no lines, the
// typo unnamed, only the first problem, the file named twice).
func TestViewsFileErrorsNameLineAndKey(t *testing.T) {
	cases := []struct{ name, file, want string }{
		{"a typo and a wrong kind",
			"[[view]]\ntopic = 'x'\nkind = 'sereis'\n[[view.field]]\npth = 'a'\n",
			"VIEWS: 2 problems:\n  VIEWS:3: key view.kind: view x: kind \"sereis\" is neither \"series\" nor \"status\": did you mean series?\n" +
				"  VIEWS:5: key view.field.pth: unknown key: did you mean view.field.path?"},
		{"a syntax error", "[[view]]\ntopic = 'x'\n[[view\n", "VIEWS:3: table view: expected ']]' to close array table name"},
		{"a config key", "brokers = ['a']\n[poll]\ninterval = '1s'\n[[view]]\ntopic = 'x'\nkind = 'status'\nstatus = 's'\n",
			"VIEWS: 2 problems:\n  VIEWS:1: key brokers: views.toml holds [[view]] tables only: put this in config.toml\n" +
				"  VIEWS:2: table [poll]: views.toml holds [[view]] tables only: put this in config.toml"},
		{"a config table after the views' own problems (ut24a P20)",
			"[[view]]\ntopic = 'x'\nkind = 'seris'\n[[view.field]]\npth = 'a'\n[poll]\ninterval = '1s'\n",
			"VIEWS: 3 problems:\n  VIEWS:3: key view.kind: view x: kind \"seris\" is neither \"series\" nor \"status\": did you mean series?\n" +
				"  VIEWS:5: key view.field.pth: unknown key: did you mean view.field.path?\n" +
				"  VIEWS:6: table [poll]: views.toml holds [[view]] tables only: put this in config.toml"},
		{"a misspelt table", "[[veiw]]\ntopic = 'x'\nkind = 'status'\nstatus = 's'\n", "VIEWS:1: table [veiw]: unknown table: did you mean [[view]]?"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := &viewsFile{path: filepath.Join(t.TempDir(), "views.toml")}
			if err := os.WriteFile(f.path, []byte(viewsHeader+tc.file), 0o644); err != nil {
				t.Fatal(err)
			}
			header := strings.Count(viewsHeader, "\n")
			want := strings.ReplaceAll(tc.want, "VIEWS", f.path)
			for n := 9; n >= 1; n-- { // the lines under the header
				want = strings.ReplaceAll(want, fmt.Sprintf("%s:%d:", f.path, n), fmt.Sprintf("%s:%d:", f.path, n+header))
			}
			vs, err := f.load()
			var ce *ConfigError
			if !errors.As(err, &ce) || err.Error() != want || len(vs) != 0 {
				t.Fatalf("got %d views and\n%v\nwant\n%s", len(vs), err, want)
			}
		})
	}
}
