package cli

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/devserver"
)

// runServe is `limber serve`: it builds the site in memory, serves it with
// live reload and rebuilds on every save until Ctrl-C. It never writes
// public/ or any other file. It answers only to localhost, IP addresses,
// the --bind name and each --host name.
func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve")
	cfg := devserver.Config{Out: e.stdout, Err: e.stderr}
	fs.StringVar(&cfg.Site, "site", ".", "the site `folder`")
	port := fs.Int("port", 1313, "the `port` to listen on (0 picks a free one)")
	bind := fs.String("bind", "127.0.0.1", "the `address` to listen on; only this computer unless you change it")
	fs.BoolVar(&cfg.Drafts, "drafts", true, "include pages marked draft: true (--drafts=false leaves them out)")
	fs.Func("host", "a host `name` to answer to besides localhost, IP addresses and the --bind name, such as mylaptop.local (repeat for more)", func(s string) error {
		if s == "" || strings.ContainsAny(s, ":/[] ") {
			return errors.New("want a host name without a port, such as mylaptop.local")
		}
		cfg.Hosts = append(cfg.Hosts, s)
		return nil
	})
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "limber serve: unexpected argument %q\n", rest[0])
		fs.Usage()
		return exitUsage
	}
	cfg.Hosts = append(cfg.Hosts, *bind)
	l, err := devserver.Listen(net.JoinHostPort(*bind, strconv.Itoa(*port)))
	if err != nil {
		return report(e, "serve", err)
	}
	if err := devserver.Run(e.ctx, l, cfg); err != nil {
		return report(e, "serve", err)
	}
	fmt.Fprintln(e.stdout, "limber: stopped")
	return exitOK
}
