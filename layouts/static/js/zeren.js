// zeren — small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Copy a clause's citation with its URL: 《…》第六条第（一）项 https://…#art_6__item_1
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.copy-cite");
    if (!b) return;
    var url = new URL(b.getAttribute("data-url"), location.href).href;
    var text = b.getAttribute("data-citation") + " " + url;
    var done = function () {
      b.classList.add("done");
      b.textContent = "已复制";
      setTimeout(function () { b.classList.remove("done"); b.textContent = "复制引用"; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  });

  function fallbackCopy(text) {
    var t = document.createElement("textarea");
    t.value = text;
    t.setAttribute("readonly", "");
    t.style.position = "absolute";
    t.style.left = "-9999px";
    document.body.appendChild(t);
    t.select();
    try { document.execCommand("copy"); } catch (err) { /* nothing more to do */ }
    document.body.removeChild(t);
  }

  // Sortable listing tables: the header cells become buttons.
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(btn);
      btn.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var c = x.localeCompare(y, "zh-CN");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
