package newsite

// The short examples a new site starts with: one of each kind, linked to
// one another, that pass "limber check --strict". They are meant to be
// read, then changed or deleted.

const exampleStretch = `---
title: Knee to chest
summary: A gentle stretch for your low back and buttock, done lying on your back.
type: static
hold: 30s
reps: 3
sides: both
position: supine
difficulty: easy
regions: [lower-back, hips]
equipment: [yoga mat]
contraindications: [osteoporosis]
---

This stretch eases a stiff low back. You should feel a gentle pull in your low back and buttock.

## How to do it

1. Lie on your back, knees bent.
2. Hold one knee with both hands.
3. Pull it gently toward your chest.
4. Lower it slowly. Switch legs.

## Stop if

- Pain spreads down your leg.
- Your foot goes numb.
`

const exampleRoutine = `---
title: Morning back routine
summary: One gentle stretch to loosen your low back after a night's sleep.
frequency: every morning
duration: 3 minutes
warmup: Walk around your home for a minute or two.
stretches:
  - ref: knee-to-chest
    reps: 3
---

A stiff back in the morning is common. This short routine helps it loosen up before your day starts.

## How to use it

- Move slowly and stop at a gentle pull, never pain.
- Breathe slowly the whole time.

To learn how long and how often to stretch, read [stretching basics](../articles/stretching-basics.md).
`

const exampleCondition = `---
title: Osteoporosis
summary: Weak, thin bones break more easily. Stretch gently and keep your back long.
---

Osteoporosis means your bones have become thin and weak. A weak bone in your spine can crack with a hard bend or twist.

## What to avoid

- Bending forward hard, like pulling your knees to your chest.
- Any quick, jerky or bouncing move.

## When to call your clinician

- You feel sudden, sharp back pain, even after a small bend or lift.
- You are not sure which moves are safe for you.
`

// exampleArticle has %s for the date it was made, as its last review.
const exampleArticle = `---
title: Stretching basics
summary: How long, how often and how hard to stretch, in plain words.
author: Your name, PT
reviewed_by: A colleague's name, PT
updated: %s
---

Stretching keeps your muscles long and your joints moving. It can ease stiffness and make daily tasks easier.

## How far to stretch

Stretch until you feel a gentle pull. It should never hurt.

## How often

Stretch at least two or three days a week. Daily is best.
`
