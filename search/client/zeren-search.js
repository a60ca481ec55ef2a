// zeren-search.js: full-text search of a zeren site from its static index,
// in the browser or in Node (18+). No dependencies.
//
//   import { search } from "./search/zeren-search.js";
//   const { total, hits } = await search("责令辞职", { limit: 10 });
//
// It reads the query as the site's Bleve index does (search/query.go in
// the zeren repository) and ranks with Bleve's formula, so it returns the
// same units in the same order as `zeren search`. It fetches only the
// files a query needs: the dictionary buckets of the query's bigrams, the
// posting blocks that can hold a match (rarest bigram first) unless the
// crowns or heads of common bigrams prove the first page, positions only
// for phrases, and the text of the hits shown (for a one-term query
// answered from the dictionary, its first page as stored: an article
// number, a common bigram, or a common word, whose answer the export
// stored in buckets of its own). A query of common words is found and
// scored from their lists of units, which the export stores with them.

const TOKEN = /[\p{L}\p{N}\p{M}\p{S}]/u;
const ARTICLE = /^第[〇零一二两三四五六七八九十百千0-9]+条(之[一二三四五六七八九十0-9]+)?$/;
const SNIPPET = 96, BEFORE = 24;
const FORMAT = 4; // the manifest format this client reads
const sessions = new Map();
// The manifest of the index this file was exported with, written here
// by the export: a search of this file's own folder needs no fetch of it.
const EXPORTED = null;

// search runs a query. options: limit (10), offset (0), filters
// ({kind: "regulation"} or {forms: ["诫勉", "通报"]}), facets (true to
// count values over all matches), base (URL of the search folder; default
// the folder this module was loaded from), exactTotal (false: the same
// hits, found from the heads of common bigrams when that suffices, and
// total then only a lower bound, with estimated: true), manifest (the
// contents of manifest.json, when the page carries it: one fetch fewer).
export async function search(query, options = {}) {
  const s = session(options.base, options.manifest);
  const m = await s.manifest;
  const limit = options.limit > 0 ? options.limit : 10;
  const offset = options.offset > 0 ? options.offset : 0;
  const filters = cleanFilters(options.filters);
  const words = terms(query, m);
  const out = { total: 0, hits: [] };
  if (!words.length) return out;
  const plan = planTerms(words);
  const nums = words.filter((w) => ARTICLE.test(w)).map((w) => "n" + w);
  const keys = new Set(nums);
  for (const t of plan) for (const k of t.all) keys.add(k);
  // A term that is a common word may have its answer and its list of
  // units stored: looked for in the same round.
  if (m.word_buckets) for (const t of plan) if (t.all.length > 1 && !ARTICLE.test(t.word)) keys.add("w" + t.word);
  const dict = await lookup(s, m, [...keys]);
  let marks = words;
  let found = await literal(s, m, plan, nums, dict, filters, offset + limit, options.facets, options.exactTotal !== false);
  if (!found) {
    const toks = fallbackTokens(plan, dict, m.fallback);
    marks = toks.map((k) => k.slice(1));
    found = toks.length ? await fallback(s, m, toks, dict, filters) : { total: 0, ranked: [] };
    if (found.total) out.partial = true;
  }
  out.total = found.total;
  if (found.estimated) out.estimated = true;
  out.via = found.via || "none";
  const page = found.ranked.slice(offset, offset + limit);
  const stored = found.key && offset + limit <= m.page_hits ? storedPage(dict.get(found.key), page) : null;
  if (stored) {
    out.page = true;
    out.hits = stored;
  } else {
    const texts = await Promise.all(page.map((h) => unitText(s, m, h.unit)));
    out.hits = page.map((h, i) => ({
      doc: texts[i].doc, eid: texts[i].eid, url: texts[i].url, title: texts[i].title,
      snippet: snippet(texts[i].text, marks), score: h.score,
    }));
  }
  if (options.facets) out.facets = await facetCounts(s, found.all || found.ranked.map((h) => h.unit));
  return out;
}

// stats reports what a base has fetched so far: files and bytes.
export function stats(base) {
  const s = session(base);
  return { files: s.files.size, bytes: s.bytes };
}

function session(base, manifest) {
  base = new URL(base || ".", import.meta.url).href;
  if (!base.endsWith("/")) base += "/";
  let s = sessions.get(base);
  if (!s) {
    if (!manifest && base === new URL(".", import.meta.url).href) manifest = EXPORTED;
    s = { base, files: new Map(), entries: new Map(), texts: new Map(), bytes: 0 };
    s.manifest = manifest && manifest.format === FORMAT ? Promise.resolve(manifest) : fetch(base + "manifest.json").then((r) => {
      if (!r.ok) throw new Error("zeren-search: " + base + "manifest.json: " + r.status);
      return r.json();
    });
    sessions.set(base, s);
  }
  return s;
}

// file fetches and inflates one compressed file, once per session. The
// search page may have started the fetch already (zerenSearchPrefetch).
// The browser inflates it (DecompressionStream), as the file arrives:
// its native code is far faster on a cold page than an inflater in
// JavaScript, which is loaded (inflate.js) only where it is missing.
function file(s, path) {
  let f = s.files.get(path);
  if (!f) {
    const url = s.base + path, pre = globalThis.zerenSearchPrefetch, early = pre && pre.get(url);
    if (early) pre.delete(url);
    f = (early ? early.catch(() => fetch(url)) : fetch(url)).then(async (r) => {
      if (!r.ok) throw new Error("zeren-search: " + url + ": " + r.status);
      const size = Number(r.headers.get("content-length")), native = typeof DecompressionStream === "function";
      if (native && size > 0 && r.body) {
        s.bytes += size;
        return inflated(r.body);
      }
      const raw = new Uint8Array(await r.arrayBuffer());
      s.bytes += raw.length;
      return native ? inflated(new Blob([raw]).stream()) : (await inflater()).inflate(raw);
    });
    s.files.set(path, f);
  }
  return f;
}

async function inflated(stream) {
  return new Uint8Array(await new Response(stream.pipeThrough(new DecompressionStream("deflate"))).arrayBuffer());
}

let inflateJS = null;
const inflater = () => (inflateJS ||= import("./inflate.js"));

async function json(s, path) {
  return JSON.parse(new TextDecoder().decode(await file(s, path)));
}

// --- analysis: the same terms as Terms in search/analysis.go -------------

// unfolded: whether fold leaves every character of text as it is, as
// in most texts: lower case leaves the text as it is, and it holds no
// full-width ASCII. A cold page checks this far faster than it folds.
function unfolded(text) {
  return text === text.toLowerCase() && !/[\uff01-\uff5e]/.test(text);
}

function fold(ch) {
  const cp = ch.codePointAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e) ch = String.fromCodePoint(cp - 0xfee0);
  const l = ch.toLowerCase();
  return [...l].length === 1 ? l : ch;
}

// isToken: a letter, number, mark or symbol. Han characters and ASCII
// are answered without TOKEN, whose Unicode classes take a cold page
// milliseconds to compile.
function isToken(ch) {
  const c = ch.codePointAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x80) return /[0-9A-Za-z$+<=>^`|~]/.test(ch);
  return TOKEN.test(ch);
}

function terms(q, m) {
  const out = [];
  let cur = [];
  const flush = () => { if (cur.length) out.push(cur.join("")); cur = []; };
  for (const ch of String(q)) {
    if (!isToken(ch)) { flush(); continue; }
    if (cur.length === m.max_term_chars) flush();
    cur.push(fold(ch));
  }
  flush();
  return out.slice(0, m.max_terms);
}

// planTerms: a character is a "c" token; a longer term is a phrase of
// the bigrams at 0, 2, 4, … and the last, each with its offset.
function planTerms(words) {
  return words.map((w) => {
    const r = [...w];
    if (r.length === 1) return { word: w, all: ["c" + w], cover: [["c" + w, 0]] };
    const all = [];
    for (let i = 0; i + 1 < r.length; i++) all.push("t" + r[i] + r[i + 1]);
    const cover = [];
    for (let i = 0; i + 1 < r.length; i += 2) cover.push([all[i], i]);
    if (cover[cover.length - 1][1] !== r.length - 2) cover.push([all[r.length - 2], r.length - 2]);
    return { word: w, all, cover };
  });
}

// --- the dictionary --------------------------------------------------

function fnv(key) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(key)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

// lookup finds the dictionary entries of keys: a Map from each key found
// to its entry, read once per session (blocks keep what they decode).
async function lookup(s, m, keys) {
  const out = new Map();
  await Promise.all(keys.map(async (k) => {
    if (!s.entries.has(k)) {
      const bucket = await file(s, k[0] === "w" ? "w/" + (fnv(k) % m.word_buckets) + ".bin" : "d/" + (fnv(k) % m.buckets) + ".bin");
      if (!s.entries.has(k)) s.entries.set(k, findEntry(bucket, k));
    }
    const e = s.entries.get(k);
    if (e) out.set(k, e);
  }));
  return out;
}

class Reader {
  constructor(b, at = 0) { this.b = b; this.i = at; }
  uv() {
    let x = 0, mul = 1, c;
    do { c = this.b[this.i++]; x += (c & 127) * mul; mul *= 128; } while (c & 128);
    return x;
  }
  bytes(n) { const v = this.b.subarray(this.i, this.i + n); this.i += n; return v; }
}

// findEntry reads key's entry in a bucket, or null: the bucket holds
// its count of keys, then each key and its entry, with their lengths,
// so the other entries are skipped unread.
function findEntry(b, key) {
  const want = new TextEncoder().encode(key), r = new Reader(b);
  for (let n = r.uv(); n > 0; n--) {
    const kl = r.uv(), at = r.i;
    r.i += kl;
    const size = r.uv(), body = r.i;
    r.i += size;
    if (kl !== want.length) continue;
    let j = 0;
    while (j < kl && b[at + j] === want[j]) j++;
    if (j === kl) return parseEntry(key, new Reader(b.subarray(body, body + size)));
  }
  return null;
}

// parseEntry reads a term's entry: its document frequency, a stored
// answer (article numbers), its blocks of postings (inline, or where
// they are), its best units and stored first page, where its head is,
// and its crown (inline).
function parseEntry(key, r) {
  const e = { key, df: r.uv(), blocks: [] };
  if (key[0] === "n" || key[0] === "w") {
    // Bleve's answer to this article number or word alone, when it is
    // common; a word's entry then holds only where its list of units is
    // (as many as its df).
    const n = r.uv();
    if (n) {
      e.answer = { total: r.uv(), ranked: [] };
      for (let i = 0; i < n; i++) {
        const unit = r.uv();
        e.answer.ranked.push({ unit, score: new DataView(r.b.buffer, r.b.byteOffset + r.i, 8).getFloat64(0, true) });
        r.i += 8;
      }
      e.page = r.bytes(r.uv());
    }
    if (key[0] === "w") {
      e.list = [r.uv(), r.uv(), r.uv()];
      return e;
    }
  }
  const nb = r.uv();
  if (nb === 0) {
    e.blocks.push({ first: r.uv(), doc: r.bytes(r.uv()), pos: r.bytes(r.uv()) });
  } else {
    let first = 0;
    for (let i = 0; i < nb; i++) {
      first += r.uv();
      const blk = { first, count: r.uv(), docAt: [r.uv(), r.uv(), r.uv()] };
      if (key[0] === "t") blk.posAt = [r.uv(), r.uv(), r.uv()];
      e.blocks.push(blk);
    }
    const top = [];
    for (let i = r.uv(); i > 0; i--) top.push({ unit: r.uv(), tf: r.uv(), len: r.uv() });
    if (top.length) {
      e.top = top;
      e.page = r.bytes(r.uv());
    }
    const hc = r.uv();
    const theta = () => ({ tf: r.uv(), len: r.uv(), unit: r.uv() });
    if (hc) e.head = { count: hc, first: r.uv(), docAt: [r.uv(), r.uv(), r.uv()], posAt: [r.uv(), r.uv(), r.uv()], theta: theta() };
    const cc = r.uv();
    if (cc) e.crown = { count: cc, first: r.uv(), doc: r.bytes(r.uv()), pos: r.bytes(r.uv()), theta: theta() };
  }
  return e;
}

async function piece(s, at) {
  const f = await file(s, "p/" + at[0] + ".bin");
  return f.subarray(at[1], at[1] + at[2]);
}

// postings decodes the blocks of e that can hold one of the units of
// within (sorted; every block when it is null) into a Postings of each
// unit of within that holds e (every unit, when within is null).
async function postings(s, e, within) {
  const blocks = e.blocks.filter((b, i) => !within || hasBetween(within, b.first, blockEnd(e, i, Infinity)));
  const decs = await Promise.all(blocks.map((b) => decode(s, e.key, b)));
  const out = new Postings(blocks, decs);
  decs.forEach((d, bi) => {
    const units = d.units, n = units.length;
    if (!within) {
      for (let i = 0; i < n; i++) out.add(units[i], bi, i);
      return;
    }
    // Only the units asked for: both lists are in unit order.
    for (let i = 0, j = 0; i < n && j < within.length; i++) {
      const u = units[i];
      while (j < within.length && within[j] < u) j++;
      if (within[j] === u) out.add(u, bi, i);
    }
  });
  return out;
}

// Postings is a term's postings at some units, read as a Map from unit
// to {block, i (its place in the block), tf, len}. It keeps numbers for
// a unit, not an object: a query may hold tens of thousands.
class Postings {
  constructor(blocks, decs) {
    this.blocks = blocks;
    this.decs = decs;
    this.at = new Map(); // unit → its place in units, bis and is
    this.units = [];
    this.bis = [];
    this.is = [];
  }
  add(u, bi, i) { this.at.set(u, this.units.length); this.units.push(u); this.bis.push(bi); this.is.push(i); }
  has(u) { return this.at.has(u); }
  keys() { return this.units; }
  get(u) {
    const x = this.at.get(u);
    if (x === undefined) return undefined;
    const bi = this.bis[x], i = this.is[x], d = this.decs[bi];
    return d.tfs ? { block: this.blocks[bi], i, tf: d.tfs[i], len: d.lens[i] } : { block: this.blocks[bi], i };
  }
}

// decode reads a block's postings once: units, frequencies, lengths.
function decode(s, key, b) {
  if (!b.dec) {
    b.dec = (async () => {
      const buf = b.doc || (await piece(s, b.docAt)), len = buf.length, counted = key[0] !== "n";
      // At most a posting a byte (three, with frequency and length).
      const cap = b.count || (counted ? Math.ceil(len / 3) : len);
      const units = new Uint32Array(cap), tfs = counted ? new Uint32Array(cap) : null, lens = counted ? new Uint32Array(cap) : null;
      const r = new Reader(buf);
      let unit = b.first, n = 0;
      while (r.i < len) {
        unit += r.uv();
        units[n] = unit;
        if (counted) { tfs[n] = r.uv(); lens[n] = r.uv(); }
        n++;
      }
      return { units: units.subarray(0, n), tfs: counted ? tfs.subarray(0, n) : null, lens: counted ? lens.subarray(0, n) : null };
    })();
  }
  return b.dec;
}

// blockEnd: the first unit past block i of e's postings (last, past
// the last block).
function blockEnd(e, i, last) {
  return i + 1 < e.blocks.length ? e.blocks[i + 1].first : last;
}

function hasBetween(sorted, lo, hi) {
  let a = 0, b = sorted.length;
  while (a < b) { const mid = (a + b) >> 1; if (sorted[mid] < lo) a = mid + 1; else b = mid; }
  return a < sorted.length && sorted[a] < hi;
}

// positions reads a block's positions once: a Set for each posting.
function positions(s, b) {
  if (!b.positions) {
    b.positions = (async () => {
      const r = new Reader(b.pos || (await piece(s, b.posAt)));
      return b.dec.then((d) => Array.from(d.tfs, (tf) => {
        const ps = new Set();
        for (let x = 0; tf > 0; tf--) ps.add((x += r.uv()));
        return ps;
      }));
    })();
  }
  return b.positions;
}

// --- scoring: Bleve's TF-IDF (search/scorer/scorer_term.go) ------------

function idf(m, df) { return 1 + Math.log(m.units / (df + 1)); }

function impact(p) { return Math.sqrt(p.tf) * Math.fround(1 / Math.sqrt(p.len)); }

function termScore(p, idfv, qw) {
  let sc = impact(p) * idfv;
  if (qw !== 1) sc *= qw;
  return sc;
}

// byCount orders sub-queries as Bleve's conjunction and disjunction
// searchers do: by count, stably (Go's sort.Sort is an insertion sort
// for 12 or fewer).
function byCount(list, count) {
  return list.map((x, i) => [x, i]).sort((a, b) => count(a[0]) - count(b[0]) || a[1] - b[1]).map((a) => a[0]);
}

function rank(list) {
  return list.sort((a, b) => (b.tier || 0) - (a.tier || 0) || b.score - a.score || a.unit - b.unit);
}

// --- literal matches ------------------------------------------------

async function literal(s, m, plan, nums, dict, filters, want, facets, exact) {
  for (const t of plan) for (const k of t.all) if (!dict.has(k)) return null;
  // An article number or a word alone: its answer may be stored with it.
  const alone = plan.length === 1 && !filters && !facets && dict.get(nums.length ? nums[0] : "w" + plan[0].word);
  const answer = alone && alone.answer;
  if (answer && (want <= answer.ranked.length || answer.ranked.length === answer.total)) {
    return { total: answer.total, ranked: answer.ranked.map((h) => ({ ...h })), via: nums.length ? "answer" : "word", key: alone.key };
  }
  // One token, no filters: Bleve scores without a query norm, and a large
  // term's best units are in its dictionary entry.
  const single = plan.length === 1 && plan[0].cover.length === 1 && !filters;
  const score = scorer(m, plan, dict, !single || nums.length > 0);
  if (single) {
    const e = dict.get(plan[0].cover[0][0]);
    if (e.top && want <= e.top.length && !facets) {
      const v = idf(m, e.df);
      return { total: e.df, ranked: rank(e.top.map((p) => ({ unit: p.unit, score: termScore(p, v, 1) }))), via: "top", key: e.key };
    }
  }
  const rare = nums.length ? undefined : await fromText(s, m, plan, dict, filters, score);
  if (rare !== undefined) return rare;
  const listed = nums.length ? undefined : await fromLists(s, m, plan, dict, filters, score);
  if (listed !== undefined) return listed;
  // The heads of several terms' bigrams seldom share a page of units.
  // The crowns, in the dictionary, are tried first, and are used only
  // when the text round the snippets need settles what they leave open.
  if (!exact && !filters && !facets && !nums.length && plan.length === 1) {
    const first = (await headsFirst(s, m, plan, dict, want, score, "crown", m.text_units)) || (await headsFirst(s, m, plan, dict, want, score, "head", 64));
    if (first) return first;
  }
  // Candidates hold every bigram of the query; checked from text, they
  // need only those that score (the cover) and the rarest, to start from.
  const byText = !exact && !filters && !facets && !nums.length && m.text_units > 0 && plan.some((t) => t.cover.length > 1);
  let keys = [...new Set(plan.flatMap((t) => t.all))];
  if (byText) keys = [...new Set([byCount(keys, (k) => dict.get(k).df)[0], ...plan.flatMap((t) => t.cover.map(([k]) => k))])];
  const order = byCount(keys, (k) => dict.get(k).df);
  const lists = new Map();
  lists.set(order[0], await postings(s, dict.get(order[0]), null));
  let cands = [...lists.get(order[0]).keys()].sort((a, b) => a - b);
  const rest = await Promise.all(order.slice(1).map((k) => postings(s, dict.get(k), cands)));
  order.slice(1).forEach((k, i) => lists.set(k, rest[i]));
  cands = cands.filter((u) => order.every((k) => lists.get(k).has(u)));
  if (byText) {
    const first = await textOrder(s, m, plan, cands, want, (u) => score((k) => lists.get(k).get(u)));
    if (first) return first;
  }
  for (const t of plan) {
    if (t.cover.length < 2 || !cands.length) continue;
    const pos = await Promise.all(t.cover.map(([k]) => blockPositions(s, lists.get(k), cands)));
    cands = cands.filter((u) => phrase(t, (k, i) => { const p = lists.get(k).get(u); return pos[i].get(p.block)[p.i]; }));
  }
  if (filters) cands = await applyFilters(s, cands, filters);
  if (!cands.length) return null;
  const numbered = new Set();
  for (const k of nums) {
    const e = dict.get(k);
    if (e) for (const u of (await postings(s, e, cands)).keys()) numbered.add(u);
  }
  const ranked = cands.map((u) => ({ unit: u, score: score((k) => lists.get(k).get(u)), tier: numbered.has(u) ? 1 : 0 }));
  return { total: ranked.length, ranked: rank(ranked), all: cands, via: "postings" };
}

// fromText: when one token of the query is in at most m.text_units units,
// those units are checked and scored from their text, which is fetched
// for the snippets anyway: a term matches where the folded text holds
// it, a token's frequency is how often its bigram occurs there, and the
// text file gives the length Bleve normalises by. Every term must have
// two characters or more (a lone character is scored in another field).
// It answers undefined when it does not apply, null when nothing matches.
async function fromText(s, m, plan, dict, filters, score) {
  if (plan.some((t) => t.cover[0][0][0] !== "t")) return undefined;
  const keys = [...new Set(plan.flatMap((t) => t.all))];
  const e = dict.get(byCount(keys, (k) => dict.get(k).df)[0]);
  if (!(e.df <= m.text_units)) return undefined;
  let cands = [...(await postings(s, e, null)).keys()];
  if (filters) cands = await applyFilters(s, cands, filters);
  const ranked = (await holding(s, m, plan, cands)).map((h) => ({
    unit: h.unit, score: score((k) => ({ tf: occurrences(h.norm, k.slice(1)), len: h.len })),
  }));
  if (!ranked.length) return null;
  return { total: ranked.length, ranked: rank(ranked), all: ranked.map((h) => h.unit).sort((a, b) => a - b), via: "text" };
}

// textOrder ranks units holding every token of the query, scored
// exactly from their postings, and checks that they hold the terms from
// their text, best first, in rounds, until `want` hold them: without the
// positions of every candidate, which cost as much as their postings.
// The text of the first hits is fetched for their snippets anyway. The
// total is then only a lower bound (estimated), unless every candidate
// was read.
const TEXT_ROUNDS = [16, 32, 64];

async function textOrder(s, m, plan, cands, want, scoreOf) {
  const ranked = rank(cands.map((u) => ({ unit: u, score: scoreOf(u) })));
  const found = [];
  let next = 0;
  for (const size of TEXT_ROUNDS) {
    const batch = ranked.slice(next, next + size);
    next += batch.length;
    const held = new Set((await holding(s, m, plan, batch.map((h) => h.unit))).map((h) => h.unit));
    found.push(...batch.filter((h) => held.has(h.unit)));
    if (next >= ranked.length) return found.length ? { total: found.length, ranked: found, via: "textorder" } : null;
    if (found.length >= want) return { total: found.length, estimated: true, ranked: found.slice(0, want), via: "textorder" };
  }
  return null;
}

// fromLists: when every term of three characters or more is a common
// word with its list of units (the export's), the candidates are the
// units on every list that hold each shorter term (its postings at
// them), and the lists give the length and the frequency of each cover
// token: exact scores and the exact total, without positions. It answers
// undefined when it does not apply, null when nothing matches.
async function fromLists(s, m, plan, dict, filters, score) {
  const words = plan.map((t) => (t.all.length > 1 ? dict.get("w" + t.word) : null));
  if (!words.some(Boolean) || plan.some((t, i) => t.all.length > 1 && !words[i])) return undefined;
  // The other terms have one or two characters: one token each.
  const others = [...new Set(plan.filter((t, i) => !words[i]).map((t) => t.cover[0][0]))];
  // A block of a shorter term that the shortest list all but surely
  // reaches (spread evenly, eight or more of its units would fall in
  // the block's range) is read with the lists, a round sooner.
  const least = Math.min(...words.filter(Boolean).map((e) => e.df));
  for (const k of others) {
    const e = dict.get(k);
    e.blocks.forEach((b, i) => {
      if (least * (blockEnd(e, i, m.units) - b.first) >= 8 * m.units) decode(s, k, b).catch(() => {});
    });
  }
  const lists = await Promise.all(words.map((e, i) => e && wordList(s, e, plan[i].cover.length)));
  const given = lists.filter(Boolean).sort((a, b) => a.units.length - b.units.length);
  const longer = given.slice(1);
  let cands = Array.from(given[0].units).filter((u) => longer.every((l) => l.at.has(u)));
  const get = new Map();
  plan.forEach((t, i) => {
    if (lists[i]) t.cover.forEach(([k], j) => get.has(k) || get.set(k, (u) => lists[i].get(u, j)));
  });
  for (const k of others) {
    const ps = await postings(s, dict.get(k), cands);
    cands = cands.filter((u) => ps.has(u));
    if (!get.has(k)) get.set(k, (u) => ps.get(u));
  }
  if (filters) cands = await applyFilters(s, cands, filters);
  if (!cands.length) return null;
  const ranked = cands.map((u) => ({ unit: u, score: score((k) => get.get(k)(u)) }));
  return { total: ranked.length, ranked: rank(ranked), all: cands, via: "words" };
}

// wordList reads a word's list once: its units in order, and for each
// its field length and the frequency of each of the word's `width`
// cover tokens.
function wordList(s, e, width) {
  if (!e.listed) {
    e.listed = piece(s, e.list).then((buf) => {
      const n = e.df, r = new Reader(buf);
      const units = new Uint32Array(n), lens = new Uint32Array(n), tfs = new Uint32Array(n * width), at = new Map();
      for (let i = 0, unit = 0; i < n; i++) {
        unit += r.uv();
        units[i] = unit;
        at.set(unit, i);
        lens[i] = r.uv();
        for (let j = 0; j < width; j++) tfs[i * width + j] = r.uv();
      }
      return { units, at, get: (u, j) => { const i = at.get(u); return { tf: tfs[i * width + j], len: lens[i] }; } };
    });
  }
  return e.listed;
}

// holding reads the text of units and keeps those holding every term:
// [{unit, norm (the folded text), len}].
async function holding(s, m, plan, units) {
  const texts = await Promise.all(units.map((u) => unitText(s, m, u)));
  const out = [];
  units.forEach((unit, i) => {
    const text = texts[i].text, norm = unfolded(text) ? text : [...text].map(fold).join("");
    if (plan.every((t) => norm.includes(t.word))) out.push({ unit, norm, len: texts[i].len });
  });
  return out;
}

// occurrences counts the places where sub starts in text, overlapping.
function occurrences(text, sub) {
  let n = 0;
  for (let i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) n++;
  return n;
}

// phrase reports whether a term's cover tokens stand at their offsets
// from one place: at(k, i) gives the positions of the i-th token k.
function phrase(t, at) {
  if (t.cover.length < 2) return true;
  const ps = t.cover.map(([k], i) => at(k, i));
  for (const p0 of ps[0]) if (t.cover.every(([, off], i) => ps[i].has(p0 + off))) return true;
  return false;
}

// scorer is the Bleve query's score of a unit: a conjunction of the
// terms, each a term query or a phrase (a conjunction of its tokens),
// under a query norm unless it is one term query alone. get(k) gives the
// unit's posting of token k ({tf, len}).
function scorer(m, plan, dict, composite) {
  const terms = plan.map((t) => ({
    toks: byCount(t.cover.map(([k]) => k), (k) => dict.get(k).df),
    count: t.cover.reduce((n, [k]) => n + dict.get(k).df, 0),
  }));
  const sorted = byCount(terms, (t) => t.count);
  let w = 0;
  for (const t of sorted) { let tw = 0; for (const k of t.toks) tw += idf(m, dict.get(k).df) ** 2; w += tw; }
  const qn = 1 / Math.sqrt(w);
  return (get) => {
    let score = 0;
    for (const t of sorted) {
      let ts = 0;
      for (const k of t.toks) {
        const v = idf(m, dict.get(k).df);
        ts += termScore(get(k), v, composite ? v * qn : 1);
      }
      score += ts;
    }
    return score;
  };
}

// headsFirst finds the first `want` units from the heads of the query's
// tokens alone, when they prove it: every unit in all heads is scored
// exactly; any other unit scores at most as if its missing tokens had
// the impact of the best posting outside their head (theta), and the
// answer stands only when the want-th unit found ranks above every such
// bound. A bound reached exactly still ranks below when the unit behind
// it comes later in unit order: heads cut ties in impact in unit order,
// so a unit outside k's head with theta's impact comes after theta's
// unit. Scores grow with every impact, so the bounds hold in floating
// point too. The total is then only a lower bound (estimated). level
// is "crown" (the smaller heads, in the dictionary entries) or "head";
// an answer leaving more than maxOpen units open is given up.
async function headsFirst(s, m, plan, dict, want, score, level, maxOpen) {
  const keys = [...new Set(plan.flatMap((t) => t.cover.map(([k]) => k)))];
  if (!keys.every((k) => dict.get(k)[level])) return null;
  const heads = new Map();
  await Promise.all(keys.map(async (k) => heads.set(k, await head(s, dict.get(k)[level]))));
  const theta = (k) => (dict.get(k)[level].theta.tf ? dict.get(k)[level].theta : null);
  const boundOf = (get) => (keys.every((k) => get(k)) ? score(get) : -Infinity);
  // beats: hit h ranks above any unit scoring at most bound whose unit
  // number is at least unit.
  const beats = (h, bound, unit) => h.score > bound || (h.score === bound && h.unit < unit);
  const units = new Set();
  for (const h of heads.values()) for (const u of h.keys()) units.add(u);
  const found = [], partial = [];
  for (const u of units) {
    if (keys.every((k) => heads.get(k).has(u))) {
      if (plan.every((t) => phrase(t, (k) => heads.get(k).get(u).pos))) found.push({ unit: u, score: score((k) => heads.get(k).get(u)) });
      continue;
    }
    // A unit holding token k has an impact of at least its norm there
    // (tf ≥ 1), so a unit whose norm is above k's theta and that is not
    // in k's head does not hold k: it is no match.
    let norm = 0;
    for (const k of keys) { const p = heads.get(k).get(u); if (p) norm = Math.fround(1 / Math.sqrt(p.len)); }
    if (keys.some((k) => !heads.get(k).has(u) && (!theta(k) || norm > impact(theta(k))))) continue;
    partial.push({ unit: u, bound: boundOf((k) => heads.get(k).get(u) || theta(k)) });
  }
  rank(found);
  if (found.length < want) return null;
  // The units in some heads that could rank above the want-th found are
  // checked and scored from their text, if they are few, as the text path
  // does, or else read from the blocks of their other tokens, if they are
  // not too many; the text of the best found so far is fetched meanwhile,
  // as it is most often the page shown.
  const open = partial.filter((p) => !beats(found[want - 1], p.bound, p.unit));
  if (open.length > maxOpen) return null;
  if (open.length) for (const h of found.slice(0, want)) unitText(s, m, h.unit).catch(() => {});
  if (open.length && open.length <= m.text_units) {
    for (const h of await holding(s, m, plan, open.map((p) => p.unit))) {
      found.push({ unit: h.unit, score: score((k) => ({ tf: occurrences(h.norm, k.slice(1)), len: h.len })) });
    }
    rank(found);
  } else if (open.length) {
    const ids = open.map((p) => p.unit).sort((a, b) => a - b);
    const lists = new Map();
    await Promise.all(keys.map(async (k) => {
      const missing = ids.filter((u) => !heads.get(k).has(u));
      if (missing.length) lists.set(k, await postings(s, dict.get(k), missing));
    }));
    const get = (k, u) => heads.get(k).get(u) || (lists.get(k) && lists.get(k).get(u));
    const more = ids.filter((u) => keys.every((k) => get(k, u)));
    const pos = new Map();
    await Promise.all([...lists.keys()].map(async (k) => pos.set(k, await blockPositions(s, lists.get(k), more.filter((u) => !heads.get(k).has(u))))));
    const at = (k, u) => { const h = heads.get(k).get(u); if (h) return h.pos; const p = lists.get(k).get(u); return pos.get(k).get(p.block)[p.i]; };
    for (const u of more) if (plan.every((t) => phrase(t, (k) => at(k, u)))) found.push({ unit: u, score: score((k) => get(k, u)) });
    rank(found);
  }
  const last = found[want - 1], opened = new Set(open.map((p) => p.unit));
  // A unit in no head: equal to the bound only with theta's impact for
  // every token, so after every theta's unit.
  const after = Math.max(...keys.map((k) => (theta(k) ? theta(k).unit : 0)));
  if (!beats(last, boundOf(theta), after)) return null;
  for (const p of partial) if (!opened.has(p.unit) && !beats(last, p.bound, p.unit)) return null;
  return { total: found.length, estimated: true, ranked: found.slice(0, want), via: level === "crown" ? "crown" : "heads" };
}

// head reads a token's head or crown once: a Map from unit to {tf, len,
// pos}.
function head(s, h) {
  if (!h.map) {
    h.map = (async () => {
      const [doc, pos] = h.doc ? [h.doc, h.pos] : await Promise.all([piece(s, h.docAt), piece(s, h.posAt)]);
      const r = new Reader(doc), p = new Reader(pos), out = new Map();
      let unit = h.first;
      while (r.i < r.b.length) {
        unit += r.uv();
        const x = { tf: r.uv(), len: r.uv(), pos: new Set() };
        for (let i = 0, at = 0; i < x.tf; i++) x.pos.add((at += p.uv()));
        out.set(unit, x);
      }
      return out;
    })();
  }
  return h.map;
}

// blockPositions reads the positions of the blocks of list that hold
// one of cands: a Map from block to its positions.
async function blockPositions(s, list, cands) {
  const blocks = [...new Set(cands.map((u) => list.get(u).block))];
  const ps = await Promise.all(blocks.map((b) => positions(s, b)));
  return new Map(blocks.map((b, i) => [b, ps[i]]));
}

// --- fallback: the rarest tokens, any of them -------------------------

function cmpCodePoints(a, b) {
  const x = [...a].map((c) => c.codePointAt(0)), y = [...b].map((c) => c.codePointAt(0));
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function fallbackTokens(plan, dict, max) {
  const toks = [...new Set(plan.flatMap((t) => t.all))].filter((k) => dict.has(k));
  toks.sort((a, b) => dict.get(a).df - dict.get(b).df || cmpCodePoints(a, b));
  return toks.slice(0, max);
}

async function fallback(s, m, toks, dict, filters) {
  const lists = await Promise.all(toks.map((k) => postings(s, dict.get(k), null)));
  let w = 0;
  for (const k of toks) w += idf(m, dict.get(k).df) ** 2;
  const qn = 1 / Math.sqrt(w);
  const units = new Set();
  for (const l of lists) for (const u of l.keys()) units.add(u);
  let cands = [...units].sort((a, b) => a - b);
  if (filters) cands = await applyFilters(s, cands, filters);
  const ranked = cands.map((u) => {
    let sum = 0, n = 0;
    toks.forEach((k, i) => {
      const p = lists[i].get(u);
      if (!p) return;
      const v = idf(m, dict.get(k).df);
      sum += termScore(p, v, v * qn);
      n++;
    });
    return { unit: u, score: sum * (n / toks.length) };
  });
  return { total: ranked.length, ranked: rank(ranked), all: cands, via: "fallback" };
}

// --- filters and facets ---------------------------------------------

function cleanFilters(f) {
  if (!f) return null;
  const out = {};
  for (const [k, v] of Object.entries(f)) {
    const vs = (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== null && x !== "");
    if (vs.length) out[k] = vs.map(String);
  }
  return Object.keys(out).length ? out : null;
}

// The filters and facet counts are in facets.js, loaded with facets.bin
// when a search first needs them.
function facetTable(s) {
  if (!s.facets) {
    s.facets = Promise.all([import("./facets.js"), json(s, "facets.bin")]).then(([f, t]) => {
      t.first = t.docs.map((d) => d[0]);
      return { f, t };
    });
  }
  return s.facets;
}

async function applyFilters(s, cands, filters) {
  const { f, t } = await facetTable(s);
  return f.filter(t, cands, filters);
}

async function facetCounts(s, units) {
  const { f, t } = await facetTable(s);
  return f.counts(t, units, cmpCodePoints);
}

// --- text and snippets ----------------------------------------------

async function unitText(s, m, unit) {
  const path = "t/" + Math.floor(unit / m.text_block) + ".bin";
  let t = s.texts.get(path);
  if (!t) s.texts.set(path, (t = json(s, path)));
  const f = await t;
  const [d, eid, text, len] = f.u[unit % m.text_block];
  const [doc, title, url] = f.d[d];
  return { doc, eid, title, text, len, url: eid ? url + "#" + eid : url };
}

// storedPage: the hits of page as the export stored them with a one-term
// query's dictionary entry, or null when one of them is not there.
function storedPage(e, page) {
  if (!e.page || !e.page.length) return null;
  const by = new Map(JSON.parse(new TextDecoder().decode(e.page)).map((r) => [r[0], r]));
  if (!page.every((h) => by.has(h.unit))) return null;
  return page.map((h) => {
    const [, doc, eid, url, title, snippet] = by.get(h.unit);
    return { doc, eid, url, title, snippet, score: h.score };
  });
}

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };
const esc = (a) => a.join("").replace(/[&<>"']/g, (c) => ESC[c]);

// snippet: the same steps as Snippet in search/snippet.go.
function snippet(text, marks) {
  const src = [...text.replace(/\n/g, " ")];
  const norm = unfolded(text) ? src : src.map(fold);
  let spans = [];
  for (const mk of marks) {
    const mr = [...mk];
    if (!mr.length) continue;
    for (let i = 0; i + mr.length <= norm.length;) {
      if (mr.every((c, j) => norm[i + j] === c)) { spans.push([i, i + mr.length]); i += mr.length; } else i++;
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else merged.push(sp.slice());
  }
  let from = 0, to = src.length;
  if (src.length > SNIPPET) {
    if (merged.length) from = Math.max(0, merged[0][0] - BEFORE);
    to = Math.min(src.length, from + SNIPPET);
    from = Math.max(0, to - SNIPPET);
  }
  let out = from > 0 ? "…" : "", pos = from;
  for (const [a, b] of merged) {
    if (b <= from || a >= to) continue;
    const st = Math.max(a, from), en = Math.min(b, to);
    out += esc(src.slice(pos, st)) + "<mark>" + esc(src.slice(st, en)) + "</mark>";
    pos = en;
  }
  out += esc(src.slice(pos, to));
  return to < src.length ? out + "…" : out;
}
