package content

import (
	"sync"
	"time"

	"github.com/limber/limber/internal/diag"
)

// Cache keeps parsed Markdown files between loads of one site, for
// limber serve: a file whose size and modification time are unchanged is
// not read or parsed again. Forget drops files the caller knows changed
// (such as those a file watcher reported), so an edit within the clock's
// resolution is never missed. A nil *Cache caches nothing. Pages handed out
// are shared between loads and must not be modified.
type Cache struct {
	mu      sync.Mutex
	files   map[string]cached // by path relative to content/
	aspects map[string]cachedAspect
}

// cachedAspect is a picture's shape, read from its file of that size and
// modification time.
type cachedAspect struct {
	size   int64
	mod    time.Time
	aspect float64
}

type cached struct {
	size  int64
	mod   time.Time
	pages []Page
	errs  diag.List
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{files: map[string]cached{}, aspects: map[string]cachedAspect{}}
}

// Forget drops the cached parse, or picture's shape, of each path
// relative to content/.
func (c *Cache) Forget(rels ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, rel := range rels {
		delete(c.files, rel)
		delete(c.aspects, rel)
	}
}

// aspect returns a picture's shape as measure reads it, from the cache
// when the file is unchanged.
func (c *Cache) aspect(e entry, measure func(entry) float64) float64 {
	if c == nil {
		return measure(e)
	}
	c.mu.Lock()
	hit, ok := c.aspects[e.rel]
	c.mu.Unlock()
	if ok && hit.size == e.size && hit.mod.Equal(e.mod) {
		return hit.aspect
	}
	a := measure(e)
	c.mu.Lock()
	c.aspects[e.rel] = cachedAspect{size: e.size, mod: e.mod, aspect: a}
	c.mu.Unlock()
	return a
}

// read returns the parsed file, from the cache when it is current.
func (c *Cache) read(e entry, errs *diag.List) []Page { return c.readWith(e, errs, readPage) }

// readWith is read with the given reader of a file: readPage for a
// Markdown file, checkSVGFile for a picture.
func (c *Cache) readWith(e entry, errs *diag.List, read func(entry, *diag.List) []Page) []Page {
	if c == nil {
		return read(e, errs)
	}
	c.mu.Lock()
	hit, ok := c.files[e.rel]
	c.mu.Unlock()
	if ok && hit.size == e.size && hit.mod.Equal(e.mod) {
		errs.Append(hit.errs)
		return hit.pages
	}
	var own diag.List
	pages := read(e, &own)
	c.mu.Lock()
	c.files[e.rel] = cached{size: e.size, mod: e.mod, pages: pages, errs: own}
	c.mu.Unlock()
	errs.Append(own)
	return pages
}
