package check

// Explain returns the lines limber build prints, indented, under an error
// that the rule with this id found, so that it reads as limber check's
// own: the rule's reason ("why: ..."), and for a rule that can be
// switched off, how to do so for one file or for the whole site ("off:
// ..."). It returns nothing for an id that is not a rule's.
func Explain(id RuleID) []string {
	r, ok := rule(id)
	if !ok {
		return nil
	}
	lines := []string{"why: " + r.Why}
	if r.Off {
		lines = append(lines, "off: for one file, add check_off: {"+string(id)+": your reason} to its front matter;"+
			" for the whole site, add check: {off: {"+string(id)+": your reason}} to limber.yaml")
	}
	return lines
}
