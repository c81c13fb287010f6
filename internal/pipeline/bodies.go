package pipeline

import (
	"context"
	"html/template"

	"github.com/limber/limber/internal/check"
	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/markdown"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// bodies is what the Markdown stage worked out.
type bodies struct {
	links    *Links
	key      uint64            // links' fingerprint, for the Memo
	outs     []markdown.Output // each page's rendered body, by index in the site's Pages; only for a Memo
	perrs    []diag.List       // each page's Markdown problems
	found    []earlyFound      // the findings of the pages checked as soon as their bodies were rendered
	problems diag.List         // every page's Markdown problems, in page order
}

// earlyFound is what the rules found on one page checked as soon as its
// body was rendered.
type earlyFound struct {
	done  bool
	found []check.Finding
}

// renderBodies is the Markdown stage, on every CPU. Each page made from a
// file gets its rendered body (reused from the Memo when its file and the
// link targets are unchanged). Then, unless it is a routine, it is checked
// at once and handed to the sink, so that its body's HTML and text spans
// need not wait in memory for all the others (at 10,000 stretches they
// were a third of a build's peak memory); with no Memo, it lets go of the
// spans and its Markdown source there and then. A routine waits for the
// check stage, since its sheets show its stretches' steps. When ctx is
// done it renders no more pages.
func renderBodies(ctx context.Context, ns *site.Site, theme *Theme, c *check.Checker, in Input, sink Sink, day string) *bodies {
	md := markdown.New() // templates are broken: still report every link problem
	if theme != nil {
		md = theme.Markdown
	}
	n := len(ns.Pages)
	b := &bodies{links: NewLinks(ns), perrs: make([]diag.List, n), found: make([]earlyFound, n)}
	if in.Memo != nil {
		b.key, b.outs = b.links.Fingerprint(), make([]markdown.Output, n)
	}
	parallel.For(n, func(i int) {
		p := ns.Pages[i]
		if p.Src == nil || ctx.Err() != nil {
			return
		}
		out := b.render(i, p, md, in.Memo)
		b.perrs[i].Append(b.links.untranslated(p, out.Spans))
		SetBody(p, out) // with problems too, for the checks, which report along with them
		if p.Kind == site.KindRoutine {
			return
		}
		b.found[i] = earlyFound{done: true, found: checkPage(c, p, in.Memo, day)}
		if in.Memo == nil {
			p.Spans, p.Src.Body = nil, nil
		}
		sink.Page(i, p)
	})
	for _, errs := range b.perrs {
		b.problems.Append(errs)
	}
	return b
}

// render returns page i's body rendered from its file with the link
// targets of its language, from the Memo when it
// has it, and keeps it for the Memo.
func (b *bodies) render(i int, p *site.Page, md *markdown.Renderer, memo Memo) markdown.Output {
	src, links := p.Src, b.links.For(p.Lang)
	if memo == nil {
		out, errs := RenderBody(md, src, links)
		b.perrs[i] = errs
		return out
	}
	out, ok := memo.Body(src, b.key)
	if !ok {
		out, b.perrs[i] = RenderBody(md, src, links)
	}
	b.outs[i] = out
	return out
}

// checkPage runs the rules on p, or returns their findings from the Memo
// when p's file and body are those it last saw checked on day.
func checkPage(c *check.Checker, p *site.Page, memo Memo, day string) []check.Finding {
	if memo != nil {
		if found, ok := memo.Found(p.Src, p.Body, day); ok {
			return found
		}
	}
	return c.Page(p)
}

// RenderBody renders the Markdown body of src with the link targets links.
func RenderBody(md *markdown.Renderer, src *content.Source, links markdown.Links) (markdown.Output, diag.List) {
	return md.Render(markdown.Input{Path: src.Path, Rel: src.Rel, Body: src.Body, BodyLine: src.BodyLine}, links)
}

// SetBody gives a page its rendered body and what is taken from it.
func SetBody(p *site.Page, out markdown.Output) {
	p.Body, p.Steps, p.StopIf, p.Spans = out.HTML, out.Steps, StopIf(out.Headings), out.Spans
}

// StopIf returns the points listed under the body's "Stop if" heading (in
// any language: lang.IsStopHeading), which sheets print in a box.
func StopIf(headings []markdown.Heading) []template.HTML {
	for _, h := range headings {
		if lang.IsStopHeading(h.Text) {
			return h.Items
		}
	}
	return nil
}
