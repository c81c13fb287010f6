package content

import (
	"cmp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// checkKeys lists the keys of limber.yaml's check block.
func checkKeys() []string {
	return []string{"max_routine_stretches", "review_max_age_months", "jargon", "off"}
}

// checkConfig reads limber.yaml's check block: limits for some rules,
// site jargon, and rules switched off with a reason.
func checkConfig(v value) CheckConfig {
	if v.absent() {
		return CheckConfig{}
	}
	g, ok := v.fields(checkKeys())
	if !ok {
		return CheckConfig{}
	}
	return CheckConfig{
		MaxRoutineStretches: g.integer("max_routine_stretches", 1),
		ReviewMaxAgeMonths:  g.integer("review_max_age_months", 1),
		Jargon:              jargon(g.get("jargon")),
		Off:                 ruleOffs(g.get("off")),
	}
}

// jargon reads the site's own jargon: a list of {jargon, plain} pairs,
// each word written once.
func jargon(v value) []Jargon {
	items, _ := v.list()
	var out []Jargon
	seen := map[string]int{}
	for _, it := range items {
		g, ok := it.fields([]string{"jargon", "plain"})
		if !ok {
			continue
		}
		j := Jargon{Jargon: g.requiredText("jargon"), Plain: g.requiredText("plain"), Pos: it.pos()}
		if j.Jargon == "" || j.Plain == "" {
			continue
		}
		if line, dup := seen[strings.ToLower(j.Jargon)]; dup {
			it.errorf("%q is already in the list (line %d): write each word once", j.Jargon, line)
			continue
		}
		seen[strings.ToLower(j.Jargon)] = j.Pos.Line
		out = append(out, j)
	}
	return out
}

// ruleOffs reads rules switched off: a group of rule-id: reason lines.
// Every rule needs a reason, so that a reader of the file knows why. The
// rule ids themselves are checked by limber check, which knows them.
func ruleOffs(v value) []RuleOff {
	if v.absent() || v.bad {
		return nil
	}
	m, ok := v.n.(*ast.MappingNode)
	if !ok {
		v.errorf("want lines of rule-id: reason, like plain-language: our readers are clinicians, got %s", describe(v.n))
		return nil
	}
	f := fields{d: v.d, prefix: v.name, at: v.pos()}
	var out []RuleOff
	for _, mv := range m.Values {
		if off, ok := f.ruleOff(mv, out); ok {
			out = append(out, off)
		}
	}
	return out
}

// ruleOff reads one rule-id: reason line of a check_off or check.off
// group, reporting a badly written id, a repeated id and a missing reason.
func (f *fields) ruleOff(mv *ast.MappingValueNode, have []RuleOff) (RuleOff, bool) {
	if mv == nil || mv.Key == nil {
		return RuleOff{}, false
	}
	id, ok := f.keyText(mv.Key)
	if !ok {
		return RuleOff{}, false
	}
	pos := f.d.nodePos(mv.Key)
	if i := slices.IndexFunc(have, func(o RuleOff) bool { return o.Rule == id }); i >= 0 {
		f.errorf(pos, "duplicate key %q (first on line %d)", id, have[i].Pos.Line)
		return RuleOff{}, false
	}
	if !isSlug(id) {
		f.errorf(pos, "%q is not a rule id: rule ids are lowercase words joined by hyphens, like plain-language", id)
		return RuleOff{}, false
	}
	reason := newValue(f.d, f.name(id), mv.Key, mv.Value)
	s, ok := reason.text()
	if ok && s == "" {
		reason.errorf("give the reason this rule is off, like %s: our readers are clinicians", id)
	}
	if !ok || s == "" {
		return RuleOff{}, false
	}
	return RuleOff{Rule: id, Reason: s, Pos: pos}, true
}

// positions lists where each field of the mapping was written, for
// Source.At, in the order of the file.
func (f fields) positions() []keyPos {
	out := make([]keyPos, 0, len(f.vals))
	for k, v := range f.vals {
		out = append(out, keyPos{key: k, pos: v.pos()})
	}
	slices.SortFunc(out, func(a, b keyPos) int {
		return cmp.Or(cmp.Compare(a.pos.Line, b.pos.Line), cmp.Compare(a.pos.Col, b.pos.Col), cmp.Compare(a.key, b.key))
	})
	return out
}
