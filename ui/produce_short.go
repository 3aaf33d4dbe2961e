package ui

import (
	"strings"

	"github.com/washboard/washboard/model"
	"github.com/washboard/washboard/ui/draw"
)

// oneLine is a notice on one line of the pane's width, for a pane that
// says each notice on a line (shortNotices): whole where it fits, or with
// the form's topic in it cut in the middle where that is enough; else the
// first of its short forms that fits, which say what the notice is and,
// where the pane has room, the key that shows it whole (ut22b N8: out of
// focus, `hostile.bytes-and-contro…` was all of a refusal: a topic's name
// cut, not even saying a send was refused).
func (p *ProducePane) oneLine(text, topic string, short ...string) string {
	if draw.Width(text) <= p.w {
		return text
	}
	if topic != "" && strings.Contains(text, topic) {
		if lines, cut := fitReportCut(text, topic, p.w, 1); !cut && len(lines) == 1 {
			return lines[0]
		}
	}
	for _, s := range short {
		if draw.Width(s) <= p.w {
			return s
		}
	}
	if len(short) > 0 {
		text = short[len(short)-1]
	}
	return draw.Clip(text, p.w)
}

// readsWhole is a short form and the key that shows the notice whole:
// `7` gives the form the keyboard, and a notice its box cannot hold the
// screen.
func readsWhole(what string) string {
	return what + " (" + itoa(paneProduce+1) + " says why)"
}

// reportShort is the last outcome's short forms: what it is (a send not
// made, a burst's end, a recall), for oneLine.
func (p *ProducePane) reportShort(text string) []string {
	switch {
	case p.failed && strings.HasPrefix(text, "burst failed"):
		return []string{readsWhole("burst failed"), "burst failed"}
	case p.failed && strings.HasPrefix(text, "send failed"):
		return []string{readsWhole("send failed"), "send failed"}
	case p.failed:
		return []string{readsWhole("not sent"), "not sent"}
	case strings.HasPrefix(text, "recalled sent message "):
		return []string{strings.Replace(text, "recalled sent message ", "recalled ", 1)}
	}
	before, _, _ := strings.Cut(text, " (")
	before, _, _ = strings.Cut(before, ":")
	return []string{before}
}

// lostShort is the left-out note's short forms: the fields without why.
func (p *ProducePane) lostShort() []string {
	var whats []string
	for _, it := range p.lost {
		w, _, _ := strings.Cut(it.what, " (")
		whats = append(whats, w)
	}
	return []string{lostNote(whats), readsWhole("left out"), "left out"}
}

// topicShort is the not-on-the-cluster note's short forms.
func topicShort() []string {
	return []string{"topic not on the cluster", "no such topic"}
}

// jsonShort is the JSON warning's short forms: what is wrong, not why.
func jsonShort(w string) []string {
	before, _, _ := strings.Cut(w, ":")
	return []string{before, "value not JSON"}
}

// formTopic is the form's topic as notices write it.
func (p *ProducePane) formTopic() string {
	return model.PrintableString(strings.TrimSpace(p.value(fieldTopic)))
}

// giveWayShort makes rows for the notices said a line each where the box
// leaves fewer rows than there are notices: the burst row and empty
// fields give theirs, one at a time, as they do for notices said whole
// (giveWay), but no field with text does. With no row left a refusal was
// not said at all in a pane out of focus (the 80x24 grid's box with a
// registry's schema row holds the form and nothing under it).
func (p *ProducePane) giveWayShort(shown map[int]bool, spare *int) {
	want := len(p.shortNotices(fieldN))
	for _, i := range p.leastNeeded() {
		if *spare >= want {
			return
		}
		if shown[i] {
			delete(shown, i)
			*spare++
		}
	}
}

// leastNeeded is the rows that give way to notices first: the burst row,
// then an empty schema, headers or value.
func (p *ProducePane) leastNeeded() []int {
	order := []int{fieldCount}
	for _, i := range []int{fieldSchema, fieldHeaders, fieldValue} {
		if p.value(i) == "" {
			order = append(order, i)
		}
	}
	return order
}
