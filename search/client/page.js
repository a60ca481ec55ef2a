// zeren — the search page. The query and the filters live in the URL
// (?q=责令辞职&kind=regulation), so a search can be reloaded and shared.
// Results come from the static index through zeren-search.js (imported
// relative to this file, so the site works under a sub-path), grouped by
// document; filters show how many results each value has. The export
// writes it to public/search/page.js.
import { search } from "./zeren-search.js";

const PAGE = 10;
const FIELDS = ["kind", "issuer", "status", "year", "region", "subject", "forms"];

// This module loads async from the page's head: the first search starts
// as soon as it runs, while the page is still being parsed and drawn,
// with the index's manifest from the page (no round trip for it).
const meta = document.getElementById("search-manifest");
const base = meta ? meta.getAttribute("data-base") : null;
const manifest = meta ? JSON.parse(meta.textContent) : undefined;
const first = state();
const early = base && first.q ? search(first.q, { base, manifest, limit: PAGE, filters: first.filters, exactTotal: false }) : null;
if (early) early.catch(() => {}); // shown by the page once it is ready

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();

function boot() {
  const root = document.querySelector("[data-search-base]");
  if (root) start(root);
}

// state reads the query and the filters from the URL.
function state() {
  const q = new URLSearchParams(location.search);
  const filters = {};
  for (const f of FIELDS) if (q.getAll(f).length) filters[f] = q.getAll(f);
  return { q: q.get("q") || "", filters };
}

async function start(root) {
  const base = root.getAttribute("data-search-base");
  const labels = JSON.parse(document.getElementById("search-labels").textContent);
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const status = root.querySelector(".search-status");
  const results = root.querySelector(".search-results");
  const facets = root.querySelector(".search-facets");
  const title = document.title;
  let run = 0;

  const go = (s, push) => {
    const q = new URLSearchParams();
    if (s.q) q.set("q", s.q);
    for (const f of FIELDS) for (const v of s.filters[f] || []) q.append(f, v);
    history[push ? "pushState" : "replaceState"](null, "", "?" + q.toString());
    show(s);
  };
  const label = (field, v) => (field === "kind" ? labels.kind[v] : field === "status" && labels.status[v]) || v;
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  async function show(s) {
    const my = ++run;
    input.value = s.q;
    document.title = s.q ? s.q + " · " + title : title;
    results.textContent = "";
    facets.hidden = true;
    if (!s.q.trim()) { status.textContent = ""; return; }
    status.textContent = "正在搜索…";
    try {
      const opts = { base, manifest, limit: PAGE, filters: s.filters };
      // The first page may come before its total is counted (estimated).
      const r = await (pending || search(s.q, { ...opts, exactTotal: false }));
      pending = null;
      if (my !== run) return;
      const counted = (x) => {
        status.textContent = x.total
          ? "共 " + x.total + " 条结果" + (x.partial ? "(没有完整包含所有字词的结果,以下为部分匹配)" : "")
          : "没有找到结果。";
        more(x.total, PAGE, async (offset) => page((await search(s.q, { ...opts, offset })).hits));
      };
      let groups = null;
      const page = (hits) => { groups = render(hits, groups); };
      page(r.hits);
      performance.mark("search:results");
      if (r.estimated) status.textContent = "正在统计结果总数…";
      else counted(r);
      const f = await search(s.q, { ...opts, facets: true });
      if (my !== run) return;
      if (r.estimated) counted(f);
      if (f.facets) drawFacets(f.facets, s);
    } catch (e) {
      if (my === run) status.textContent = "搜索出错:" + e.message;
    }
  }

  // render adds hits under their document: the documents in the order
  // of their best hit, a document's hits in rank order.
  function render(hits, groups) {
    groups = groups || new Map();
    let list = results.querySelector("ol.search-hits");
    if (!list) results.append((list = el("ol", "search-hits")));
    for (const h of hits) {
      let units = groups.get(h.doc);
      if (!units) {
        const li = el("li", "search-doc");
        const head = el("p", "search-doc-title");
        const a = el("a", "", h.title);
        a.href = h.url.split("#")[0];
        head.append(a);
        li.append(head, (units = el("ol", "search-units")));
        list.append(li);
        groups.set(h.doc, units);
      }
      const item = el("li");
      const a = el("a", "search-hit");
      a.href = h.url;
      a.innerHTML = h.snippet; // escaped by the client, matches in <mark>
      item.append(a);
      units.append(item);
    }
    return groups;
  }

  function more(total, shown, load) {
    if (shown >= total) return;
    const b = el("button", "search-more", "显示更多结果");
    b.type = "button";
    b.addEventListener("click", async () => {
      b.disabled = true;
      await load(shown);
      b.remove();
      more(total, shown + PAGE, load);
    });
    results.append(b);
  }

  function drawFacets(counts, s) {
    facets.textContent = "";
    for (const f of FIELDS) {
      const values = counts[f];
      if (!values || !values.length || (values.length === 1 && !(s.filters[f] || []).length)) continue;
      const box = el("fieldset", "search-facet");
      box.append(el("legend", "", labels.fields[f] || f));
      for (const { value, count } of values.slice(0, 12)) {
        const lab = el("label");
        const cb = el("input");
        cb.type = "checkbox";
        cb.checked = (s.filters[f] || []).includes(value);
        cb.addEventListener("change", () => {
          const set = new Set(s.filters[f] || []);
          cb.checked ? set.add(value) : set.delete(value);
          go({ q: s.q, filters: { ...s.filters, [f]: [...set] } }, true);
        });
        lab.append(cb, " " + label(f, value) + " ", el("span", "n", "(" + count + ")"));
        box.append(lab);
      }
      facets.append(box);
    }
    facets.hidden = !facets.childElementCount;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go({ q: input.value, filters: {} }, true);
  });
  window.addEventListener("popstate", () => show(state()));

  // Keyboard: / to the box, ↓ ↑ through the results, Esc back to the box.
  document.addEventListener("keydown", (e) => {
    const links = [...results.querySelectorAll("a.search-hit")];
    const i = links.indexOf(document.activeElement);
    if (e.key === "/" && document.activeElement !== input) {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === "ArrowDown" && (document.activeElement === input || i >= 0) && links.length) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)].focus();
    } else if (e.key === "ArrowUp" && i >= 0) {
      e.preventDefault();
      (i === 0 ? input : links[i - 1]).focus();
    } else if (e.key === "Escape" && i >= 0) {
      input.focus();
    }
  });

  let pending = early;
  const s = state();
  if (s.q) show(s); else input.focus();
}
