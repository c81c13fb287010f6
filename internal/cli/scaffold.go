package cli

// The text of new content files. Every field is present, with a comment that
// says what it is for; optional ones are commented out. New files are drafts
// so that they are not published before they are finished.

// checkOffField ends every kind's fields: check_off, commented out.
const checkOffField = `# check_off:          # switch a rule of limber check off for this file, with a reason
#   rule-id: why
`

const stretchFields = `summary: "One short sentence: what this stretch helps with."
type: static          # static | dynamic | pnf | ballistic
hold: 30s             # how long to hold: 30s, 45 s, 1m, 1m30s (needed for static and pnf)
reps: 3               # how many times (a whole number, 1 or more)
sets: 1               # how many rounds of reps
sides: both           # both (each side) | left | right | none
position: supine      # supine | prone | seated | standing | kneeling | side-lying | quadruped
difficulty: easy      # easy | moderate | hard
regions:              # body regions, as slugs; each gets a browse page
  - lower-back
muscles: []           # such as: hamstrings, hip flexors
equipment: []         # such as: yoga mat, towel, chair
contraindications: [] # slugs of condition pages, such as: osteoporosis
images: []            # - {src: my-stretch.svg, alt: "What the picture shows"}
# video: https://example.org/video
references: []        # - {title: "Source title", url: "https://..."}
draft: true           # set to false to publish
`

const stretchBody = `Say in one or two short sentences what this stretch does and who it is for.

## How to do it

1. Start position.
2. The movement.
3. What you should feel.

## Stop if

- You feel sharp pain, numbness or tingling.
`

const routineFields = `summary: "One short sentence: who this routine is for."
frequency: daily      # such as: daily, 3 times a week
duration: 10 minutes  # about how long it takes
warmup: "Walk around or march on the spot for 5 minutes."
stretches:            # in order; hold, reps, sets, sides and notes override the stretch for this routine
  - ref: knee-to-chest
    # hold: 30s
    # reps: 3
    # sets: 1
    # sides: both
    # notes: "Keep your head on the floor."
updated: ""           # the date of the last clinical review, as YYYY-MM-DD
reviewed_by: ""       # who reviewed it, with credentials
draft: true           # set to false to publish
`

const routineBody = `Say what this routine is for and when to do it.

## How to use it

- Warm up first.
- Move slowly and stay in a range that does not hurt.
`

const conditionFields = `summary: "One short sentence: how this condition changes stretching."
draft: true           # set to false to publish
`

const conditionBody = `Say what the condition is in plain words.

## What to avoid

- Movements to avoid.

## When to call your clinician

- Signs that need advice.
`

const articleFields = `summary: "One short sentence: what the reader will learn."
author: ""            # who wrote it, with credentials
reviewed_by: ""       # who checked it, with credentials (not the author)
updated: ""           # the date of the last review, as YYYY-MM-DD
references: []        # - {title: "Source title", url: "https://..."}
draft: true           # set to false to publish
`

const articleBody = `Write the article here.
`
