// Whether each thing on the page runs in the right direction: returns one line per problem.
// - a field's label, hint and error follow the page (an Arabic page's on the right), also where the
//   field's value runs left to right (an e-mail address, a mobile number);
// - a text that is a number with its sign (+966550000001) or an address (https://…) reads left to
//   right even in an Arabic page, not "966550000001+" or "//:https";
// - a reference inside a sentence (رقم الطلب: VOL-2026-000012) is drawn in its own order, its first
//   letter left of its last digit, not "000012-2026-VOL".
(() => {
  const page = document.documentElement.dir || 'ltr';
  const out = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
  const shown = el => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && cs.display !== 'none'; };
  for (const part of document.querySelectorAll('[slot=label], [slot=helper], [slot=error-message]')) {
    const field = part.parentElement;
    if (!field || !field.localName.startsWith('vaadin-') || !shown(part) || !part.textContent.trim()) continue;
    const dir = getComputedStyle(part).direction;
    if (dir !== page) out.push(part.getAttribute('slot') + ' of ' + name(field) + ' runs ' + dir + ' in a ' + page + ' page');
  }
  const ownDirection = /^(\+[\d\s\u0660-\u0669]{6,}|[a-z][a-z0-9+.-]*:\/\/\S+)$/i;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.children.length || ['SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA'].includes(el.tagName)) continue;
    const text = (el.textContent || '').trim();
    if (!ownDirection.test(text) || !shown(el)) continue;
    const dir = getComputedStyle(el).direction;
    if (dir !== 'ltr') out.push(name(el) + ' shows "' + text.slice(0, 40) + '" right to left');
  }
  const reference = /[A-Z]{2,}(?:-[A-Z0-9]+)+/g;
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = texts.nextNode());) {
    if (!node.parentElement || !shown(node.parentElement)) continue;
    for (const m of node.data.matchAll(reference)) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, m.index + m[0].length - 1); range.setEnd(node, m.index + m[0].length);
      const last = range.getBoundingClientRect();
      // On one line only: a reference broken across lines has no single order to compare.
      if (first.width && last.width && Math.abs(first.top - last.top) < 2 && first.left > last.left) {
        out.push(name(node.parentElement) + ' draws "' + m[0] + '" right to left');
      }
    }
  }
  return [...new Set(out)];
})()
