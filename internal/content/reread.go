package content

import (
	"io"
	"io/fs"
	"reflect"
)

// Reread parses the Markdown file rel (a slash path relative to content/)
// of the site folder root again, for limber serve after a watcher reported
// that it changed, and returns the parse the cache held before with the new
// one. A clean new parse replaces the cached one. ok is false when there is
// no clean cached parse to compare with, the file is no longer an ordinary
// file of its own (gone, or now a symlink, which only Load may follow after
// checking where it leads), or the new parse has problems: the caller then
// loads the whole site, which reports them.
func (c *Cache) Reread(root, rel string) (old, now Page, ok bool) {
	old, ok = c.cached(rel)
	dir, msg := contentDir(root)
	if !ok || msg != "" {
		return Page{}, Page{}, false
	}
	src, info, ok := readNow(origin{dir: dir, real: rel})
	if !ok {
		return Page{}, Page{}, false
	}
	now, errs := ParseMarkdownFile("content/"+rel, src)
	if len(errs) > 0 || now.Source() == nil {
		return Page{}, Page{}, false
	}
	c.mu.Lock()
	c.files[rel] = cached{size: info.Size(), mod: info.ModTime(), pages: []Page{now}}
	c.mu.Unlock()
	return old, now, true
}

// readNow reads the regular file at s as it is now, through no symlink, and
// returns its bytes and details; it refuses a file over MaxFileBytes, which
// Load then reports.
func readNow(s origin) ([]byte, fs.FileInfo, bool) {
	f, msg := s.open(false)
	if msg != "" {
		return nil, nil, false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() > MaxFileBytes {
		return nil, nil, false
	}
	src, err := readSized(io.LimitReader(f, MaxFileBytes+1), info.Size())
	return src, info, err == nil && len(src) <= MaxFileBytes
}

// SameFront reports whether two parses of a file differ at most in their
// Markdown body: the same kind of page with the same front matter, field
// for field, written on the same lines.
func (p Page) SameFront(q Page) bool {
	return reflect.DeepEqual(p.withoutBody(), q.withoutBody())
}

// withoutBody returns a copy of p whose Source has no body.
func (p Page) withoutBody() Page {
	switch {
	case p.Stretch != nil:
		c := *p.Stretch
		c.Body = nil
		p.Stretch = &c
	case p.Routine != nil:
		c := *p.Routine
		c.Body = nil
		p.Routine = &c
	case p.Condition != nil:
		c := *p.Condition
		c.Body = nil
		p.Condition = &c
	case p.Article != nil:
		c := *p.Article
		c.Body = nil
		p.Article = &c
	}
	return p
}

// cached returns the clean parse of rel that the cache holds, if any.
func (c *Cache) cached(rel string) (Page, bool) {
	if c == nil {
		return Page{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	hit, ok := c.files[rel]
	if !ok || len(hit.pages) != 1 || len(hit.errs) > 0 {
		return Page{}, false
	}
	return hit.pages[0], true
}
