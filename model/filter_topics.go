package model

// Topics is the topics the filter's topic= terms name, in the order
// typed: whole names, as topic= matches (never a prefix); nil for a nil
// filter. The Log says why such a topic has no buffered record.
func (f *Filter) Topics() []string {
	if f == nil {
		return nil
	}
	var out []string
	for i := range f.terms {
		if t := &f.terms[i]; t.kind == termTopic && t.op == opEq {
			out = append(out, t.str)
		}
	}
	return out
}
