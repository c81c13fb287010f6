// Package devserver is `limber serve`: it builds a site in memory, serves
// it over HTTP for an author to preview, watches its files, rebuilds what
// an edit touches and tells open browser tabs to reload.
//
// Nothing is written to disk: pages and generated assets are served from
// the build's snapshot, copied files (pictures) from where they are in the
// site. Every HTML page gets a small script (live.js, served at
// /__limber/live.js) that listens to server-sent events at
// /__limber/events: "reload" lists the URL paths whose content changed
// (each output path mapped to its URL, a folder's index.html to the
// folder), "problems" carries the lines of a failed build and "ok" says
// they are fixed; "findings" carries the warnings and notes of limber
// check's rules for the page the tab shows (it names it in the stream's
// "page" query parameter). A failed build keeps the last good site served.
//
// The server listens on loopback unless told otherwise, serves only what
// the snapshot holds (a request path with ".." is refused) and serves the
// site under its base path, redirecting / there. It answers only requests
// for its own names (localhost, an IP address, or a name in Config.Hosts,
// with its port or none), so that a web page cannot reach it through a
// name of its own (DNS rebinding), and sends the published site's
// security headers (SecurityHeaders) with every response.
package devserver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/incremental"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/watch"
)

// Config says what to serve and where to report.
type Config struct {
	Site   string        // the site folder
	Drafts bool          // include pages marked draft
	Out    io.Writer     // the start line and one line per rebuild
	Err    io.Writer     // a build's problems and watcher errors
	Quiet  time.Duration // how long files must be quiet before a rebuild; 0 means DefaultQuiet
	// Hosts are the host names the server answers to besides localhost
	// and IP addresses (a request for any other name is refused): the
	// --bind name and each --host.
	Hosts []string

	// hold, in tests, is called at the start of every rebuild, on its
	// goroutine, with the rebuild's context: it can hold the rebuild for
	// as long as a test needs.
	hold func(ctx context.Context, paths []string, full bool)
}

// DefaultQuiet is how long the site's files must be quiet after a change
// before limber serve rebuilds. An editor's save (a temporary file, a
// rename, a backup removed) takes a few milliseconds; waiting longer only
// delays the reload (see BenchmarkEditToEvent).
const DefaultQuiet = 15 * time.Millisecond

// Listen opens the listening socket on addr (host:port; port 0 picks a
// free one), so that a port in use is reported before anything is built.
func Listen(addr string) (net.Listener, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s (is another limber serve running? pick another --port): %w", addr, err)
	}
	return l, nil
}

// Run builds the site, serves it on l and rebuilds it on every change until
// ctx is cancelled; then it closes every connection and returns nil. It
// returns an error only when the site cannot be watched or served at all:
// problems in the site are reported on cfg.Err and shown in the browser.
// Run closes l.
func Run(ctx context.Context, l net.Listener, cfg Config) error {
	defer l.Close()
	if cfg.Quiet <= 0 {
		cfg.Quiet = DefaultQuiet
	}
	w, err := watch.New(cfg.Site, watch.Options{Quiet: cfg.Quiet, Out: "public"})
	if err != nil {
		return err
	}
	defer w.Close()
	r := &runner{cfg: cfg, st: newState()}
	if o := r.run(ctx, nil, true); !o.stopped {
		r.report(o)
	}
	srv := &http.Server{Handler: newGuard(&handler{st: r.st}, l.Addr(), cfg.Hosts), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	r.announce(l.Addr())
	return r.stop(srv, served, r.loop(ctx, w, served))
}

// announce prints the address of the site.
func (r *runner) announce(addr net.Addr) {
	fmt.Fprintf(r.cfg.Out, "limber: serving %s on %s (Ctrl-C to stop)\n", r.cfg.Site, r.url(addr))
	if !loopback(addr) {
		fmt.Fprintln(r.cfg.Out, "limber: anyone who can reach this computer can see the site")
	}
}

// stop ends every event stream, then shuts the server down, waiting a
// little for requests in flight. It returns err, or the server's error.
func (r *runner) stop(srv *http.Server, served <-chan error, err error) error {
	r.st.close()
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if srv.Shutdown(shut) != nil {
		srv.Close()
	}
	if err == nil {
		if serr := <-served; !errors.Is(serr, http.ErrServerClosed) {
			err = serr
		}
	}
	return err
}

// loop rebuilds on each batch of changes until ctx is done or the server
// fails. A rebuild runs on its own goroutine; a batch that comes while it
// runs stops it, and the next rebuild takes both changes. A Full batch
// (the watcher may have missed changes) rebuilds everything.
func (r *runner) loop(ctx context.Context, w *watch.Watcher, served <-chan error) error {
	batches, errs := w.Batches(), w.Errors()
	var q queue
	defer q.stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-served:
			return err
		case b, ok := <-batches:
			if !ok {
				return nil
			}
			if b.Full {
				q.add(nil, true)
			} else {
				q.add(b.Paths, false)
			}
			r.next(ctx, &q)
		case o := <-q.finished():
			r.finish(&q, o)
			r.next(ctx, &q)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			fmt.Fprintf(r.cfg.Err, "limber: watching the site: %s\n", diag.Printable(err.Error()))
		}
	}
}

// url is the address of the site's home page on addr.
func (r *runner) url(addr net.Addr) string {
	root := "/"
	if snap, _, _, _ := r.st.site(); snap != nil {
		root = snap.Root
	}
	return (&url.URL{Scheme: "http", Host: addr.String()}).String() + root
}

// loopback reports whether addr is a loopback address.
func loopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// newSession starts a build session for the site.
func newSession(cfg Config) *incremental.Session {
	return incremental.NewSession(pipeline.Options{Site: cfg.Site, Drafts: cfg.Drafts})
}
