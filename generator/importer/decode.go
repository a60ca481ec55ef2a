package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// line is one line of an input file after decoding. Src is its 1-based
// line number in the file, so that every dropped or moved line can be
// traced back.
type line struct {
	Text string
	Src  int
}

// Text encodings, as decode names them.
const (
	encUTF8    = "UTF-8"
	encUTF16LE = "UTF-16LE"
	encUTF16BE = "UTF-16BE"
	encGB18030 = "GB18030"
)

// decode turns the bytes of a text file into a string with \n line ends.
// The encoding is read from the bytes, never from the file name: a byte
// order mark says UTF-8 or UTF-16; without one, text that is valid UTF-8
// is UTF-8, and anything else must decode cleanly as GB18030 (which
// includes GBK and GB2312). name is used in errors.
func decode(name string, data []byte) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		enc = encUTF8
		if off := invalidUTF8(data[3:]); off >= 0 {
			return "", enc, badByte(name, data, off+3, "as UTF-8 (the file starts with a UTF-8 byte order mark)")
		}
		text = string(data[3:])
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		enc = encUTF16LE
		if data[0] == 0xFE {
			enc = encUTF16BE
		}
		if text, err = decodeUTF16(name, data[2:], enc == encUTF16BE); err != nil {
			return "", enc, err
		}
	default:
		if text, enc, err = decodeUnmarked(name, data); err != nil {
			return "", enc, err
		}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		ln := 1 + strings.Count(text[:i], "\n")
		return "", enc, fmt.Errorf("%s:%d: NUL character: this is not a text file (or UTF-16 without a byte order mark); save it as UTF-8 text and import that", name, ln)
	}
	if strings.ContainsRune(text, '\r') {
		text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	}
	return text, enc, nil
}

// decodeUnmarked decodes text without a byte order mark: UTF-8 if it is
// valid UTF-8, else GB18030 if every byte decodes. A text that is mostly
// valid UTF-8 with a few broken bytes is damaged UTF-8, not GB18030: its
// Chinese would decode as GB18030 into nonsense.
func decodeUnmarked(name string, data []byte) (string, string, error) {
	bad := invalidUTF8(data)
	if bad < 0 {
		return string(data), encUTF8, nil
	}
	if looksLikeUTF8(data) {
		return "", encUTF8, badByte(name, data, bad, "as UTF-8 or GB18030 (it is mostly UTF-8, so the byte is probably damaged)")
	}
	if off := invalidGB18030(data); off >= 0 {
		return "", encGB18030, badByte(name, data, max(off, bad), "as UTF-8 or GB18030")
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", encGB18030, fmt.Errorf("%s: decoding GB18030: %w", name, err)
	}
	return string(out), encGB18030, nil
}

// badByte reports the byte at off that could not be decoded, and what to
// do about it.
func badByte(name string, data []byte, off int, as string) error {
	ln := 1 + bytes.Count(data[:off], []byte("\n"))
	return fmt.Errorf("%s: cannot decode byte 0x%02X at offset %d %s; the file is damaged or in another encoding: look at line %d, or find the encoding with `file -i %s` and convert with `iconv -f ENCODING -t UTF-8 %s > converted.txt`, then import that",
		name, data[off], off, as, ln, name, name)
}

// decodeUTF16 decodes UTF-16 text after its byte order mark.
func decodeUTF16(name string, data []byte, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%s: UTF-16 text with an odd number of bytes (%d): the file is cut short; save it again as UTF-8 text and import that", name, len(data)+2)
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	for i := 0; i < len(units); i++ {
		switch u := units[i]; {
		case utf16.IsSurrogate(rune(u)) && u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			i++ // a valid pair
		case utf16.IsSurrogate(rune(u)):
			return "", fmt.Errorf("%s: unpaired UTF-16 surrogate 0x%04X at offset %d: the file is damaged; save it again as UTF-8 text and import that", name, u, 2+2*i)
		}
	}
	return string(utf16.Decode(units)), nil
}

// invalidUTF8 returns the byte offset of the first byte that is not part of
// a valid UTF-8 sequence, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
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

// looksLikeUTF8 reports whether data, which is not valid UTF-8, is still
// mostly UTF-8: it holds several valid three-byte sequences (as Chinese
// in UTF-8 does) and far fewer invalid bytes. GB18030 text makes a valid
// three-byte sequence only by chance, about once in a hundred characters.
func looksLikeUTF8(data []byte) bool {
	valid3, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size == 3:
			valid3++
		}
		i += size
	}
	return valid3 >= 4 && invalid*10 < valid3
}

// invalidGB18030 returns the offset of the first byte that does not
// start a valid GB18030 sequence, or -1. Valid: ASCII; 0x80 (the euro
// sign of code page 936); two bytes 81–FE then 40–7E or 80–FE; four bytes
// 81–FE, 30–39, 81–FE, 30–39 that stand for a code point. A two-byte
// sequence without a character decodes to U+FFFD, which is caught too.
func invalidGB18030(data []byte) int {
	for i := 0; i < len(data); {
		c0 := data[i]
		if c0 <= 0x80 {
			i++
			continue
		}
		if c0 == 0xFF || i+1 >= len(data) {
			return i
		}
		c1 := data[i+1]
		size := 0
		switch {
		case c1 >= 0x40 && c1 <= 0x7E, c1 >= 0x80 && c1 <= 0xFE:
			size = 2
		case c1 >= 0x30 && c1 <= 0x39 && i+3 < len(data) &&
			data[i+2] >= 0x81 && data[i+2] <= 0xFE && data[i+3] >= 0x30 && data[i+3] <= 0x39:
			size = 4
		default:
			return i
		}
		if unmapped(data[i : i+size]) {
			return i
		}
		i += size
	}
	return -1
}

// gbReplacement is U+FFFD in GB18030: a text may hold it on purpose.
var gbReplacement = []byte{0x84, 0x31, 0xA4, 0x37}

// unmapped reports whether a well-formed GB18030 sequence stands for no
// character. Most sequences are ideographs; only checking the rare kinds
// keeps the scan fast: four-byte sequences, and two-byte ones outside
// the GB2312 area (lead A1–F7, trail A1–FE), which is all but complete.
func unmapped(seq []byte) bool {
	if len(seq) == 2 && seq[0] >= 0xB0 && seq[0] <= 0xF7 && seq[1] >= 0xA1 {
		return false
	}
	if bytes.Equal(seq, gbReplacement) {
		return false
	}
	r, _ := utf8.DecodeRune(gbDecode(seq))
	return r == utf8.RuneError
}

func gbDecode(seq []byte) []byte {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(seq)
	if err != nil {
		return nil
	}
	return out
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
