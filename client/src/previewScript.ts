// The preview webview's one script, added with the page's nonce. It keeps the page in step with the
// record without reloading (so the scroll position stays), remembers the record and scroll
// position for a reload (vscode.setState), and turns clicks into messages: a rendered value or a
// finding reveals its source range, a rule code opens the rule's page. Nothing here builds markup
// from text: updated pages come whole from the server's renderer, parsed inert by DOMParser.

export const PREVIEW_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  let state = vscode.getState() || {};
  if (typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      state = { ...state, scrollY: window.scrollY };
      vscode.setState(state);
    });
  }, { passive: true });
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    const rule = t.closest('a.rule');
    if (rule) {
      e.preventDefault();
      const m = /([a-z0-9-]+)\\.md$/.exec(rule.getAttribute('href') || '');
      if (m) vscode.postMessage({ type: 'rule', id: m[1] });
      return;
    }
    if (t.closest('a')) e.preventDefault();
    const at = t.closest('[data-start]');
    if (at) vscode.postMessage({ type: 'reveal', start: Number(at.getAttribute('data-start')), end: Number(at.getAttribute('data-end')) });
  });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.type !== 'update' || typeof m.html !== 'string') return;
    const next = new DOMParser().parseFromString(m.html, 'text/html');
    next.querySelectorAll('script').forEach((s) => s.remove());
    const y = state.uri === m.uri ? window.scrollY : 0;
    document.title = next.title;
    // A copy first: the child list is live, and moving a node out of it shifts the rest.
    document.body.replaceChildren(...Array.from(next.body.childNodes));
    document.body.dataset.version = String(m.version);
    state = { uri: m.uri, scrollY: y };
    vscode.setState(state);
    window.scrollTo(0, y);
  });
  vscode.postMessage({ type: 'ready' });
})();`;
