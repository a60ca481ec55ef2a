// zeren — filters for the list of outcomes (问责结果). The list and its
// pages are static HTML and work without this file; with it, the filters
// appear, combine (OR within a filter, AND across filters), show how many
// records each choice would leave, and keep their state in the URL
// (?year=2024&form=免职), so a filtered view can be reloaded, bookmarked
// and shared. Everything comes from facets.json: no server is asked.
(function () {
  "use strict";
  var root = document.querySelector("[data-outcomes]");
  if (!root || !window.fetch || !window.URLSearchParams || !window.history.pushState) return;
  var form = root.querySelector("form.facets");
  var tbody = root.querySelector("table.outcome-list tbody");
  var countEl = root.querySelector("[data-count]");
  var rangeEl = root.querySelector("[data-range]");
  var pager = root.querySelector("nav.pager");
  var listURL = root.getAttribute("data-list-url");
  var keys = Array.prototype.map.call(form.querySelectorAll("fieldset[data-facet]"), function (f) {
    return f.getAttribute("data-facet");
  });
  var data = null;

  fetch(root.getAttribute("data-outcomes"))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (d) {
      data = d;
      form.hidden = false;
      var state = readURL();
      applyToForm(state);
      // A plain page of the list stays as the server drew it.
      if (active(state) || state.page > 1) render(state); else counts(state);
    })
    .catch(function () { /* the static list stays */ });

  // The state is the URL: every filter's chosen values and the page.
  function readURL() {
    var q = new URLSearchParams(location.search);
    var state = { sel: {}, page: parseInt(q.get("page"), 10) || 1 };
    keys.forEach(function (k) { state.sel[k] = q.getAll(k); });
    return state;
  }

  function stateURL(state) {
    var q = new URLSearchParams();
    keys.forEach(function (k) { state.sel[k].forEach(function (v) { q.append(k, v); }); });
    if (state.page > 1) q.set("page", String(state.page));
    var s = q.toString();
    return listURL + (s ? "?" + s : "");
  }

  function active(state) {
    return keys.some(function (k) { return state.sel[k].length > 0; });
  }

  function readForm() {
    var state = { sel: {}, page: 1 };
    keys.forEach(function (k) {
      state.sel[k] = Array.prototype.filter.call(form.querySelectorAll('input[name="' + k + '"]'), function (i) {
        return i.checked;
      }).map(function (i) { return i.value; });
    });
    return state;
  }

  function applyToForm(state) {
    form.querySelectorAll("input[type=checkbox]").forEach(function (i) {
      i.checked = state.sel[i.name].indexOf(i.value) >= 0;
    });
  }

  // matches: the record has one of the chosen values of every filter,
  // except the filter skip (for counting that filter's own values).
  function matches(rec, state, skip) {
    return keys.every(function (k) {
      var want = state.sel[k];
      if (k === skip || want.length === 0) return true;
      var have = rec.facets[k] || [];
      return want.some(function (v) { return have.indexOf(v) >= 0; });
    });
  }

  function counts(state) {
    keys.forEach(function (k) {
      var n = {};
      data.records.forEach(function (rec) {
        if (!matches(rec, state, k)) return;
        (rec.facets[k] || []).forEach(function (v) { n[v] = (n[v] || 0) + 1; });
      });
      form.querySelectorAll('input[name="' + k + '"]').forEach(function (i) {
        var c = n[i.value] || 0;
        i.parentNode.querySelector(".n").textContent = String(c);
        i.disabled = c === 0 && !i.checked;
        i.parentNode.classList.toggle("empty", c === 0);
      });
    });
  }

  function render(state) {
    counts(state);
    var hits = data.records.filter(function (rec) { return matches(rec, state, null); });
    var size = data.page_size || 20;
    var pages = Math.max(1, Math.ceil(hits.length / size));
    var page = Math.min(Math.max(1, state.page), pages);
    var shown = hits.slice((page - 1) * size, page * size);
    tbody.textContent = "";
    shown.forEach(function (rec) { tbody.appendChild(row(rec)); });
    if (hits.length === 0) {
      var tr = el("tr", "empty"), td = el("td", "", "没有符合条件的记录。");
      td.colSpan = 5;
      tr.appendChild(td);
      tbody.appendChild(tr);
    }
    countEl.textContent = String(hits.length);
    rangeEl.textContent = pages > 1 ? ",本页第 " + ((page - 1) * size + 1) + "–" + ((page - 1) * size + shown.length) + " 件" : "";
    drawPager(state, page, pages);
  }

  function row(rec) {
    var tr = el("tr");
    tr.setAttribute("data-id", rec.id);
    var td = el("td");
    var a = el("a", "", rec.title);
    a.href = rec.url;
    td.appendChild(a);
    if (rec.sample) { td.appendChild(document.createTextNode(" ")); td.appendChild(el("span", "tag", "示例数据")); }
    if (rec.withheld) { td.appendChild(document.createTextNode(" ")); td.appendChild(el("span", "tag tag-withheld", rec.withheld)); }
    if (rec.role) { td.appendChild(el("br")); td.appendChild(el("span", "muted", rec.role)); }
    tr.appendChild(td);
    tr.appendChild(el("td", "", rec.region || ""));
    tr.appendChild(el("td", "", rec.subject || ""));
    tr.appendChild(el("td", "", rec.forms.map(function (f) { return f.name; }).join("、")));
    var t = el("td");
    t.appendChild(el("time", "", rec.date));
    tr.appendChild(t);
    return tr;
  }

  function drawPager(state, page, pages) {
    var ul = pager.querySelector("ul");
    ul.textContent = "";
    pager.hidden = pages <= 1;
    function link(n, text, rel) {
      var li = el("li");
      if (n === page && !rel) {
        var cur = el("span", "", String(n));
        cur.setAttribute("aria-current", "page");
        li.appendChild(cur);
      } else {
        var a = el("a", "", text);
        a.href = stateURL({ sel: state.sel, page: n });
        if (rel) a.rel = rel;
        li.appendChild(a);
      }
      ul.appendChild(li);
    }
    if (page > 1) link(page - 1, "上一页", "prev");
    for (var n = 1; n <= pages; n++) link(n, String(n));
    if (page < pages) link(page + 1, "下一页", "next");
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function go(state) {
    history.pushState(null, "", stateURL(state));
    render(state);
  }

  form.addEventListener("change", function () { if (data) go(readForm()); });
  form.querySelector(".facet-clear").addEventListener("click", function () {
    if (!data) return;
    var state = readForm();
    keys.forEach(function (k) { state.sel[k] = []; });
    applyToForm(state);
    go(state);
  });
  pager.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a");
    // The static pages' links have no query; only the filtered pager's do.
    if (!a || !data || a.search === "") return;
    e.preventDefault();
    history.pushState(null, "", a.href);
    render(readURL());
    root.scrollIntoView();
  });
  window.addEventListener("popstate", function () {
    if (!data) return;
    var state = readURL();
    applyToForm(state);
    render(state);
  });
})();
