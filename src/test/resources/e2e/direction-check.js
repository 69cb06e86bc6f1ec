// Whether each thing on the page runs in the right direction: returns one line per problem.
// - a field's label, hint and error follow the page (an Arabic page's on the right), also where the
//   field's value runs left to right (an e-mail address, a mobile number);
// - a text that is a number with its sign (+966550000001) or an address (https://…) reads left to
//   right even in an Arabic page, not "966550000001+" or "//:https".
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
  return [...new Set(out)];
})()
