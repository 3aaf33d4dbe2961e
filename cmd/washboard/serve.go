package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui"
	"github.com/washboard/washboard/ui/sshserve"
)

// serveOptions are the flags `washboard serve` adds to the console's.
type serveOptions struct {
	listen, hostKey, authorizedKeys string
	allowWrites, status             bool
	maxSessions                     int
	idleTimeout                     time.Duration
}

// runServe serves the console over SSH on wish: one tail, one poller and
// one store for the whole process, one Bubble Tea program per session. A
// session's read-only mode is its key's (authorized_keys option
// environment="WASHBOARD_READ_ONLY=off|admin|all"), else all (admin with
// --allow-writes), never laxer than the process's --read-only/read_only.
func runServe(ctx context.Context, args []string, stdout io.Writer) error {
	var so serveOptions
	o, err := parseConsoleFlags("washboard serve", args, func(fs *flag.FlagSet) {
		fs.StringVar(&so.listen, "ssh", "127.0.0.1:2222", "")
		fs.StringVar(&so.hostKey, "host-key", "", "")
		fs.StringVar(&so.authorizedKeys, "authorized-keys", "", "")
		fs.BoolVar(&so.allowWrites, "allow-writes", false, "")
		fs.BoolVar(&so.status, "status", false, "")
		so.idleTimeout = -1 // not given: [serve] idle_timeout applies
		fs.Var(atLeastInt{&so.maxSessions, 1, "a whole number of viewers from 1"}, "max-sessions", "")
		fs.Var(nonNegDuration{&so.idleTimeout, "0 (never) or a duration like 30m"}, "idle-timeout", "")
	})
	if err != nil {
		return err
	}
	if so.hostKey == "" {
		so.hostKey = filepath.Join(filepath.Dir(DefaultConfigPath()), "ssh_host_ed25519_key")
	}
	return withSystem(ctx, o, func(ctx context.Context, sys *system) error {
		def := model.ReadOnlyAll
		if so.allowWrites {
			def = model.ReadOnlyAdmin
		}
		sc := sys.cfg.Serve
		cfg := sshserve.Config{
			Listen: so.listen, HostKeyPath: so.hostKey, AuthorizedKeys: so.authorizedKeys, Log: sys.log,
			MaxSessions: sc.MaxSessions, IdleTimeout: sc.IdleTimeout.Duration,
			ConnectRate: sc.ConnectRate, ConnectBurst: sc.ConnectBurst, FPS: ui.RendererFPS,
		}
		if so.maxSessions > 0 {
			cfg.MaxSessions = so.maxSessions
		}
		if so.idleTimeout >= 0 {
			cfg.IdleTimeout = so.idleTimeout
		}
		var status statusLine
		if so.status {
			status.w = stdout
			cfg.OnViewers = status.print
		}
		var srv *sshserve.Server
		srv, err := sshserve.Listen(cfg, func(sctx context.Context, s sshserve.Session) tea.Model {
			mode := sessionMode(def, sys.readOnly, s.ReadOnly)
			c := sys.common(sctx, mode, s.User)
			c.NoExport = mode == model.ReadOnlyAll // exports write files on the server
			c.Cluster.Viewers = srv.Viewers
			// Each viewer chooses its own topics; they are dropped when it leaves.
			c.Session = fmt.Sprintf("ssh-%d", sys.sessions.Add(1))
			context.AfterFunc(sctx, func() { sys.watches.Drop(c.Session) })
			return ui.New(c)
		})
		if err != nil {
			return usageError{err}
		}
		mode := "sessions read-only unless their key says otherwise"
		if so.allowWrites {
			mode = "sessions may produce and run demo groups unless their key says otherwise"
		}
		status.mu.Lock()
		fmt.Fprintf(stdout, "washboard serving %s over ssh on %s (%s); connect with: %s\n",
			serving(sys.name, sys.embedded), srv.Addr(), mode, connectWith(srv.Addr()))
		status.mu.Unlock()
		return srv.Serve(ctx)
	})
}

// serving names what the server's first line serves: the embedded demo
// or a cluster, the broker address in brackets; `serving 127.0.0.1:9092
// over ssh on 127.0.0.1:2222` read as a broker address served (ut42a-22).
func serving(name string, embedded bool) string {
	if embedded {
		return "the embedded demo (" + name + ")"
	}
	return "the cluster " + name
}

// sessionMode is a session's read-only mode: its key's option when it has
// a valid one, else def; never laxer than the process's mode.
func sessionMode(def, process model.ReadOnly, keyOption string) model.ReadOnly {
	mode := def
	if keyOption != "" {
		m, err := model.ParseReadOnly(keyOption)
		if err != nil {
			m = model.ReadOnlyAll // a typo in a key's option never grants writes
		}
		mode = m
	}
	return mode.Stricter(process)
}

// statusLine prints who is connected, one line per change, for the
// operator who runs serve (--status).
type statusLine struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *statusLine) print(viewers []sshserve.Viewer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintln(s.w, statusText(time.Now(), viewers))
}

// statusText is one --status line: "14:02:07 2 viewers: viewer@10.0.0.5:51234
// SHA256:abc… (3m), …", or "14:02:07 no viewers".
func statusText(now time.Time, viewers []sshserve.Viewer) string {
	if len(viewers) == 0 {
		return now.Format(time.TimeOnly) + " no viewers"
	}
	who := make([]string, len(viewers))
	for i, v := range viewers {
		who[i] = fmt.Sprintf("%s@%s %s (%s)", v.User, v.RemoteAddr, v.Key, model.Elapsed(now.Sub(v.Since))) // one span format everywhere: 1m, not 1m0s (ut22b N6)
	}
	return fmt.Sprintf("%s %s: %s", now.Format(time.TimeOnly), model.Plural(len(viewers), "viewer"), strings.Join(who, ", "))
}

// connectWith is the ssh command a viewer types to reach the server
// listening on addr: its own host where it listens on one address
// (ut34a-23: `ssh -p 31910 -t HOST` where it knew 127.0.0.1), and
// THIS-HOST, for the machine's name, where it listens on every address.
func connectWith(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "ssh -t " + addr
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "THIS-HOST"
	}
	if port == "22" {
		return "ssh -t " + host
	}
	return "ssh -p " + port + " -t " + host
}
