package devserver

import (
	"crypto/rand"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/limber/limber/internal/pipeline"
)

// maxHistory is how many rebuilds the server remembers, so that a tab that
// reconnects after missing some hears which pages changed.
const maxHistory = 64

// maxURLs is the most changed URLs sent in one reload event; beyond it,
// every tab reloads.
const maxURLs = 500

// state is what the server shows, shared by the rebuild loop and the
// request handlers: the last good site, the problems of the last build,
// and the recent rebuilds that open tabs may still have to hear about.
type state struct {
	mu       sync.Mutex
	inst     string              // this server's id, so a tab can tell it restarted
	snap     *pipeline.Snapshot  // the last good site; nil until the first one
	root     string              // snap.Root, unescaped, as request paths are
	title    string              // the site's title, for the not-found page
	gen      int                 // good builds that changed something
	history  []change            // the last maxHistory changes, oldest first
	problems []string            // the last build's problems; nil when it was good
	probSeq  int                 // bumped whenever problems changes
	findings map[string][]string // the last good build's warnings and notes, by unescaped page path
	subs     map[*client]struct{}
	done     chan struct{} // closed when the server stops
	closed   bool
}

// change is one rebuild that changed something: the URLs whose content
// changed, or all when every tab must reload.
type change struct {
	gen  int
	urls []string
	all  bool
}

// client is one open tab's event stream: what it has been told so far.
type client struct {
	kick     chan struct{} // signalled, without blocking, when state changes
	gen      int           // the last build the tab heard about
	probSeq  int           // the problems it heard about; -1 for none yet
	all      bool          // it missed changes it cannot be told about
	page     string        // the unescaped path of the page the tab shows, "" when not known
	findings []string      // the findings of page it was last told; nil for none yet
}

// newState returns an empty state with a fresh server id.
func newState() *state {
	b := make([]byte, 6)
	rand.Read(b)
	return &state{inst: hex.EncodeToString(b), subs: map[*client]struct{}{}, done: make(chan struct{})}
}

// publish makes snap the site being served and clears the problems. urls
// are the URLs whose content changed since the last good site.
func (s *state) publish(snap *pipeline.Snapshot, title string, urls []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := s.snap == nil
	s.snap, s.title = snap, title
	s.root = unescape(snap.Root)
	if s.problems != nil {
		s.problems = nil
		s.probSeq++
	}
	if first || len(urls) > 0 {
		s.gen++
		s.history = append(s.history, change{gen: s.gen, urls: urls, all: first})
		s.history = s.history[max(0, len(s.history)-maxHistory):]
	}
	s.kickAll()
}

// fail records the problems of a build that failed; the last good site
// stays.
func (s *state) fail(problems []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if problems == nil {
		problems = []string{}
	}
	if !slices.Equal(problems, s.problems) || s.problems == nil {
		s.problems = problems
		s.probSeq++
	}
	s.kickAll()
}

// kickAll wakes every event stream. The caller holds mu.
func (s *state) kickAll() {
	for c := range s.subs {
		select {
		case c.kick <- struct{}{}:
		default:
		}
	}
}

// site returns the site being served (nil before the first good build),
// its unescaped base path, its title and the id of the event that
// announced it ("" before the first good build).
func (s *state) site() (*pipeline.Snapshot, string, string, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := ""
	if s.snap != nil {
		id = s.inst + "-" + strconv.Itoa(s.gen)
	}
	return s.snap, s.root, s.title, id
}

// subscribe adds an event stream. lastID is the id of the last event the
// tab received ("" for a new tab): a tab that heard of an older build of
// this server is told what changed since; a tab of an earlier server run
// reloads.
func (s *state) subscribe(lastID string) *client {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &client{kick: make(chan struct{}, 1), gen: s.gen, probSeq: -1}
	inst, gen, ok := parseID(lastID)
	switch {
	case ok && inst == s.inst && gen <= s.gen:
		c.gen = gen
	case lastID != "":
		c.all = true
	}
	s.subs[c] = struct{}{}
	return c
}

// unsubscribe removes an event stream.
func (s *state) unsubscribe(c *client) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.subs, c)
}

// close ends every event stream, for shutdown. It may be called twice.
func (s *state) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.done)
	}
}

// event is one server-sent event.
type event struct {
	name string
	id   string
	data any
}

// problemsData is the data of a "problems" event.
type problemsData struct {
	Problems []string `json:"problems"`
}

// reloadData is the data of a "reload" event: the URL paths (escaped, as
// a browser's location.pathname) whose content changed, or All when every
// tab must reload.
type reloadData struct {
	URLs []string `json:"urls"`
	All  bool     `json:"all"`
}

// pending returns what c has not been told yet, and marks it told: first
// the problems (or "ok" when they are gone), then the pages that changed.
func (s *state) pending(c *client) []event {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.inst + "-" + strconv.Itoa(s.gen)
	var evs []event
	if c.probSeq != s.probSeq {
		c.probSeq = s.probSeq
		if s.problems != nil {
			evs = append(evs, event{"problems", id, problemsData{s.problems}})
		} else {
			evs = append(evs, event{"ok", id, struct{}{}})
		}
	}
	evs = append(evs, s.pendingFindings(c, id)...)
	if c.all || c.gen < s.gen {
		evs = append(evs, event{"reload", id, s.since(c.gen, c.all)})
		c.gen, c.all = s.gen, false
	}
	return evs
}

// since gathers the changes after build gen. The caller holds mu.
func (s *state) since(gen int, all bool) reloadData {
	if all || len(s.history) == 0 || gen < s.history[0].gen-1 {
		return reloadData{URLs: []string{}, All: true}
	}
	urls := []string{}
	for _, ch := range s.history {
		if ch.gen <= gen {
			continue
		}
		all = all || ch.all
		urls = append(urls, ch.urls...)
	}
	slices.Sort(urls)
	urls = slices.Compact(urls)
	if all || len(urls) > maxURLs {
		return reloadData{URLs: []string{}, All: true}
	}
	return reloadData{URLs: urls}
}

// parseID splits an event id "inst-gen".
func parseID(id string) (inst string, gen int, ok bool) {
	inst, g, found := strings.Cut(id, "-")
	if !found || inst == "" {
		return "", 0, false
	}
	gen, err := strconv.Atoi(g)
	return inst, gen, err == nil && gen >= 0
}
