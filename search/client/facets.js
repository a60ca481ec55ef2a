// facets.js: the filters and facet counts of zeren-search.js, which
// loads this module with facets.bin when a search first needs them. The
// table t is facets.bin: the facet fields, their values, and for each
// document its first unit and the index of each of its values.

// docOf finds the document of a unit: the last whose first unit is not
// after it.
function docOf(t, unit) {
  let a = 0, b = t.first.length - 1;
  while (a < b) { const mid = (a + b + 1) >> 1; if (t.first[mid] <= unit) a = mid; else b = mid - 1; }
  return t.docs[a];
}

function valuesOf(t, d, field) {
  const v = d[1 + t.fields.indexOf(field)];
  const vals = t.values[field];
  return (Array.isArray(v) ? v : [v]).filter((i) => i >= 0).map((i) => vals[i]);
}

// filter keeps the units with, for every field of filters, one of its
// values.
export function filter(t, units, filters) {
  return units.filter((u) => {
    const d = docOf(t, u);
    return Object.entries(filters).every(([f, want]) => t.fields.includes(f) && valuesOf(t, d, f).some((v) => want.includes(v)));
  });
}

// counts counts the values of every field over units: the 200 most
// frequent, ties in cmp's order.
export function counts(t, units, cmp) {
  const out = {};
  for (const f of t.fields) {
    const c = new Map();
    for (const u of units) for (const v of valuesOf(t, docOf(t, u), f)) c.set(v, (c.get(v) || 0) + 1);
    const list = [...c].map(([value, count]) => ({ value, count }));
    list.sort((a, b) => b.count - a.count || cmp(a.value, b.value));
    if (list.length) out[f] = list.slice(0, 200);
  }
  return out;
}
