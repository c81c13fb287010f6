package render

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/limber/limber/internal/site"
)

// memo keeps the HTML of partials rendered with the template function
// cached, for the site being rendered: a stretch's card is made once and
// then pasted into every list and "related" section that shows it. It
// holds one site at a time; rendering a page of another site starts afresh.
type memo struct {
	mu   sync.Mutex
	site *site.Site
	html map[memoKey]template.HTML
	navs map[string]*Nav        // the Navs of the site, by language and the URL they mark current (see Nav)
	qrs  map[[2]string]*qrEntry // QR codes by link and label
}

// memoKey names one rendering: the template set of a page kind (a kind file
// may redefine a partial), the partial and its argument, a pointer into
// the site, which never changes while the site is rendered.
type memoKey struct {
	set  *template.Template
	name string
	arg  any
}

// use makes s the site whose partials are kept, dropping those of another.
func (m *memo) use(s *site.Site) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.site != s {
		m.site, m.html, m.navs, m.qrs = s, map[memoKey]template.HTML{}, map[string]*Nav{}, map[[2]string]*qrEntry{}
	}
}

// forget drops the partials rendered with any of args, such as the card
// of a stretch whose summary limber serve has just patched into the site.
func (m *memo) forget(args ...any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k := range m.html {
		if slices.Contains(args, k.arg) {
			delete(m.html, k)
		}
	}
}

// cachedIn returns the cached function of the templates in set:
// cached name arg renders the partial name with arg, or gives the HTML it
// gave before for the same arg. Only pointer arguments are kept (a value
// has no identity); others are rendered every time.
func (m *memo) cachedIn(set *template.Template) func(name string, arg any) (template.HTML, error) {
	return func(name string, arg any) (template.HTML, error) {
		if v := reflect.ValueOf(arg); v.Kind() != reflect.Pointer || v.IsNil() {
			return execute(set, name, arg)
		}
		k := memoKey{set: set, name: name, arg: arg}
		m.mu.Lock()
		h, ok := m.html[k]
		m.mu.Unlock()
		if ok {
			return h, nil
		}
		h, err := execute(set, name, arg)
		if err != nil {
			return "", err
		}
		m.mu.Lock()
		if m.html != nil {
			m.html[k] = h
		}
		m.mu.Unlock()
		return h, nil
	}
}

// cachedEachIn returns the cachedEach function of the templates in set:
// cachedEach name list renders the partial name for each item of list, as
// cached does, each on a line of its own (a newline before each). It does
// in one call what a range over cached would do in a call per item: a list
// of 10,000 cards is pasted together in Go, several times faster.
func (m *memo) cachedEachIn(set *template.Template) func(name string, list any) (template.HTML, error) {
	one := m.cachedIn(set)
	return func(name string, list any) (template.HTML, error) {
		v := reflect.ValueOf(list)
		if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
			return "", nil
		}
		if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
			return "", fmt.Errorf("cachedEach: want a list, got %T", list)
		}
		parts, size := make([]template.HTML, v.Len()), 0
		for i := range parts {
			h, err := one(name, v.Index(i).Interface())
			if err != nil {
				return "", err
			}
			parts[i], size = h, size+1+len(h)
		}
		var b strings.Builder
		b.Grow(size)
		for _, h := range parts {
			b.WriteByte('\n')
			b.WriteString(string(h))
		}
		return template.HTML(b.String()), nil
	}
}

// qr is the qr template function with a memory: a QR code costs about
// 2.5 ms to encode (the library scores all eight masks), and a routine's
// regular and large-print sheets show the same one, as limber serve's
// rebuilds of a sheet do, so each link and label is encoded once per site,
// even when two pages ask for it at the same moment.
func (m *memo) qr(link, label string) (template.HTML, error) {
	k := [2]string{link, label}
	m.mu.Lock()
	e := m.qrs[k]
	if e == nil {
		e = &qrEntry{}
		if m.qrs != nil {
			m.qrs[k] = e
		}
	}
	m.mu.Unlock()
	e.once.Do(func() { e.html, e.err = qrCode(link, label) })
	return e.html, e.err
}

// qrEntry is one QR code, encoded once.
type qrEntry struct {
	once sync.Once
	html template.HTML
	err  error
}

// execute renders the partial name of set with arg.
func execute(set *template.Template, name string, arg any) (template.HTML, error) {
	if set.Lookup(name) == nil {
		return "", fmt.Errorf("cached: no template named %q", name)
	}
	var b bytes.Buffer
	if err := set.ExecuteTemplate(&b, name, arg); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// notBound is the cached and cachedEach function templates are parsed
// with; each page kind's template set replaces them with its own (see
// memo.cachedIn).
func notBound(string, any) (template.HTML, error) {
	return "", fmt.Errorf("cached and cachedEach work only in limber's page templates")
}
