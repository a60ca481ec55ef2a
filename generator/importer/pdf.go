package importer

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// A PDF is read by pdftotext from Debian's poppler-utils, in layout mode,
// which keeps a line of the page a line of text; the clean-up then drops
// page numbers and footers and the clause parser joins the wrapped lines.
// Writing a PDF reader ourselves is out of proportion: fonts, CMaps and
// content streams are a project of their own.

// pdfPackage is what to install for pdftotext.
const pdfPackage = "poppler-utils"

// readPDF returns the text of the PDF at path. tool is the pdftotext
// command ("" = pdftotext on the PATH).
func readPDF(path, tool string) (string, error) {
	if tool == "" {
		tool = "pdftotext"
	}
	bin, err := exec.LookPath(tool)
	if err != nil {
		return "", fmt.Errorf("%s: reading a PDF needs pdftotext, which is not installed (%s not found); install Debian's %s package (apt-get install %s) and import again, or save the PDF as text", path, tool, pdfPackage, pdfPackage)
	}
	var out, stderr bytes.Buffer
	cmd := exec.Command(bin, "-layout", "-enc", "UTF-8", "-eol", "unix", path, "-")
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		var exit *exec.ExitError
		if msg == "" || !errors.As(err, &exit) {
			msg = err.Error()
		}
		first, _, _ := strings.Cut(msg, "\n")
		return "", fmt.Errorf("%s: pdftotext could not read the PDF (%s); check that it opens in a PDF viewer and is not password-protected", path, first)
	}
	// Pages are separated by form feeds.
	text := strings.ReplaceAll(out.String(), "\f", "\n")
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: the PDF has no text, only images (a scan?); run OCR on it first (e.g. ocrmypdf), or type it, and import that", path)
	}
	text, _, err = decode(path, []byte(text))
	return text, err
}
