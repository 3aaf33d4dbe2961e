package serde

import (
	"sync"
	"time"
)

// Cache holds compiled schemas by registry id, bounded by count and by
// text bytes, oldest evicted first. Failed look-ups are kept too, so a
// missing id or a down registry costs one request per RetryAfter, never
// one per record. It is safe for concurrent use; it does no I/O.
type Cache struct {
	mu       sync.Mutex
	entries  map[int]*entry
	order    []int // ids, oldest first
	bytes    int
	maxCount int
	maxBytes int
}

type entry struct {
	s   *Schema
	err error
	at  time.Time
}

// Cache bounds when NewCache is given zeros.
const (
	DefaultCacheCount = 1000
	DefaultCacheBytes = 64 << 20
	// RetryAfter is how long a failed look-up stands before the source
	// asks again.
	RetryAfter = 30 * time.Second
)

// NewCache makes an empty cache holding at most count schemas and bytes
// of schema text (zero: the defaults).
func NewCache(count, bytes int) *Cache {
	if count <= 0 {
		count = DefaultCacheCount
	}
	if bytes <= 0 {
		bytes = DefaultCacheBytes
	}
	return &Cache{entries: make(map[int]*entry), maxCount: count, maxBytes: bytes}
}

// Get returns the schema or the error stored for id; known is false when
// the id was never looked up.
func (c *Cache) Get(id int) (s *Schema, err error, known bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[id]
	if e == nil {
		return nil, nil, false
	}
	return e.s, e.err, true
}

// Stale reports whether id needs a look-up at now: never asked, or its
// failure is older than RetryAfter.
func (c *Cache) Stale(id int, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[id]
	return e == nil || (e.err != nil && now.Sub(e.at) >= RetryAfter)
}

// Put stores a look-up's outcome for id: a schema, or the error in words.
func (c *Cache) Put(id int, s *Schema, err error, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.entries[id]; old != nil {
		c.drop(id)
	}
	e := &entry{s: s, err: err, at: now}
	c.entries[id] = e
	c.order = append(c.order, id)
	c.bytes += e.size()
	for (len(c.order) > c.maxCount || c.bytes > c.maxBytes) && len(c.order) > 1 {
		c.drop(c.order[0])
	}
}

// Len is how many ids the cache holds.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *Cache) drop(id int) {
	e := c.entries[id]
	delete(c.entries, id)
	c.bytes -= e.size()
	for i, x := range c.order {
		if x == id {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
}

func (e *entry) size() int {
	if e.s == nil {
		return 64
	}
	return e.s.size
}
