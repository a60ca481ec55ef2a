// zeren — an inflater of zlib streams (RFC 1950 around RFC 1951) in
// JavaScript, which zeren-search.js loads only in a browser without
// DecompressionStream. The export writes it to public/search/inflate.js.

const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DEXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
let fixedCodes = null;

// huffman builds the decoding tables of code lengths: counts per length
// and the symbols in code order (canonical Huffman codes), and for codes
// of up to 9 bits a table indexed by the next 9 bits of input.
function huffman(lengths) {
  const count = new Uint16Array(16), symbol = new Uint16Array(lengths.length), offs = new Uint16Array(16);
  for (const l of lengths) count[l]++;
  count[0] = 0;
  for (let i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
  lengths.forEach((l, sym) => { if (l) symbol[offs[l]++] = sym; });
  const fast = new Int32Array(512).fill(-1), next = new Uint16Array(16);
  for (let len = 1, code = 0; len < 16; len++) next[len] = code = (code + count[len - 1]) << 1;
  lengths.forEach((l, sym) => {
    if (!l) return;
    const c = next[l]++;
    if (l > 9) return;
    let r = 0; // the code's bits reversed: deflate sends codes high bit first
    for (let i = 0; i < l; i++) r |= ((c >> i) & 1) << (l - 1 - i);
    for (let k = r; k < 512; k += 1 << l) fast[k] = (sym << 4) | l;
  });
  return { count, symbol, fast };
}

// inflate returns the bytes a zlib stream holds.
export function inflate(buf) {
  if (buf.length < 6 || (buf[0] & 15) !== 8 || ((buf[0] << 8) | buf[1]) % 31) throw new Error("zeren-search: not a zlib stream");
  let at = 2, bits = 0, nbits = 0, out = new Uint8Array(Math.max(1024, buf.length * 4)), n = 0;
  const need = (k) => {
    while (nbits < k) {
      if (at >= buf.length) throw new Error("zeren-search: truncated deflate stream");
      bits |= buf[at++] << nbits;
      nbits += 8;
    }
  };
  const take = (k) => { need(k); const v = bits & ((1 << k) - 1); bits >>>= k; nbits -= k; return v; };
  const grow = (k) => {
    if (n + k <= out.length) return;
    const o = new Uint8Array(Math.max(out.length * 2, n + k));
    o.set(out.subarray(0, n));
    out = o;
  };
  const decode = (h) => {
    while (nbits < 9 && at < buf.length) { bits |= buf[at++] << nbits; nbits += 8; }
    const e = h.fast[bits & 511];
    if (e >= 0 && (e & 15) <= nbits) { bits >>>= e & 15; nbits -= e & 15; return e >> 4; }
    let code = 0, first = 0, index = 0;
    for (let len = 1; len < 16; len++) {
      code |= take(1);
      const c = h.count[len];
      if (code - first < c) return h.symbol[index + code - first];
      index += c;
      first = (first + c) << 1;
      code <<= 1;
    }
    throw new Error("zeren-search: bad Huffman code");
  };
  for (let last = 0; !last;) {
    last = take(1);
    const type = take(2);
    if (type === 0) {
      bits = 0; nbits = 0;
      const len = buf[at] | (buf[at + 1] << 8);
      at += 4;
      grow(len);
      out.set(buf.subarray(at, at + len), n);
      at += len; n += len;
      continue;
    }
    let lit, dist;
    if (type === 1) {
      if (!fixedCodes) {
        const l = new Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
        fixedCodes = [huffman(l), huffman(new Array(30).fill(5))];
      }
      [lit, dist] = fixedCodes;
    } else if (type === 2) {
      const nlen = take(5) + 257, ndist = take(5) + 1, ncode = take(4) + 4;
      const cl = new Array(19).fill(0);
      for (let i = 0; i < ncode; i++) cl[CLORDER[i]] = take(3);
      const ch = huffman(cl), lengths = [];
      while (lengths.length < nlen + ndist) {
        const sym = decode(ch);
        if (sym < 16) lengths.push(sym);
        else if (sym === 16) { const prev = lengths[lengths.length - 1]; for (let r = 3 + take(2); r > 0; r--) lengths.push(prev); }
        else if (sym === 17) for (let r = 3 + take(3); r > 0; r--) lengths.push(0);
        else for (let r = 11 + take(7); r > 0; r--) lengths.push(0);
      }
      lit = huffman(lengths.slice(0, nlen));
      dist = huffman(lengths.slice(nlen));
    } else throw new Error("zeren-search: bad deflate block");
    for (;;) {
      let sym = decode(lit);
      if (sym < 256) { grow(1); out[n++] = sym; continue; }
      if (sym === 256) break;
      sym -= 257;
      const len = LBASE[sym] + take(LEXTRA[sym]);
      const ds = decode(dist);
      const d = DBASE[ds] + take(DEXTRA[ds]);
      grow(len);
      for (let i = 0; i < len; i++, n++) out[n] = out[n - d];
    }
  }
  return out.subarray(0, n);
}
