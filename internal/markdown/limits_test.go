package markdown

import (
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	const at = "content/stretches/lunge.md:"
	exactly := strings.Repeat("Hold it.\n\n", MaxBodyBytes/10) + "Go.\n"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"body too large", strings.Repeat("a\n\n", MaxBodyBytes/3+1), []string{at + "10:1: the Markdown text is 257 KiB, more than limber's limit of 256 KiB for one page: split it into several pages"}},
		{"body at the limit", exactly, nil},
		{"lists too deep", "Steps.\n\n" + strings.Repeat("- ", MaxNesting+1) + "x", []string{at + "12:33: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply"}},
		{"lists at the limit", strings.Repeat("- ", MaxNesting) + "x", nil},
		{"quotes too deep", strings.Repeat(">", 100_000), []string{
			at + "10:17: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply",
			at + "10:1: more than 2048 characters without a space or line break, from here (limber's limit): add spaces, or shorten the link",
		}},
		{"mixed too deep", strings.Repeat("> 1. * ", 6), []string{at + "10:38: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply"}},
		{"numbered too deep", strings.Repeat("1) ", 17), []string{at + "10:49: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply"}},
		{"plus lists too deep", strings.Repeat("+\t", 17), []string{at + "10:33: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply"}},
		{"thematic break", strings.Repeat("- ", 40) + "\n\n" + strings.Repeat("* ", 40), nil},
		{"not markers", strings.Repeat("-x ", 40) + strings.Repeat("1.5 ", 40) + strings.Repeat("1234567890. ", 20), nil},
		{"too many lines", "Intro.\n\n" + strings.Repeat("[a](\n", MaxBlockLines+1), []string{at + "12:1: more than 1000 lines without a blank line, from here (limber's limit): put blank lines between paragraphs, or split the table or list"}},
		{"lines at the limit", strings.Repeat("a\n", MaxBlockLines) + "\n" + strings.Repeat("b\n", MaxBlockLines), nil},
		{"blank line with spaces", strings.Repeat("a\n", MaxBlockLines) + " \t\n" + strings.Repeat("b\n", MaxBlockLines), nil},
		{"word too long", "See " + strings.Repeat("[a](", 1000), []string{at + "10:5: more than 2048 characters without a space or line break, from here (limber's limit): add spaces, or shorten the link"}},
		{"word at the limit", strings.Repeat("a", MaxWordChars) + " " + strings.Repeat("é", MaxWordChars), nil},
		{"non-ASCII word too long", "x\n" + strings.Repeat("é", MaxWordChars+1), []string{at + "11:1: more than 2048 characters without a space or line break, from here (limber's limit): add spaces, or shorten the link"}},
		{"every limit", "> " + strings.Repeat("+ ", 20) + "\n" + strings.Repeat("b", 3000) + "\n" + strings.Repeat("c\n", 1000), []string{
			at + "10:33: more than 16 lists and block quotes nested on one line (limber's limit): nest them less deeply",
			at + "10:1: more than 1000 lines without a blank line, from here (limber's limit): put blank lines between paragraphs, or split the table or list",
			at + "11:1: more than 2048 characters without a space or line break, from here (limber's limit): add spaces, or shorten the link",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs := render(t, tt.in)
			sameLines(t, errLines(errs), tt.want)
			if len(tt.want) > 0 && (out.HTML != "" || out.Steps != nil || out.Headings != nil || out.Spans != nil) {
				t.Errorf("a body past a limit gave output: %.200q", out.HTML)
			}
			if len(tt.want) == 0 && out.HTML == "" {
				t.Error("a body within the limits gave no HTML")
			}
		})
	}
}
