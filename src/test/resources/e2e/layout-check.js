// Whether anything on the page is cut off: returns one line per problem, none when the page reads whole.
// - the page itself scrolls sideways;
// - an element (in the page or inside a component's shadow DOM) sticks out of the screen, unless it
//   sits in a container meant to scroll or in the closed navigation drawer (slid off the screen);
// - a container scrolls sideways (a grid whose columns do not fit: the columns staff decide by are
//   then off the screen);
// - text is cut: an element that hides its overflow or ends it with an ellipsis holds more than it shows.
(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '');
  const up = el => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  const closest = (el, selector) => { for (let p = el; p; p = up(p)) { if (p.matches && p.matches(selector)) return p; } return null; };
  const drawerClosed = !document.querySelector('vaadin-app-layout[drawer-opened]');
  const scrolls = s => /(auto|scroll)/.test(s.overflowX);
  const hides = s => s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
  if (document.documentElement.scrollWidth > vw + 1) {
    out.push('page scrolls sideways ' + document.documentElement.scrollWidth + '>' + vw);
  }
  const all = [];
  const walk = root => { for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); } };
  walk(document);
  for (const el of all) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    if (closest(el, '.portal-sr-only, vaadin-tooltip-overlay')) continue;
    if (drawerClosed && closest(el, '[slot=drawer]')) continue;
    // A shadow DOM's slot shows the page's own text: that is the text it may cut.
    const text = (el.tagName === 'SLOT' ? el.assignedNodes({ flatten: true }).map(n => n.textContent).join('')
        : el.textContent || '').trim();
    const cut = hides(cs) && el.scrollWidth > el.clientWidth + 1 && text;
    if (closest(up(el) || el, 'vaadin-grid') && !(el.id === 'table' && scrolls(cs))) {
      if (cut) out.push(name(el) + ' cuts its text: ' + text.slice(0, 50));
      continue;
    }
    let scroller = null;
    for (let p = up(el); p && !scroller; p = up(p)) {
      if (p.nodeType === 1 && p !== document.body && p !== document.documentElement && scrolls(getComputedStyle(p))) scroller = p;
    }
    if (!scroller && (r.right > vw + 1 || r.left < -1)) out.push(name(el) + ' sticks out of the screen [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
    if (scrolls(cs) && el !== document.documentElement && el !== document.body && el.scrollWidth > el.clientWidth + 2) {
      // Name the innermost thing wider than the container, so the report says what to fix.
      let widest = null;
      for (const child of el.querySelectorAll('*')) {
        if (child.getBoundingClientRect().width > el.clientWidth + 2) widest = child;
      }
      out.push(name(closest(el, 'vaadin-grid') || el) + ' scrolls sideways ' + el.scrollWidth + '>' + el.clientWidth
          + (widest ? ' (widest: ' + name(widest) + ' "' + (widest.textContent || '').trim().slice(0, 60) + '")' : ''));
    }
    if (cut) out.push(name(el) + ' cuts its text: ' + text.slice(0, 50));
  }
  return [...new Set(out)];
})()
