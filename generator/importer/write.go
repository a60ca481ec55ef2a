package importer

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// render writes d as a content file: YAML front matter between --- lines,
// then the body, one structural unit per line. The keys come in a fixed
// order and empty ones are left out, so equal input gives equal bytes.
func render(d *doc) ([]byte, error) {
	fm := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v *yaml.Node) {
		fm.Content = append(fm.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
	}
	scalar := func(tag, v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v} }
	str := func(key, v string) {
		if v != "" {
			add(key, scalar("!!str", v))
		}
	}
	date := func(key, v string) {
		if v != "" {
			add(key, scalar("!!timestamp", v)) // plain: 2009-03-04
		}
	}
	m := d.meta
	str("title", d.title)
	str("short_title", m.shortTitle)
	str("doc_number", m.docNumber)
	str("issuer", m.issuer)
	date("adopted", m.adopted)
	date("issued", m.issued)
	date("effective", m.effective)
	str("status", m.status)
	if d.parent != nil {
		str("parent", d.parent.id)
	}
	if len(m.repeals) > 0 {
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, r := range m.repeals {
			seq.Content = append(seq.Content, scalar("!!str", r))
		}
		add("repeals", seq)
	}
	str("source", d.source)
	add("imported", scalar("!!bool", "true"))

	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return nil, fmt.Errorf("writing the front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing the front matter: %w", err)
	}
	b.WriteString("---\n")
	b.WriteString(d.bodyText())
	b.WriteString("\n")
	return b.Bytes(), nil
}

// existingFile is a content file already in the site.
type existingFile struct {
	path   string
	source string // its source: front matter value, "" if none
}

// scanSite lists the content files already in site by id. A regulation
// with versions (regulations/<id>/<version>.md) counts under its folder.
func scanSite(site string) (map[string]existingFile, error) {
	out := map[string]existingFile{}
	root := filepath.Join(site, "content")
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && path == root {
				return filepath.SkipDir
			}
			return err
		}
		if e.IsDir() || filepath.Ext(path) != ".md" {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		if len(parts) < 2 {
			return nil // content/_index.md and the like
		}
		id := strings.TrimSuffix(parts[1], ".md")
		if _, seen := out[id]; !seen {
			out[id] = existingFile{path: path, source: sourceOfFile(path)}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the existing content of %s: %w", site, err)
	}
	return out, nil
}

// sourceOfFile reads the source: key of a content file's front matter.
func sourceOfFile(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		return ""
	}
	fm, _, ok := strings.Cut(text[4:], "\n---")
	if !ok {
		return ""
	}
	var v struct {
		Source string `yaml:"source"`
	}
	if yaml.Unmarshal([]byte(fm), &v) != nil {
		return ""
	}
	return v.Source
}

// checkTargets refuses to replace existing files without Force. A dry run
// only warns.
func checkTargets(docs []*doc, results []Result, existing map[string]existingFile, opts Options) error {
	var clash []string
	for i, d := range docs {
		target := d.path
		if f, ok := existing[d.id]; ok {
			target = f.path
		} else if _, err := os.Stat(d.path); err != nil {
			continue
		}
		switch {
		case opts.Force:
		case opts.DryRun:
			results[i].Warnings = append(results[i].Warnings, Warning{Kind: WarnExists, Msg: target + " exists; a real import needs --force to replace it"})
		default:
			clash = append(clash, target)
		}
	}
	if len(clash) == 0 {
		return nil
	}
	more := ""
	if len(clash) > 1 {
		more = fmt.Sprintf(" (and %d more: %s)", len(clash)-1, strings.Join(clash[1:], ", "))
	}
	return fmt.Errorf("%s already exists%s; nothing was written: use --force to overwrite, or --id to import under another id", clash[0], more)
}

// makeDirs creates the section folders the documents go to.
func makeDirs(docs []*doc) error {
	made := map[string]bool{}
	for _, d := range docs {
		dir := filepath.Dir(d.path)
		if made[dir] {
			continue
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("%s: %w", dir, err)
		}
		made[dir] = true
	}
	return nil
}

// writeDoc writes d's file through a temporary file in the same folder
// (named for its id, which no other document of the import has), and
// removes the file it replaces if that was in another section (the kind
// changed since the last import).
func writeDoc(d *doc, existing map[string]existingFile) error {
	tmp := filepath.Join(filepath.Dir(d.path), ".import-"+d.id+".tmp")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("%s: %w", tmp, err)
	}
	_, err = f.Write(d.content)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, d.path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if f, ok := existing[d.id]; ok && f.path != d.path && f.source == d.source {
		if err := os.Remove(f.path); err != nil {
			return fmt.Errorf("%s: replaced by %s but could not be removed: %w", f.path, d.path, err)
		}
	}
	return nil
}
