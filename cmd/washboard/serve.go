package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/ui"
	"github.com/washboard/washboard/ui/sshserve"
)

// serveOptions are the flags `washboard serve` adds to the console's.
type serveOptions struct {
	listen, hostKey, authorizedKeys string
	allowWrites                     bool
}

// runServe serves the console over SSH: one tail, one poller and one store
// for the whole process, one Bubble Tea program per session. Sessions are
// read-only unless --allow-writes.
func runServe(ctx context.Context, args []string, stdout io.Writer) error {
	var so serveOptions
	o, err := parseConsoleFlags("washboard serve", args, func(fs *flag.FlagSet) {
		fs.StringVar(&so.listen, "ssh", "127.0.0.1:2222", "")
		fs.StringVar(&so.hostKey, "host-key", "", "")
		fs.StringVar(&so.authorizedKeys, "authorized-keys", "", "")
		fs.BoolVar(&so.allowWrites, "allow-writes", false, "")
	})
	if err != nil {
		return err
	}
	if so.hostKey == "" {
		so.hostKey = filepath.Join(filepath.Dir(DefaultConfigPath()), "ssh_host_ed25519_key")
	}
	return withSystem(ctx, o, func(ctx context.Context, sys *system) error {
		readOnly := sys.readOnly || !so.allowWrites
		srv, err := sshserve.Listen(sshserve.Config{
			Listen: so.listen, HostKeyPath: so.hostKey, AuthorizedKeys: so.authorizedKeys, Log: sys.log,
		}, func(sctx context.Context, _ sshserve.Session) tea.Model {
			c := sys.common(sctx, readOnly)
			c.NoExport = readOnly // exports write files on the server
			// Each viewer chooses its own topics; they are dropped when it leaves.
			c.Session = fmt.Sprintf("ssh-%d", sys.sessions.Add(1))
			context.AfterFunc(sctx, func() { sys.watches.Drop(c.Session) })
			return ui.New(c)
		})
		if err != nil {
			return usageError{err}
		}
		mode := "read-only"
		if !readOnly {
			mode = "writes allowed"
		}
		fmt.Fprintf(stdout, "washboard serving %s over ssh on %s (%s); connect with: ssh -p %s -t HOST\n",
			sys.name, srv.Addr(), mode, portOf(srv.Addr()))
		return srv.Serve(ctx)
	})
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}
