"""The report page's inline CSS and JavaScript (no network, no server).

Kept apart from ``report`` so the Python that builds the page reads on its own.
The script shows one release at a time: each release's markup waits packed in a
``<script>`` of a type the browser does not run (``report.pack``) and is unpacked
and laid out only when the release is opened, so a thousand releases open about
as fast as one; the index filters by status, check verdict and text.
"""
from __future__ import annotations

from .highlight import CSS as HIGHLIGHT_CSS

PAGE_CSS = HIGHLIGHT_CSS + """
*{box-sizing:border-box}
body{margin:0;display:flex;flex-direction:column;height:100vh;overflow:hidden;font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1d1d1f;background:#f6f6f4}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:18px;margin:0 0 6px}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:18px 0 6px}
.muted{color:#666;font-size:13px}
.summary{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start;margin-top:8px}
.counts{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.counts b{font-size:12px;color:#555;margin-right:4px}
.chip{border:1px solid #ccc;border-radius:12px;padding:2px 9px;font-size:12px;background:#fff;cursor:pointer}
.chip[aria-pressed=true]{outline:2px solid #1d1d1f}
.filters{display:flex;gap:10px;align-items:center;font-size:13px}
.filters input[type=search]{width:220px;padding:3px 6px}
main{flex:1;min-height:0;display:flex}
nav{width:360px;min-width:260px;overflow:auto;border-right:1px solid #ddd;background:#fff}
nav table{border-collapse:collapse;width:100%;font-size:12.5px}
nav td{padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top;cursor:pointer}
nav tr:hover td{background:#f3f3f3}
nav tr.sel td{background:#e8f0fe}
nav .hl{color:#333}
article{flex:1;overflow:auto;padding:16px 24px}
.s-consistent,.v-matches{background:#d7f0d8}
.s-qualified,.v-close{background:#fff0b3}
.s-contradicted,.v-differs{background:#ffc9c9}
.s-unsupported{background:#e6dcf5}
.s-no_headline_claim,.v-no_official_figure{background:#e8e8e8}
.s-error{background:#ffb3b3}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;white-space:nowrap}
.verdict{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;margin:8px 0}
.verdict p{margin:4px 0}
.text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:4px 18px 14px;max-width:70em}
.cards{display:grid;align-items:start;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:8px;max-width:90em}
.card{background:#fff;border:1px solid #ddd;border-left:5px solid #ccc;border-radius:4px;padding:6px 10px;font-size:13px}
.card.hit{outline:3px solid #1d1d1f}
.card.k-claims{border-left-color:#ffb55a}.card.k-periods{border-left-color:#7ec8e3}.card.k-quotes{border-left-color:#c5e1a5}
.card q{font-weight:600}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:4px 0}
.card dt{color:#666}.card dd{margin:0}
.rule{font-size:12px;color:#444;margin-top:3px}
.check{margin-top:6px;padding-top:5px;border-top:1px dashed #ddd}.check p{margin:2px 0}
.check details{font-size:12px;color:#555}
.rule code{background:#f0f0f0;padding:0 3px;border-radius:2px}
.err{color:#a00;font-weight:600}
"""

PAGE_JS = """
(function(){
  const rows = Array.from(document.querySelectorAll('#index tbody tr'));
  const view = document.getElementById('release');
  const search = document.getElementById('q');
  const look = document.getElementById('look');
  const shown = document.getElementById('shown');
  let want = new Set();
  function visible(tr){
    const tags = (tr.dataset.tags || '').split(' ');
    if (look.checked && !tags.some(t => LOOK.includes(t))) return false;
    if (want.size && !tags.some(t => want.has(t))) return false;
    const q = search.value.trim().toLowerCase();
    return !q || tr.textContent.toLowerCase().includes(q);
  }
  function filter(){
    let n = 0;
    for (const tr of rows){ const v = visible(tr); tr.hidden = !v; n += v; }
    shown.textContent = n + ' of ' + rows.length + ' releases';
  }
  async function unpack(b64){
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
    return await new Response(stream).text();
  }
  async function show(i, anchor){
    const t = document.getElementById('t' + i);
    if (!t) return;
    view.innerHTML = await unpack(t.textContent);
    for (const c of view.querySelectorAll('.rule code')) c.insertAdjacentText('afterend', ' ' + (RULES[c.textContent] || ''));
    for (const tr of rows) {
      const sel = tr.dataset.i === String(i);
      tr.classList.toggle('sel', sel);
      if (sel) tr.scrollIntoView({block: 'nearest'});
    }
    const target = anchor && document.getElementById(anchor);
    if (target) { target.classList.add('hit'); target.scrollIntoView({block: 'center'}); } else view.scrollTop = 0;
  }
  function route(){
    const h = decodeURIComponent(location.hash.slice(1));
    const m = /^r(\\d+)/.exec(h);
    if (m) { show(m[1], h.includes('-') ? h : null); return; }
    const first = rows.find(tr => !tr.hidden);
    if (first) show(first.dataset.i);
  }
  for (const tr of rows) tr.addEventListener('click', () => { location.hash = 'r' + tr.dataset.i; });
  for (const c of document.querySelectorAll('.chip[data-tag]')) c.addEventListener('click', () => {
    const on = c.getAttribute('aria-pressed') !== 'true';
    c.setAttribute('aria-pressed', on);
    on ? want.add(c.dataset.tag) : want.delete(c.dataset.tag);
    filter();
  });
  search.addEventListener('input', filter);
  look.addEventListener('change', filter);
  window.addEventListener('hashchange', route);
  filter();
  route();
})();
"""
