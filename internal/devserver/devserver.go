// Package devserver serves a built site over HTTP for an author to preview.
// It listens on loopback unless told otherwise and serves only files inside
// the folder it is given.
package devserver

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Server serves one folder.
type Server struct {
	Dir  string // the built site
	Addr string // host:port to listen on, such as 127.0.0.1:1313
}

// Listen opens the listening socket, so the caller can print the real
// address (port 0 picks a free port) before serving.
func (s *Server) Listen() (net.Listener, error) {
	return net.Listen("tcp", s.Addr)
}

// Serve serves requests on l until ctx is cancelled, then shuts down.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Handler serves the files of Dir. http.Dir refuses paths that climb out
// of the folder.
func (s *Server) Handler() http.Handler {
	files := http.FileServer(http.Dir(s.Dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	})
}
