package main

import (
	"context"
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
