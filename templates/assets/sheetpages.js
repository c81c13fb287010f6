// sheetpages.js: how many pages a program's sheet prints on, measured in
// this browser. limber estimates a routine's sheet at build time
// (internal/sheetfit, with its own font metrics); a program is only known
// in the browser, so here the browser measures it itself.
//
//   countPages(article, paper)  paper "letter" or "a4"; returns a number
//   markLong(article, paper)    sets the class sheet-long when the sheet
//                               takes more than one page on paper ("" for
//                               either paper); returns the most pages
//
// It lays a copy of the sheet out off screen, as sheet.css lays it out in
// print (the rules are in sheet-measure.css, which the page links), at the
// width of the paper's printed area, measures the title, the rest of the
// head, each card and the end block (the log and the foot), and packs them
// into two columns and pages the way Chromium prints them and sheetfit
// models it: cards never split, the title repeats at the top of each page,
// and a sheet too long for one page (class sheet-long) takes its last card
// across both columns, with the log and the foot, onto its last page. The
// large-print sheet has one column. The packing functions need no DOM.

/** The papers, in millimetres; the page's margins are 8 mm (sheet.css). */
export const papers = Object.freeze({
  letter: Object.freeze({ width: 215.9, height: 279.4 }),
  a4: Object.freeze({ width: 210, height: 297 }),
});
const marginMM = 8;
const pxPerMM = 96 / 25.4;

/**
 * Slack in CSS px for what the copy does not show of print (rounding to
 * device pixels between fragments): a sheet must fit with this to spare to
 * count as one page, so that the count errs towards more pages.
 */
export const slack = 2;

/**
 * Returns how many pages article prints on, on paper "letter" or "a4". A
 * sheet without the class sheet-long is counted as it prints now, laid
 * out long only if it takes more than one page; a sheet marked sheet-long
 * (too long for one page on some paper) is counted laid out long, as it
 * then prints on every paper. So: count it unmarked on each paper, mark it
 * long if any count is over 1, and count again on the papers that were 1.
 */
export function countPages(article, paper) {
  const p = papers[paper] || papers.letter;
  const page = (p.height - 2 * marginMM) * pxPerMM - slack;
  const long = article.classList.contains("sheet-long");
  const copy = offscreenCopy(article, p.width - 2 * marginMM);
  try {
    const large = copy.sheet.classList.contains("sheet-large");
    let m = measure(copy.sheet);
    if (large) return column(m.cards.slice(0, -1), page - m.title, m.head, last(m.cards) + m.end);
    if (!long && m.title + m.head + balanced(m.cards) + m.end <= page) return 1;
    copy.sheet.classList.add("sheet-long");
    m = measure(copy.sheet);
    return flow(m.cards.slice(0, -1), page - m.title, m.head, last(m.cards) + m.end);
  } finally {
    copy.box.remove();
  }
}

/**
 * Marks article sheet-long (its last card goes with the log and the foot)
 * when it takes more than one page on paper, or on either paper when paper
 * is "" (the site names none), as limber marks a routine's sheet from its
 * estimate. Call it once the sheet is in the document and its pictures
 * have loaded. Returns the most pages it takes.
 */
export function markLong(article, paper) {
  article.classList.remove("sheet-long");
  const list = papers[paper] ? [paper] : Object.keys(papers);
  const pages = Math.max(...list.map(function (p) { return countPages(article, p); }));
  article.classList.toggle("sheet-long", pages > 1);
  return pages;
}

function last(list) { return list.length ? list[list.length - 1] : 0; }

/**
 * A copy of article in a hidden box widthMM wide at the end of the body,
 * with no ids (they stay unique), not marked long: {box, sheet}.
 */
function offscreenCopy(article, widthMM) {
  const doc = article.ownerDocument;
  const box = doc.createElement("div");
  box.className = "sheet-measure";
  box.setAttribute("aria-hidden", "true");
  box.style.setProperty("width", widthMM + "mm");
  const sheet = article.cloneNode(true);
  sheet.classList.remove("sheet-long");
  sheet.removeAttribute("aria-labelledby");
  for (const e of [sheet, ...sheet.querySelectorAll("[id]")]) e.removeAttribute("id");
  box.append(sheet);
  doc.body.append(box);
  return { box, sheet };
}

/**
 * Measures the laid-out copy in CSS px: the title (on every page), the
 * rest of the head (first page), each card as laid out now, and the end.
 */
function measure(sheet) {
  const h = function (e) { return e ? e.getBoundingClientRect().height : 0; };
  const name = sheet.querySelector(".sheet-name");
  const flowTop = sheet.querySelector(".sheet-flow").getBoundingClientRect().top;
  const top = name ? name.getBoundingClientRect().bottom : sheet.getBoundingClientRect().top;
  return {
    title: h(name),
    head: Math.max(0, flowTop - top),
    cards: [...sheet.querySelectorAll(".sheet-card")].map(h),
    end: h(sheet.querySelector(".sheet-end")),
  };
}

/**
 * The height of two balanced columns of unbreakable cards, filled down then
 * across: the least height of the taller column over every split.
 */
export function balanced(cards) {
  const total = cards.reduce(function (a, b) { return a + b; }, 0);
  let best = total, first = 0;
  for (const c of cards) {
    first += c;
    best = Math.min(best, Math.max(first, total - first));
  }
  return best;
}

/**
 * The pages a long sheet takes: the cards fill two columns page after page
 * (page high, less head on the first), and the tail (the last card across
 * both columns, the log and the foot) follows the columns, balanced on
 * their last page, or starts a page of its own. As sheetfit's flow.
 */
export function flow(cards, page, head, tail) {
  let pages = 1, avail = page - head, i = 0;
  for (;;) {
    const start = i;
    i = fillColumns(cards, i, avail, avail === page);
    if (i === cards.length) return balanced(cards.slice(start)) + tail <= avail ? pages : pages + 1;
    pages++;
    avail = page;
  }
}

/**
 * Places cards from i on in two columns avail high; returns the index of
 * the first card that did not fit. On a whole page (full) a card taller
 * than a column takes one of its own; on the first page it moves on.
 */
export function fillColumns(cards, i, avail, full) {
  for (let col = 0; col < 2; col++) {
    let used = 0;
    while (i < cards.length && (used + cards[i] <= avail || (used === 0 && full))) {
      used += cards[i];
      i++;
    }
  }
  return i;
}

/**
 * The pages of the large-print sheet: one column of cards, then the tail
 * (its last card with the log and the foot, which keep together).
 */
export function column(cards, page, head, tail) {
  let pages = 1, used = head;
  for (const c of cards.concat([tail])) {
    if (used + c > page && used > 0) {
      pages++;
      used = 0;
    }
    used += c;
  }
  return pages;
}
