package search

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zeren/generator/testenv"
)

// The minified scripts must still be JavaScript: Node checks their
// syntax (the parity tests then run the client as exported).
// PrefetchJS is the search page's inline script as the page carries it,
// for the tests of package search_test.
var PrefetchJS = prefetchPage

func TestMinifiedScriptsParse(t *testing.T) {
	node := testenv.Node(t)
	scripts, err := Scripts(Manifest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(scripts, File{"prefetch.js", prefetchJS}) {
		// Node reads a module from a file named .mjs.
		name, src, module := f.Path, f.Data, f.Path != "prefetch.js"
		if module {
			name = strings.TrimSuffix(name, ".js") + ".mjs"
		}
		p := filepath.Join(t.TempDir(), name)
		min, err := minifyJS(name, src, module)
		if err != nil {
			t.Fatal(err)
		}
		if len(min) >= len(src)*3/5 {
			t.Errorf("%s: minified %d of %d bytes", name, len(min), len(src))
		}
		if err := os.WriteFile(p, min, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}

// The inflater of browsers without DecompressionStream against Go's
// deflater at every level and with Huffman codes only: stored, fixed and
// dynamic blocks, short and long matches, files of a few bytes to a few
// hundred KB.
func TestClientInflate(t *testing.T) {
	node := testenv.Node(t)
	dir := t.TempDir()
	var names []string
	rng := rand.New(rand.NewPCG(1, 2))
	for i, size := range []int{0, 1, 7, 300, 5000, 70000, 300000} {
		data := make([]byte, size)
		for j := range data {
			if rng.IntN(3) == 0 {
				data[j] = byte(rng.IntN(256))
			} else {
				data[j] = "第十四条县级以上人民政府"[j%36]
			}
		}
		for _, level := range []int{zlib.NoCompression, zlib.BestSpeed, zlib.DefaultCompression, zlib.BestCompression, zlib.HuffmanOnly} {
			var z bytes.Buffer
			w, err := zlib.NewWriterLevel(&z, level)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
			w.Close()
			name := fmt.Sprintf("%d_%d", i, level)
			if err := os.WriteFile(filepath.Join(dir, name+".z"), z.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+".raw"), data, 0o644); err != nil {
				t.Fatal(err)
			}
			names = append(names, name)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "inflate.mjs"), inflateJS, 0o644); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "run.mjs")
	js := `import { inflate } from "./inflate.mjs";
import { readFileSync } from "node:fs";
const bad = [];
for (const n of process.argv.slice(2)) {
  const got = inflate(new Uint8Array(readFileSync(n + ".z"))), want = readFileSync(n + ".raw");
  if (Buffer.compare(Buffer.from(got), want) !== 0) bad.push(n);
}
console.log(bad.join(" "));`
	if err := os.WriteFile(script, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, append([]string{script}, names...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		t.Errorf("inflated wrongly: %s", s)
	}
}

// The client's fast test of a query character (Han and ASCII without the
// Unicode classes) agrees with its Unicode classes on every code point.
func TestClientTokenFastPath(t *testing.T) {
	node := testenv.Node(t)
	p := filepath.Join(t.TempDir(), "client.mjs")
	src := string(clientJS) + "\nexport const probe = { isToken, TOKEN };\n"
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `const { probe } = await import(process.argv[1]);
const bad = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCodePoint(c);
  if (probe.isToken(ch) !== probe.TOKEN.test(ch)) bad.push(c.toString(16));
}
console.log(bad.slice(0, 20).join(" "));`
	out, err := exec.Command(node, "--input-type=module", "-e", script, p).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		t.Errorf("isToken and the Unicode classes differ at U+%s", s)
	}
}
