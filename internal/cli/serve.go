package cli

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"

	"github.com/limber/limber/internal/build"
	"github.com/limber/limber/internal/devserver"
)

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve")
	var opts build.Options
	fs.StringVar(&opts.Site, "site", ".", "the site `folder`")
	port := fs.Int("port", 1313, "the `port` to listen on (0 picks a free one)")
	bind := fs.String("bind", "127.0.0.1", "the `address` to listen on; only loopback unless you change it")
	fs.BoolVar(&opts.Drafts, "drafts", true, "include pages marked draft: true")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "limber serve: unexpected argument %q\n", rest[0])
		return exitUsage
	}
	tmp, err := os.MkdirTemp("", "limber-serve-")
	if err != nil {
		return report(e, "serve", err)
	}
	defer os.RemoveAll(tmp)
	opts.Out = filepath.Join(tmp, "site")
	opts.BaseURL = "/"
	if _, err := build.Run(e.ctx, opts); err != nil {
		return report(e, "serve", err)
	}
	return serveDir(e, opts.Out, net.JoinHostPort(*bind, strconv.Itoa(*port)))
}

func serveDir(e *env, dir, addr string) int {
	srv := &devserver.Server{Dir: dir, Addr: addr}
	l, err := srv.Listen()
	if err != nil {
		return report(e, "serve", err)
	}
	fmt.Fprintf(e.stdout, "limber: serving the site on http://%s/ (press Ctrl-C to stop)\n", l.Addr())
	if err := srv.Serve(e.ctx, l); err != nil {
		return report(e, "serve", err)
	}
	fmt.Fprintln(e.stdout, "limber: stopped")
	return exitOK
}
