package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// line is one line of an input file after decoding. Src is its 1-based
// line number in the file, so that every dropped or moved line can be
// traced back.
type line struct {
	Text string
	Src  int
}

// decode checks that data is UTF-8, strips a byte order mark and unifies
// line ends. name is used in errors.
func decode(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return "", fmt.Errorf("%s: looks like a DOCX or ZIP file; import takes plain text for now (DOCX comes in a later version): save it as UTF-8 text and import that", name)
	}
	if off := invalidUTF8(data); off >= 0 {
		ln := 1 + bytes.Count(data[:off], []byte("\n"))
		return "", fmt.Errorf("%s:%d: not UTF-8 at byte %d; convert with iconv -f GB18030 -t UTF-8 %s > converted.txt and import that (GB18030 input comes in a later version)", name, ln, off, name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		ln := 1 + bytes.Count(data[:i], []byte("\n"))
		return "", fmt.Errorf("%s:%d: NUL byte at byte %d: this is not a text file; import plain UTF-8 text", name, ln, i)
	}
	s := string(data)
	if strings.ContainsRune(s, '\r') {
		s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	}
	return s, nil
}

// invalidUTF8 returns the byte offset of the first byte that is not part of
// a valid UTF-8 sequence, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// splitLines cuts text into lines numbered from 1, trimming surrounding
// spaces (ideographic spaces included) and keeping blank lines out.
func splitLines(text string) []line {
	var out []line
	for n, s := range strings.Split(text, "\n") {
		if t := trimSpace(s); t != "" {
			out = append(out, line{Text: t, Src: n + 1})
		}
	}
	return out
}
