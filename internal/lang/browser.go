package lang

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
)

// BrowserPrefixes returns the prefixes of the keys the browser's scripts
// (templates/assets/*.js) look up: their own words ("js."), the counts
// ("count.") and the printed sheet's ("sheet."), which the program's sheet
// shares with Go's sheet.html.
func BrowserPrefixes() []string { return []string{"js.", "sheet.", "count."} }

// IsBrowserKey reports whether the scripts can look key up: whether it is
// in the table Script writes.
func IsBrowserKey(key string) bool {
	for _, p := range BrowserPrefixes() {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// Script returns the table's browser keys as an ES module, the file
// assets/words-<code>.js of a site: `export default {...}` of key to text,
// or to {one, other} for a string with plural forms. The texts are the
// table's HTML made plain text (&amp; becomes &), since the scripts set
// them as text. Keys are sorted, so the same table gives the same bytes.
func (t *Table) Script() []byte {
	words := map[string]any{}
	for _, k := range t.Keys() {
		if !IsBrowserKey(k) {
			continue
		}
		m := t.msgs[k]
		if m.One != "" {
			words[k] = map[string]string{"one": html.UnescapeString(m.One), "other": html.UnescapeString(m.Other)}
		} else {
			words[k] = html.UnescapeString(m.Other)
		}
	}
	var b bytes.Buffer
	b.WriteString("// The words of limber's scripts in language \"" + t.code + "\", made by limber build from\n")
	b.WriteString("// internal/lang/" + Default + ".yaml and the like, with the site's templates/lang/ laid over them.\n")
	b.WriteString("export default ")
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	_ = enc.Encode(words) // a map of strings always encodes
	return b.Bytes()
}

// ScriptName returns the path of a language's Script in a site:
// "assets/words-es.js".
func ScriptName(code string) string { return "assets/words-" + code + ".js" }
