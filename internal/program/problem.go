package program

import "github.com/limber/limber/internal/lang"

// Problem is what is wrong with an address or a program: the key of its
// words in limber's tables (internal/lang, keys js.addr.*) and their
// arguments, each a number, a text or another Problem. Every error of
// Encode, Decode and Validate is one. program.js returns the same problems
// for the same input, and the page puts them in its own language; Error
// gives the English, so that the words are declared once, in en.yaml.
type Problem struct {
	Key  string `json:"key"`
	Args []any  `json:"args"`
}

// Error returns the problem in limber's English words.
func (p *Problem) Error() string { return lang.Builtin().Table(lang.Default).MustT(p.Key, p.Args...) }

// problem returns the Problem key with args.
func problem(key string, args ...any) *Problem {
	if args == nil {
		args = []any{}
	}
	return &Problem{Key: key, Args: args}
}

// name returns the words of a field's name, as an argument of a Problem:
// "title", "how often", "how long", "warm-up", "slug", "note", "reps" or
// "sets" in English.
func name(field string) *Problem { return problem("js.addr.name." + field) }

// inStretch returns err, a Problem, as one about stretch n of a program.
func inStretch(n int, err error) error { return problem("js.addr.stretch", n, err) }
