package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/twmb/franz-go/pkg/sr"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/model/serde"
)

// RegistryConfig says how to reach a Confluent-compatible schema registry.
// Password and Token are secrets: never logged, shown or taken from a flag
// value (the config names the environment variable holding them).
type RegistryConfig struct {
	URL      string
	Username string // basic auth, with Password
	Password string
	Token    string // bearer token (instead of basic auth)
	TLS      TLSConfig
	// Timeout bounds one look-up (the schema, its subject and version,
	// its references); 5s when zero.
	Timeout time.Duration
	// MaxSchemaBytes caps one registry response; serde.MaxSchemaBytes
	// when zero.
	MaxSchemaBytes int64
}

// Registry resolves schema ids through a registry into a bounded cache,
// each id asked once (failures again after serde.RetryAfter), never once
// per record. Decode is the tail's hook: it runs on each fetched batch
// before the batch is folded, off the store's lock.
type Registry struct {
	cl      *sr.Client
	url     string
	timeout time.Duration
	cache   *serde.Cache
	local   map[string]LocalSchemas

	mu       sync.Mutex
	inflight map[int]chan struct{}
	down     string // why the last look-up could not reach the registry; "" when it did
}

// LocalSchemas are schemas from files, for a topic whose payloads carry
// no wire header (a cluster without a registry).
type LocalSchemas struct {
	Key, Value *serde.Schema
}

// NewRegistry builds a registry client; it does not dial. cfg.URL may be
// empty when only local schemas are used.
func NewRegistry(cfg RegistryConfig, local map[string]LocalSchemas) (*Registry, error) {
	r := &Registry{url: cfg.URL, timeout: cfg.Timeout, cache: serde.NewCache(0, 0), local: local, inflight: map[int]chan struct{}{}}
	if r.timeout <= 0 {
		r.timeout = 5 * time.Second
	}
	if cfg.URL == "" {
		return r, nil
	}
	u, err := url.Parse(cfg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("schema registry url %q: want http://host:port or https://host:port", cfg.URL)
	}
	tlsCfg, err := cfg.TLS.build()
	if err != nil {
		return nil, fmt.Errorf("schema registry %w", err)
	}
	limit := cfg.MaxSchemaBytes
	if limit <= 0 {
		limit = serde.MaxSchemaBytes
	}
	httpcl := &http.Client{Transport: &capTransport{base: &http.Transport{
		TLSClientConfig:     tlsCfg,
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		TLSHandshakeTimeout: 5 * time.Second,
		MaxIdleConnsPerHost: 4,
	}, limit: limit}}
	opts := []sr.ClientOpt{sr.URLs(cfg.URL), sr.HTTPClient(httpcl), sr.UserAgent("washboard")}
	switch {
	case cfg.Token != "":
		opts = append(opts, sr.BearerToken(cfg.Token))
	case cfg.Username != "":
		opts = append(opts, sr.BasicAuth(cfg.Username, cfg.Password))
	}
	if r.cl, err = sr.NewClient(opts...); err != nil {
		return nil, fmt.Errorf("schema registry at %s: %w", cfg.URL, err)
	}
	return r, nil
}

// URL is where the registry listens (empty: local schemas only).
func (r *Registry) URL() string {
	if r == nil {
		return ""
	}
	return r.url
}

// Down says, in a word or two, why the last look-up could not reach the
// registry ("unreachable", "not answering"); "" while it answers or before
// it was asked. The header shows it. Safe for concurrent use.
func (r *Registry) Down() string {
	if r == nil {
		return ""
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.down
}

// setDown records whether a look-up reached the registry: any answer,
// even 404 or 401, is the registry answering.
func (r *Registry) setDown(ctx context.Context, err error) {
	var op *net.OpError
	down := ""
	switch {
	case err == nil:
	case errors.As(err, &op):
		down = "unreachable"
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		down = "not answering"
	default:
		return // an answer that was an error, or shutting down: no news of reach
	}
	r.mu.Lock()
	r.down = down
	r.mu.Unlock()
}

// Cache is the registry's schema cache, as the decoders read it.
func (r *Registry) Cache() *serde.Cache { return r.cache }

// Decode reads every schema encoded key and value in batch in place
// (model.Record.KeySchema, ValueSchema). It first resolves the ids the
// cache does not know, each once, with the registry's timeout, so a slow
// registry delays a batch at most that long per new id and a record whose
// id cannot be resolved says why in words. It never fails: bad input is
// an error on that record.
//
// A nil Registry (no registry and no local schema configured) still marks
// values in the wire format with why they cannot be read (noRegistry).
func (r *Registry) Decode(ctx context.Context, batch []model.Record) {
	if r == nil {
		for i := range batch {
			batch[i].ValueSchema = noRegistry(batch[i].Value)
		}
		return
	}
	if r.cl != nil {
		r.resolve(ctx, batch)
	}
	for i := range batch {
		rec := &batch[i]
		loc, hasLocal := r.local[rec.Topic]
		rec.KeySchema = r.read(rec.Key, loc.Key, hasLocal, true)
		rec.ValueSchema = r.read(rec.Value, loc.Value, hasLocal, false)
	}
}

func (r *Registry) read(b []byte, local *serde.Schema, hasLocal, isKey bool) *model.SchemaRead {
	if id, _, wire := serde.ParseHeader(b); wire && id != 0 && r.cl != nil {
		// Schema ids start at 1: a leading zero byte and id 0 is binary
		// that only looks like the wire format (a big-endian number).
		s := serde.Read(r.cache, b)
		if isKey && s.JSON == nil && errors.Is(r.cachedErr(id), errNotFound) {
			return nil // a binary key, most likely: shown as its bytes
		}
		return s
	}
	if hasLocal && local != nil {
		return serde.ReadLocal(local, b)
	}
	if r.cl == nil && !isKey { // local schemas only, none for this value
		return noRegistry(b)
	}
	return nil
}

// noRegistry is a value in the wire format read where no registry is
// configured: why it cannot be decoded, in words that say what to pass
// (ut36a-28, ut34a-21: Avro records on a console started without a
// registry showed their bytes and no reason). nil for any other value;
// keys are left as bytes, as a binary key the registry does not know is
// (an int key only looks like the wire format).
func noRegistry(b []byte) *model.SchemaRead {
	id, _, wire := serde.ParseHeader(b)
	if !wire || id == 0 {
		return nil
	}
	// the schema id and what is missing first: the Log's row at 80x24 holds
	// about 20 cells of it, and `Avro/Protobuf wi…` said nothing a user
	// could act on (ut43a-17)
	return &model.SchemaRead{ID: id, Err: fmt.Sprintf("schema id %d: no schema registry configured (--schema-registry URL reads Avro/Protobuf)", id)}
}

// resolve looks up the ids of batch the cache needs, each once even when
// several partitions ask at the same time.
func (r *Registry) resolve(ctx context.Context, batch []model.Record) {
	now := time.Now()
	var ids []int
	need := func(b []byte) {
		if id, _, ok := serde.ParseHeader(b); ok && id != 0 && r.cache.Stale(id, now) {
			for _, x := range ids {
				if x == id {
					return
				}
			}
			ids = append(ids, id)
		}
	}
	for i := range batch {
		need(batch[i].Key)
		need(batch[i].Value)
	}
	// One deadline for the whole batch: a batch of many new ids (binary
	// keys that only look like the wire format) against a slow registry
	// waits at most one timeout, not one per id.
	deadline := now.Add(r.timeout)
	for _, id := range ids {
		if time.Now().After(deadline) {
			break // left for the next batch: these records say so
		}
		r.lookupOnce(ctx, id, deadline)
	}
}

// lookupOnce asks the registry for id unless another goroutine already
// is, in which case it waits for that answer (or ctx).
func (r *Registry) lookupOnce(ctx context.Context, id int, deadline time.Time) {
	r.mu.Lock()
	if wait, busy := r.inflight[id]; busy {
		r.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
		}
		return
	}
	if !r.cache.Stale(id, time.Now()) {
		r.mu.Unlock()
		return
	}
	done := make(chan struct{})
	r.inflight[id] = done
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		delete(r.inflight, id)
		r.mu.Unlock()
		close(done)
	}()
	lctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	s, err := r.Lookup(lctx, id)
	if ctx.Err() != nil {
		return // shutting down: store nothing
	}
	r.cache.Put(id, s, err, time.Now())
}

// Lookup fetches and compiles schema id: its text, a subject and version
// naming it, and its references. Errors are in words.
func (r *Registry) Lookup(ctx context.Context, id int) (*serde.Schema, error) {
	s, err := r.cl.SchemaByID(ctx, id)
	r.setDown(ctx, err)
	if err != nil {
		return nil, r.words(ctx, fmt.Sprintf("schema id %d", id), err)
	}
	src := serde.Source{ID: id, Type: s.Type.String(), Text: s.Schema}
	if vs, err := r.cl.SchemaVersionsByID(ctx, id); err == nil && len(vs) > 0 {
		src.Subject, src.Version = vs[0].Subject, vs[0].Version
	}
	if src.Refs, err = r.refs(ctx, s.References, 0); err != nil {
		return nil, fmt.Errorf("schema id %d: %w", id, err)
	}
	c, err := serde.Compile(src)
	if err != nil {
		return nil, fmt.Errorf("schema id %d: %w", id, err)
	}
	return c, nil
}

// SchemaBySubject fetches and compiles a subject's version (-1: the
// latest), for the Produce pane.
func (r *Registry) SchemaBySubject(ctx context.Context, subject string, version int) (*serde.Schema, error) {
	if r == nil || r.cl == nil {
		return nil, errors.New("no schema registry configured")
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	s, err := r.cl.SchemaByVersion(ctx, subject, version)
	if err != nil {
		return nil, r.words(ctx, "subject "+subject, err)
	}
	src := serde.Source{ID: s.ID, Subject: s.Subject, Version: s.Version, Type: s.Type.String(), Text: s.Schema.Schema}
	if src.Refs, err = r.refs(ctx, s.References, 0); err != nil {
		return nil, fmt.Errorf("subject %s: %w", subject, err)
	}
	return serde.Compile(src)
}

// Encoder fetches the schema ref names (model.ParseSchemaRef) and returns
// a function writing JSON in its wire format; its errors name the field.
// The Produce pane calls it once per send or burst, off its Update.
func (r *Registry) Encoder(ctx context.Context, ref string) (func(js []byte) ([]byte, error), error) {
	sref, err := model.ParseSchemaRef(ref)
	if err != nil {
		return nil, err
	}
	s, err := r.SchemaBySubject(ctx, sref.Subject, sref.Version)
	if err != nil {
		return nil, err
	}
	return func(js []byte) ([]byte, error) { return serde.Encode(s, sref.Message, js) }, nil
}

// Subjects lists the registry's subjects, for the Produce pane.
func (r *Registry) Subjects(ctx context.Context) ([]string, error) {
	if r == nil || r.cl == nil {
		return nil, errors.New("no schema registry configured")
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	subs, err := r.cl.Subjects(ctx)
	r.setDown(ctx, err)
	if err != nil {
		return nil, r.words(ctx, "subjects", err)
	}
	return subs, nil
}

// Probe asks the registry once for its subjects, so that Down (and the
// header) tells an unreachable registry before any schema record arrives.
// It only reads; nil or local-only registries are not asked.
func (r *Registry) Probe(ctx context.Context) {
	if r == nil || r.cl == nil {
		return
	}
	_, _ = r.Subjects(ctx)
}

func (r *Registry) refs(ctx context.Context, refs []sr.SchemaReference, depth int) ([]serde.Ref, error) {
	if depth > 16 {
		return nil, errors.New("references nest more than 16 deep")
	}
	var out []serde.Ref
	for _, ref := range refs {
		s, err := r.cl.SchemaByVersion(ctx, ref.Subject, ref.Version)
		if err != nil {
			return nil, r.words(ctx, fmt.Sprintf("reference %s (subject %s version %d)", ref.Name, ref.Subject, ref.Version), err)
		}
		src := serde.Source{ID: s.ID, Subject: s.Subject, Version: s.Version, Type: s.Type.String(), Text: s.Schema.Schema}
		if src.Refs, err = r.refs(ctx, s.References, depth+1); err != nil {
			return nil, err
		}
		out = append(out, serde.Ref{Name: ref.Name, Subject: ref.Subject, Version: ref.Version, Source: src})
	}
	return out, nil
}

// words turns a registry failure into a sentence naming the registry and
// what was asked: "schema registry at URL: 401 unauthorized", "schema id
// 42 not found", "did not answer within 5s".
func (r *Registry) words(ctx context.Context, what string, err error) error {
	var re *sr.ResponseError
	switch {
	case errors.As(err, &re) && re.StatusCode == http.StatusNotFound:
		return fmt.Errorf("%s %w in the schema registry at %s", what, errNotFound, r.url)
	case errors.As(err, &re) && (re.StatusCode == http.StatusUnauthorized || re.StatusCode == http.StatusForbidden):
		return fmt.Errorf("schema registry at %s: %d %s (check username, password or token)", r.url, re.StatusCode, strings.ToLower(http.StatusText(re.StatusCode)))
	case errors.As(err, &re):
		return fmt.Errorf("schema registry at %s: %s: %d %s: %s", r.url, what, re.StatusCode, strings.ToLower(http.StatusText(re.StatusCode)), re.Error())
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("schema registry at %s did not answer within %s (%s)", r.url, r.timeout, what)
	case errors.Is(err, errTooLarge):
		return fmt.Errorf("schema registry at %s: %s: %w", r.url, what, err)
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return fmt.Errorf("schema registry at %s unreachable: %s", r.url, netCause(op))
	}
	return fmt.Errorf("schema registry at %s: %s: %w", r.url, what, err)
}

// netCause is why a dial or read failed, in the system's own words and
// once: "connection refused", not "connect: connect: connection refused".
func netCause(op *net.OpError) string {
	var sys *os.SyscallError
	if errors.As(op.Err, &sys) {
		return sys.Err.Error()
	}
	var dns *net.DNSError
	if errors.As(op.Err, &dns) {
		return "cannot resolve " + dns.Name + ": " + dns.Err
	}
	return op.Err.Error()
}

var (
	errTooLarge = errors.New("response larger than washboard reads")
	errNotFound = errors.New("not found")
)

// cachedErr is the look-up error the cache holds for id, if any.
func (r *Registry) cachedErr(id int) error {
	_, err, _ := r.cache.Get(id)
	return err
}

// capTransport refuses registry responses larger than limit: a 50 MB
// schema is an error in words, not 50 MB in memory per look-up.
type capTransport struct {
	base  http.RoundTripper
	limit int64
}

func (t *capTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > t.limit {
		_ = resp.Body.Close()
		return nil, fmt.Errorf("%w: %d bytes, limit %d", errTooLarge, resp.ContentLength, t.limit)
	}
	resp.Body = &capBody{rc: resp.Body, left: t.limit}
	return resp, nil
}

type capBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *capBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		var probe [1]byte
		if n, err := b.rc.Read(probe[:]); n == 0 && err != nil {
			return 0, err
		}
		return 0, fmt.Errorf("%w: more than the limit", errTooLarge)
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *capBody) Close() error { return b.rc.Close() }
