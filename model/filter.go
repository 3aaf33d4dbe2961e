package model

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

// Filter is a compiled Log filter: space-separated terms that must all
// match (AND). It is compiled once when the user types it and matched
// against every buffered and arriving record, so matching does no parsing
// and no allocation in the common cases.
//
// Terms:
//
//	washer          plain text, case-insensitive, in topic, key or value
//	re:^wash.*-0[13] regular expression over topic, key or value
//	topic=Student   record metadata: topic, partition, offset, key (the
//	                Kafka record key, exactly)
//	id=s-17         the key the panes show: the view's key field, else
//	                the Kafka key (TopicView.KeyOf)
//	State=LoggedIn  a JSON field of the value (a gjson path); a status
//	                field also matches its view's enum name
//	heat_c>80       numeric comparison: = != > < >= <=
//
// Values with spaces are written in double quotes: key="a b". A JSON field
// named like a metadata field is reached as value.key (value.id).
type Filter struct {
	src   string
	terms []term
	views map[string]*TopicView // by topic: key paths and enum names
}

type termKind uint8

const (
	termText termKind = iota
	termRegex
	termTopic
	termPartition
	termOffset
	termKey
	termID
	termField
)

type cmpOp uint8

const (
	opEq cmpOp = iota
	opNe
	opGt
	opLt
	opGe
	opLe
)

// ops in the order they are looked for: two-character operators first.
var ops = []struct {
	text string
	op   cmpOp
}{{"!=", opNe}, {">=", opGe}, {"<=", opLe}, {"=", opEq}, {">", opGt}, {"<", opLt}}

type term struct {
	kind   termKind
	op     cmpOp
	path   string         // termField
	str    string         // string operand
	needle []byte         // termText: lower-cased
	num    float64        // numeric operand
	isNum  bool           // the operand parses as a number
	re     *regexp.Regexp // termRegex
}

// ParseFilter compiles expr. An empty expression matches everything and
// returns a nil filter. Errors say which term is wrong and why.
func ParseFilter(expr string, views []TopicView) (*Filter, error) {
	toks, err := tokenize(expr)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, nil
	}
	f := &Filter{src: strings.TrimSpace(expr), views: make(map[string]*TopicView, len(views))}
	for i := range views {
		f.views[views[i].Topic] = &views[i]
	}
	for _, tok := range toks {
		t, err := parseTerm(tok)
		if err != nil {
			return nil, err
		}
		f.terms = append(f.terms, t)
	}
	return f, nil
}

// String is the expression as typed (trimmed).
func (f *Filter) String() string {
	if f == nil {
		return ""
	}
	return f.src
}

// tokenize splits on spaces; double quotes group a value with spaces.
func tokenize(s string) ([]string, error) {
	var toks []string
	var cur strings.Builder
	inQuote, has := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, has = !inQuote, true
		case (r == ' ' || r == '\t') && !inQuote:
			if has {
				toks = append(toks, cur.String())
				cur.Reset()
				has = false
			}
		default:
			cur.WriteRune(r)
			has = true
		}
	}
	if inQuote {
		return nil, fmt.Errorf("unclosed double quote in %q", s)
	}
	if has {
		toks = append(toks, cur.String())
	}
	return toks, nil
}

func parseTerm(tok string) (term, error) {
	if rest, ok := strings.CutPrefix(tok, "re:"); ok {
		re, err := regexp.Compile(rest)
		if err != nil {
			return term{}, patternError(rest, err)
		}
		return term{kind: termRegex, re: re}, nil
	}
	name, op, val, found := splitOp(tok)
	if !found {
		return term{kind: termText, needle: []byte(strings.ToLower(tok))}, nil
	}
	if name == "" {
		return term{}, fmt.Errorf("%q: a field name is needed before the operator", tok)
	}
	t := term{op: op, str: val}
	if n, err := strconv.ParseFloat(val, 64); err == nil {
		t.num, t.isNum = n, true
	}
	switch name {
	case "topic", "key", "id":
		t.kind = map[string]termKind{"topic": termTopic, "key": termKey, "id": termID}[name]
		if op != opEq && op != opNe {
			return term{}, fmt.Errorf("%q: %s is compared with = or != only", tok, name)
		}
	case "partition", "offset":
		t.kind = termPartition
		if name == "offset" {
			t.kind = termOffset
		}
		if !t.isNum {
			return term{}, fmt.Errorf("%q: %s is a number, %q is not", tok, name, val)
		}
	default:
		t.kind, t.path = termField, strings.TrimPrefix(name, "value.")
		if t.path == "" {
			return term{}, fmt.Errorf("%q: empty field path", tok)
		}
		if op != opEq && op != opNe && !t.isNum {
			return term{}, fmt.Errorf("%q: %s needs a number, %q is not one", tok, opText(op), val)
		}
	}
	return t, nil
}

// splitOp finds the first comparison operator in tok.
func splitOp(tok string) (name string, op cmpOp, val string, found bool) {
	i := strings.IndexAny(tok, "=!<>")
	if i < 0 {
		return "", 0, "", false
	}
	for _, o := range ops {
		if strings.HasPrefix(tok[i:], o.text) {
			return tok[:i], o.op, tok[i+len(o.text):], true
		}
	}
	return "", 0, "", false // a lone "!" is text
}

func opText(op cmpOp) string {
	for _, o := range ops {
		if o.op == op {
			return o.text
		}
	}
	return "?"
}

// Match reports whether r satisfies every term. A nil filter matches all.
func (f *Filter) Match(r *Record) bool {
	if f == nil {
		return true
	}
	for i := range f.terms {
		if !f.match(&f.terms[i], r) {
			return false
		}
	}
	return true
}

func (f *Filter) match(t *term, r *Record) bool {
	switch t.kind {
	case termText:
		return containsFold([]byte(r.Topic), t.needle) || containsFold(r.filterKey(), t.needle) || containsFold(r.filterValue(), t.needle)
	case termRegex:
		return t.re.MatchString(r.Topic) || t.re.Match(r.filterKey()) || t.re.Match(r.filterValue())
	case termTopic:
		return (r.Topic == t.str) == (t.op == opEq)
	case termPartition:
		return compareNum(float64(r.Partition), t)
	case termOffset:
		return compareNum(float64(r.Offset), t)
	case termKey:
		return (r.KeyString() == t.str) == (t.op == opEq) // a schema encoded key decoded
	case termID:
		k, _ := f.views[r.Topic].KeyOf(r)
		return (k == t.str) == (t.op == opEq)
	default:
		return f.matchField(t, r)
	}
}

func (f *Filter) matchField(t *term, r *Record) bool {
	value := r.ValueData()
	if !isObject(value) {
		return t.op == opNe
	}
	res := gjson.GetBytes(value, t.path)
	if !res.Exists() {
		return t.op == opNe
	}
	if t.isNum {
		if x, ok := number(res); ok {
			return compareNum(x, t)
		}
	}
	if t.op != opEq && t.op != opNe {
		return false
	}
	s := scalarString(res)
	eq := strings.EqualFold(s, t.str)
	if !eq {
		if v := f.views[r.Topic]; v != nil && v.Status == t.path {
			eq = strings.EqualFold(v.enumName(s), t.str)
		}
	}
	return eq == (t.op == opEq)
}

func number(r gjson.Result) (float64, bool) {
	switch r.Type {
	case gjson.Number:
		return r.Num, true
	case gjson.String:
		x, err := strconv.ParseFloat(r.Str, 64)
		return x, err == nil
	}
	return 0, false
}

func compareNum(x float64, t *term) bool {
	switch t.op {
	case opEq:
		return x == t.num
	case opNe:
		return x != t.num
	case opGt:
		return x > t.num
	case opLt:
		return x < t.num
	case opGe:
		return x >= t.num
	}
	return x <= t.num
}

// isObject is a cheap check that b looks like a JSON object, so field
// terms skip binary and plain-text values without parsing them.
func isObject(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{'
}

// containsFold reports whether b contains needle (already lower case),
// ignoring ASCII case, without allocating.
func containsFold(b, needle []byte) bool {
	if len(needle) == 0 {
		return true
	}
	first := needle[0]
	upper := first
	if 'a' <= first && first <= 'z' {
		upper = first - 'a' + 'A'
	}
	for i := 0; i+len(needle) <= len(b); i++ {
		if c := b[i]; c != first && c != upper {
			continue
		}
		if equalFoldASCII(b[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

func equalFoldASCII(b, lower []byte) bool {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// filterValue is what words and re: match as the value: a note from the
// tail (which has no value) by its text as the Log shows it ("tail: …"),
// so /wiped and /tail: find it; else the
// value, decoded when a schema decoded it.
func (r *Record) filterValue() []byte {
	if r.Note != "" && len(r.Value) == 0 {
		return []byte("tail: " + r.Note) // as the Log shows it: /tail: finds every note
	}
	return r.ValueData()
}
