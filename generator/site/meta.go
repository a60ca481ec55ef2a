package site

// Meta is a document's front matter. Dates are YYYY-MM-DD strings, checked
// when loaded, so they sort as text. Fields not used by a kind stay empty.
type Meta struct {
	Title      string   `json:"title"`
	ShortTitle string   `json:"short_title,omitempty"`
	Aliases    []string `json:"aliases,omitempty"`
	DocNumber  string   `json:"doc_number,omitempty"`
	Issuer     string   `json:"issuer,omitempty"`
	Adopted    string   `json:"adopted,omitempty"`
	Issued     string   `json:"issued,omitempty"`
	Effective  string   `json:"effective,omitempty"`
	Repealed   string   `json:"repealed,omitempty"`
	Status     string   `json:"status,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	Sample     bool     `json:"sample,omitempty"`
	Imported   bool     `json:"imported,omitempty"`
	Source     string   `json:"source,omitempty"`
	Parent     string   `json:"parent,omitempty"`
	Repeals    []string `json:"repeals,omitempty"`

	// References, each "<doc-id>#<eId>".
	Basis      []string `json:"basis,omitempty"`
	Implements []string `json:"implements,omitempty"`
	Assesses   []string `json:"assesses,omitempty"`
	Cites      []string `json:"cites,omitempty"`

	// Measures.
	Owner    string `json:"owner,omitempty"`
	Deadline string `json:"deadline,omitempty"`
	Evidence string `json:"evidence,omitempty"`

	// Outcomes.
	Decided      string   `json:"decided,omitempty"`
	Published    string   `json:"published,omitempty"`
	Region       string   `json:"region,omitempty"`
	Subject      string   `json:"subject,omitempty"`
	Role         string   `json:"role,omitempty"`
	Forms        []string `json:"forms,omitempty"`
	DecidedBy    string   `json:"decided_by,omitempty"`
	Stage        string   `json:"stage,omitempty"`
	Disclosure   string   `json:"disclosure,omitempty"`
	EmbargoUntil string   `json:"embargo_until,omitempty"`
	// PIIAllowed lists the kinds of personal data a public record may
	// contain on purpose (email, body:mobile); see disclose.Lint.
	PIIAllowed []string `json:"pii_allowed,omitempty"`
}
