package search

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestSqueeze(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`const a = b + c; // the sum`, `const a=b+c;`},
		{`if (x === "a // b" || y) return z;`, `if(x==="a // b"||y)return z;`},
		{`s.replace(/[&<>"']/g, (c) => ESC[c]);`, `s.replace(/[&<>"']/g,(c)=>ESC[c]);`},
		{`const TOKEN = /[\p{L} \/]/u;`, `const TOKEN=/[\p{L} \/]/u;`},
		{`x = a + +b - -c;`, `x=a+ +b- -c;`},
		{`return /^第/.test(w) ? 1 : 2;`, `return/^第/.test(w)?1:2;`},
		{`a = b / c / d;`, `a=b/c/d;`},
		{`for (const [k, v] of m) out += 'it\'s ' + k;`, `for(const[k,v]of m)out+='it\'s '+k;`},
	} {
		if got := squeeze(c.in); got != c.want {
			t.Errorf("squeeze(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// The minified scripts must still be JavaScript: Node checks their
// syntax (the parity tests then run the client as exported).
func TestMinifiedScriptsParse(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("node is not installed; `make test` installs Debian's nodejs")
		}
		t.Skip("node is not installed")
	}
	for name, src := range map[string][]byte{"zeren-search.mjs": clientJS, "facets.mjs": facetsJS, "page.mjs": pageJS} {
		p := filepath.Join(t.TempDir(), name)
		min := minifyJS(name, src)
		if len(min) >= len(src)*4/5 {
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
