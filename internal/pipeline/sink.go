package pipeline

import (
	"context"
	"errors"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/site"
)

// Sink is where a run puts the rendered pages: the output folder
// (OutputFolder), the in-memory Snapshot of limber serve, or nowhere
// (Discard).
type Sink interface {
	// Open is called once the site is loaded and indexed without a
	// problem, before any body is rendered. When it fails, the run goes
	// on without the sink, to report the site's own problems first, and
	// then returns its error.
	Open(ctx context.Context, s *site.Site, theme *Theme) error
	// Page is handed page i of the site, not a routine, as soon as its
	// body is rendered and checked, on any CPU. A sink may render and
	// write it then, and let go of its body.
	Page(i int, p *site.Page)
	// Close is called when no stage found a problem: it renders and puts
	// the pages not put yet, and the other files, and publishes them.
	Close(ctx context.Context, s *site.Site, theme *Theme) error
	// Drop lets go of whatever was put and not published. It is called at
	// the end of every run, after Close too.
	Drop()
}

// Discard is the sink of limber check and Prepare: the pages go nowhere.
type Discard struct{}

func (Discard) Open(context.Context, *site.Site, *Theme) error  { return nil }
func (Discard) Page(int, *site.Page)                            {}
func (Discard) Close(context.Context, *site.Site, *Theme) error { return nil }
func (Discard) Drop()                                           {}

// openSink opens sink when the site loaded cleanly. It returns the sink to
// hand pages to (Discard when it was not opened) and, when it was not,
// the error to return if no other problem turns up.
func openSink(ctx context.Context, sink Sink, s *site.Site, theme *Theme, problems diag.List) (Sink, error) {
	if len(problems) > 0 || theme == nil {
		return Discard{}, errors.New("the output was not prepared (a bug in limber)")
	}
	if err := sink.Open(ctx, s, theme); err != nil {
		return Discard{}, err
	}
	return sink, nil
}

// firstError returns the first non-nil error, as a diag.List when it is a
// positioned template problem.
func firstError(errs []error) error {
	for _, err := range errs {
		var d *diag.Error
		if errors.As(err, &d) {
			return diag.List{d}
		}
		if err != nil {
			return err
		}
	}
	return nil
}
