// Package catalogue makes the catalogue of a site's published stretches:
// what a program builder and a site search running in the browser need to
// find stretches, dose them and print them, as JSON files written beside
// the pages (catalogue/index.json and catalogue/<n>.json under the site's
// root).
//
// The index is what a browser loads first: every published stretch with
// what search and filters read (title, summary, muscles, dose, regions,
// position, equipment, difficulty...), the routines a program may start
// from, the conditions named as contraindications, and the vocabularies
// the filters offer, with their display names. The rest of a stretch (its
// steps, stop-if points and first picture) lives in one of a few shards,
// fetched when it is added to a program; the index names each stretch's
// shard. Steps and stop-if points are runs of text, bold, code or plain
// (see inline.Run), for a browser to show as text, never as HTML.
//
// It belongs to the write stage of the pipeline: it reads the site graph
// after the Markdown stage and returns bytes, the same bytes for the same
// site. It holds public content only, nothing about any patient.
package catalogue
