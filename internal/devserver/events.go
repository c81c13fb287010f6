package devserver

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// pingEvery is how often an idle event stream gets a comment line, so a
// tab that went away is noticed.
const pingEvery = 15 * time.Second

// events streams server-sent events to one tab until it goes away or the
// server stops. It sends the current state at once ("problems" or "ok",
// and "reload" when the tab missed a rebuild), then each change.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming is not supported", http.StatusInternalServerError)
		return
	}
	last := r.Header.Get("Last-Event-ID")
	if last == "" {
		last = r.URL.Query().Get("last")
	}
	c := h.st.subscribe(last)
	defer h.st.unsubscribe(c)
	h.st.watch(c, r.URL.Query().Get("page"))
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "retry: 1000\n\n")
	h.stream(w, flusher, c, r)
}

// stream writes what c has not heard yet, then waits for a change, until
// the tab goes away or the server stops.
func (h *handler) stream(w io.Writer, flusher http.Flusher, c *client, r *http.Request) {
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	for {
		if err := writeEvents(w, h.st.pending(c)); err != nil {
			return
		}
		flusher.Flush()
		select {
		case <-c.kick:
		case <-ping.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		case <-h.st.done:
			return
		}
	}
}

// writeEvents writes events in the text/event-stream format.
func writeEvents(w io.Writer, evs []event) error {
	for _, ev := range evs {
		data, err := json.Marshal(ev.data)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "id: %s\nevent: %s\ndata: %s\n\n", ev.id, ev.name, data); err != nil {
			return err
		}
	}
	return nil
}
