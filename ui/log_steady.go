package ui

import (
	"slices"
	"time"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// The Log's columns hold still as records scroll by (a user test of issue
// 14, E22: one 81-character key widened the key column by 12 blank cells
// on every row and cut values that had fitted; kcat and k9s keep their
// columns). A column is sized to its typical rows, not its widest: a row
// far wider than most on screen is an outlier (typicalWidth), cut (a key
// in the middle) rather than given the column. What the typical rows have needed
// is remembered (logMemo), so a column widens when the typical content
// needs it and narrows only once no frame has needed the width for
// memoKeep, in cells no value on screen needs (logWidths).

// typicalWidth is the width the rows of ws need, leaving out outliers:
// rows more than twice as wide as the median row, plus four cells (a
// 64-byte key among 7-cell ones, not avro-washer-01 among washer-01s).
// Fewer than four rows have no outliers. ws is not written.
func typicalWidth(ws []int) int {
	if len(ws) == 0 {
		return 0
	}
	s := slices.Clone(ws)
	slices.Sort(s)
	if len(s) < 4 {
		return s[len(s)-1]
	}
	limit := 2*s[(len(s)-1)/2] + 4
	i := len(s) - 1
	for s[i] > limit {
		i--
	}
	return s[i]
}

// logFit is what a frame's rows need of the Log's columns: the typical
// rows (typicalWidth) and the widest row, whose key or topic is cut when
// it is wider than its column; keys and texts are every row's key and
// value widths, narrowest first (which keys a column holds whole, which
// values the cells a value keeps show whole: logWidths). keyWhole is
// the key width the typical rows need before a share of the row caps
// it (typical.key): the most the cells the value keeps for values cut
// whatever they are may make whole (logWidths), 0 for typical.key.
// keyHeld is the key width the following Log holds (followCols), 0 for
// none.
type logFit struct {
	typical, widest   logWants
	keys, texts       []int
	keyWhole, keyHeld int
}

// logFitOf measures cells and recs (one to one), with ats the room kept
// for "/partition@offset". Notes from the tail are not measured: they
// take rows of their own, not the columns (noteLines).
func logFitOf(recs []model.Record, cells []logCell, ats logAts) logFit {
	where, key, text := make([]int, 0, len(recs)), make([]int, 0, len(recs)), make([]int, 0, len(recs))
	f := logFit{widest: logWants{key: 1}}
	for i := range recs {
		r := &recs[i]
		if r.Note != "" {
			continue
		}
		key = append(key, draw.Width(cells[i].key))
		where = append(where, whereWidth(r, ats))
		text = append(text, draw.Width(cells[i].text))
		f.widest = logWants{where: max(f.widest.where, where[len(where)-1]), key: max(f.widest.key, key[len(key)-1]), text: max(f.widest.text, text[len(text)-1])}
	}
	f.typical = logWants{where: typicalWidth(where), key: max(typicalWidth(key), 1), text: typicalWidth(text)}
	slices.Sort(key)
	slices.Sort(text)
	f.keys, f.texts = key, text
	return f
}

// logMemoKey is what the remembered wants hold for: a resize, another
// value format, showing aborted records or another filter forgets them,
// so a filter's rows are not laid out for rows it hides (ut19b J4).
type logMemoKey struct {
	w       int
	format  model.ValueFormat
	aborted bool
	filter  string
}

// logMemo is what the typical rows of the Log's frames have needed
// since its key last changed, each column with when it last needed it.
type logMemo struct {
	key  logMemoKey
	want logWants
	at   [3]time.Time // where, key, text
}

// note remembers want at now: a column keeps the widest want of the
// last memoKeep, and forgets an older one.
func (m *logMemo) note(key logMemoKey, want logWants, now time.Time) {
	if m.key != key {
		*m = logMemo{key: key}
	}
	cur := [3]*int{&m.want.where, &m.want.key, &m.want.text}
	for i, w := range [3]int{want.where, want.key, want.text} {
		if w >= *cur[i] || now.Sub(m.at[i]) > memoKeep {
			*cur[i], m.at[i] = w, now
		}
	}
}

// wants is the remembered wants for key, or none when they were noted
// for another.
func (m *logMemo) wants(key logMemoKey) logWants {
	if m.key != key {
		return logWants{}
	}
	return m.want
}

// memoKey is the layout the Log's remembered widths are for.
func (p *LogPane) memoKey() logMemoKey {
	k := logMemoKey{w: p.w, format: p.format, aborted: p.aborted}
	if p.idx.filter != nil {
		k.filter = p.idx.filter.String()
	}
	return k
}

// cellsOf works out the keys and texts of recs; earlier, when not nil,
// says which are of an earlier log of their partition. The marks of a
// row (rowTags) follow its value, on its row only: a column of marks
// before the values took its cells on every row, blank on most, while
// values were cut (ut22b N2), and came and went as rows with marks were
// paged across, moving the other columns (N16). After the value, the
// values still start at one cell on every row (ut19b J6).
func (p *LogPane) cellsOf(recs []model.Record, earlier []bool) []logCell {
	cells := make([]logCell, len(recs))
	for i := range recs {
		r := &recs[i]
		key, keyJSON := p.keyText(r)
		cells[i] = logCell{key: key, keyJSON: keyJSON, text: p.valueText(r)}
		if r.Note == "" {
			cells[i].tags = p.rowTags(r, i < len(earlier) && earlier[i])
		}
	}
	return cells
}

// keyCells is recs as cells holding their keys only (keyText): what
// keysRecent notes of the records a filter hides.
func (p *LogPane) keyCells(recs []model.Record) []logCell {
	if len(recs) == 0 {
		return nil
	}
	cells := make([]logCell, len(recs))
	for i := range recs {
		cells[i].key, cells[i].keyJSON = p.keyText(&recs[i])
	}
	return cells
}

// afterSnapshot works out the rows' keys and texts once a frame, outside
// the store's lock, and notes what the typical rows need (logMemo).
func (p *LogPane) afterSnapshot() {
	f := &p.frame
	f.cells = nil
	if p.detail != nil || len(f.recs) == 0 {
		return
	}
	f.cells = p.cellsOf(f.recs, f.earlier)
	p.memo.note(p.memoKey(), logFitOf(f.recs, f.cells, f.atW).typical, p.c.now())
	p.held.note(p.memoKey(), f.recs, f.pos, f.cells, f.atW, p.c.now())
	p.recent.note(p.recentKey(), f.cells, p.c.now())
	p.recent.note(p.recentKey(), p.keyCells(f.unseen), p.c.now())
	p.apart.note(f.atW)
	p.noteFollow()
}

// cellsFor is the keys and texts of recs: those afterSnapshot worked out
// when recs are the frame's records, else worked out now.
func (p *LogPane) cellsFor(recs []model.Record) []logCell {
	f := &p.frame
	same := len(recs) > 0 && len(f.recs) == len(recs) && &f.recs[0] == &recs[0]
	switch {
	case same && len(f.cells) == len(recs):
		return f.cells
	case same:
		return p.cellsOf(recs, f.earlier)
	}
	return p.cellsOf(recs, nil)
}
