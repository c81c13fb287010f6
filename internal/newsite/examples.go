package newsite

// The short examples a new site starts with: one of each kind, linked to
// one another, that pass "limber check --strict". They are meant to be
// read, then changed or deleted. Each is written once in every language
// init offers (English here, Spanish in spanish.go); the default
// language's text is the page, the others' are its translations.

// example is one short example page: its path under content/ without
// ".md", the front matter every language shares (the facts a translation
// takes from its original: a stretch's dose, a routine's stretches), and
// its words in each language.
type example struct {
	path  string
	facts string
	dated bool // the front matter ends with "updated:" and the day it was made
	text  map[string]page
}

// page is an example's words in one language: the front matter a
// translation writes in its own words, and the body.
type page struct{ front, body string }

// examples returns the short examples in the order a reader meets them.
func examples() []example {
	return []example{
		{path: "stretches/knee-to-chest", facts: stretchFacts,
			text: map[string]page{"en": {enStretchFront, enStretchBody}, "es": {esStretchFront, esStretchBody}}},
		{path: "routines/morning-back", facts: routineFacts,
			text: map[string]page{"en": {enRoutineFront, enRoutineBody}, "es": {esRoutineFront, esRoutineBody}}},
		{path: "conditions/osteoporosis",
			text: map[string]page{"en": {enConditionFront, enConditionBody}, "es": {esConditionFront, esConditionBody}}},
		{path: "articles/stretching-basics", dated: true,
			text: map[string]page{"en": {enArticleFront, enArticleBody}, "es": {esArticleFront, esArticleBody}}},
	}
}

// file returns the example in lang: the page itself, with its facts, when
// lang is the site's default, else its translation beside it
// (name.es.md), which takes the facts from the page. date is the day the
// site is made, an article's last review.
func (x example) file(lang string, original bool, date string) File {
	p := x.text[lang]
	name := "content/" + x.path + "." + lang + ".md"
	front := p.front
	if original {
		name = "content/" + x.path + ".md"
		front += x.facts
	}
	if x.dated {
		front += "updated: " + date + "\n"
	}
	return File{name, []byte("---\n" + front + "---\n\n" + p.body)}
}

const stretchFacts = `type: static
hold: 30s
reps: 3
sides: both
position: supine
difficulty: easy
regions: [lower-back, hips]
equipment: [yoga mat]
contraindications: [osteoporosis]
`

const enStretchFront = `title: Knee to chest
summary: A gentle stretch for your low back and buttock, done lying on your back.
`

const enStretchBody = `This stretch eases a stiff low back. You should feel a gentle pull in your low back and buttock.

## How to do it

1. Lie on your back, knees bent.
2. Hold one knee with both hands.
3. Pull it gently toward your chest.
4. Lower it slowly. Switch legs.

## Stop if

- Pain spreads down your leg.
- Your foot goes numb.
`

const routineFacts = `stretches:
  - ref: knee-to-chest
    reps: 3
`

const enRoutineFront = `title: Morning back routine
summary: One gentle stretch to loosen your low back after a night's sleep.
frequency: every morning
duration: 3 minutes
warmup: Walk around your home for a minute or two.
`

const enRoutineBody = `A stiff back in the morning is common. This short routine helps it loosen up before your day starts.

## How to use it

- Move slowly and stop at a gentle pull, never pain.
- Breathe slowly the whole time.

To learn how long and how often to stretch, read [stretching basics](../articles/stretching-basics.md).
`

const enConditionFront = `title: Osteoporosis
summary: Weak, thin bones break more easily. Stretch gently and keep your back long.
`

const enConditionBody = `Osteoporosis means your bones have become thin and weak. A weak bone in your spine can crack with a hard bend or twist.

## What to avoid

- Bending forward hard, like pulling your knees to your chest.
- Any quick, jerky or bouncing move.

## When to call your clinician

- You feel sudden, sharp back pain, even after a small bend or lift.
- You are not sure which moves are safe for you.
`

const enArticleFront = `title: Stretching basics
summary: How long, how often and how hard to stretch, in plain words.
author: Your name, PT
reviewed_by: A colleague's name, PT
`

const enArticleBody = `Stretching keeps your muscles long and your joints moving. It can ease stiffness and make daily tasks easier.

## How far to stretch

Stretch until you feel a gentle pull. It should never hurt.

## How often

Stretch at least two or three days a week. Daily is best.
`
