package render

// JSON encodes v as the twins are written: indented, without HTML
// escaping, ending in a newline. Feature packages use it for their data
// files so that every JSON file of a site reads alike.
func JSON(v any) ([]byte, error) { return marshal(v) }
