// zeren — the search page's first fetches, inlined in its head before the
// stylesheet (which scripts wait for): the dictionary buckets of the
// query's bigrams, characters and article numbers, and of its terms of
// three characters or more their buckets of stored words, which zeren-search.js
// takes from zerenSearchPrefetch instead of fetching them again. The
// query is read as the client reads it but roughly (no Unicode property
// classes, which cost a cold page ~10 ms to compile): a bucket missed is
// fetched by the client, one guessed wrongly is wasted.
// search/prefetch_test.go holds it to the client on the test queries.
(function () {
  var q = new URLSearchParams(location.search).get("q"), el = document.getElementById("search-manifest");
  if (!q || !el || !window.fetch || !window.TextEncoder) return;
  var m = JSON.parse(el.textContent), base = new URL(el.getAttribute("data-base"), location.href).href;
  var pre = window.zerenSearchPrefetch = new Map(), words = [], keys = [];
  // Full-width ASCII as ASCII; terms end at spaces and ASCII, general
  // and CJK punctuation, and after max_term_chars characters.
  q = q.replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); }).toLowerCase();
  q.split(/[\s!-\/:-@\[-`{-~\u00b7\u2010-\u2027\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff5f-\uff65]+/).forEach(function (w) {
    var c = Array.from(w);
    for (var i = 0; i < c.length; i += m.max_term_chars) words.push(c.slice(i, i + m.max_term_chars));
  });
  words = words.slice(0, m.max_terms);
  var article = /^第[〇零一二两三四五六七八九十百千0-9]+条(之[一二三四五六七八九十0-9]+)?$/;
  words.forEach(function (c) {
    if (c.length === 1) keys.push("c" + c[0]);
    for (var i = 0; i + 1 < c.length; i++) keys.push("t" + c[i] + c[i + 1]);
    if (article.test(c.join(""))) keys.push("n" + c.join(""));
    else if (c.length > 2 && m.word_buckets) keys.push("w" + c.join(""));
  });
  // The bucket of a key: FNV-1a of its UTF-8 bytes, modulo the bucket
  // count (of words, for a word).
  var get = function (key) {
    var b = new TextEncoder().encode(key), h = 0x811c9dc5;
    for (var i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193) >>> 0;
    var url = base + (key[0] === "w" ? "w/" + (h % m.word_buckets) : "d/" + (h % m.buckets)) + ".bin";
    if (!pre.has(url)) pre.set(url, fetch(url));
  };
  keys.forEach(function (k) { get(k); });
})();
