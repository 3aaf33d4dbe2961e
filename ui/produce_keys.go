package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// key handles the Produce pane's keys. Sending, bursts, templates and
// history work whether or not the form is being edited; esc first stops a
// burst, then stops editing, so the user is never stuck in the form.
func (p *ProducePane) key(msg tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	switch {
	case key.Matches(msg, k.Send):
		return p.send()
	case key.Matches(msg, k.Burst):
		return p.startBurst()
	case key.Matches(msg, k.Reroll):
		p.keyTyped = false // new values asked for: the key too
		p.reroll()
		return nil
	case key.Matches(msg, k.HistoryPrev):
		p.recall(-1)
		return nil
	case key.Matches(msg, k.HistoryNext):
		p.recall(+1)
		return nil
	case key.Matches(msg, k.Back) && p.burst != nil:
		p.burst.cancel()
		return nil
	case !p.editing && key.Matches(msg, k.Enter):
		return p.Focus()
	case !p.editing:
		return nil
	case key.Matches(msg, k.Back):
		p.editing = false
		p.blurAll()
		p.dropConfirm()
		return nil
	}
	if step := p.fieldStep(msg); step != 0 {
		p.active = (p.active + step + fieldN) % fieldN
		if p.active == fieldSchema && p.c.Schemas == nil {
			p.active = (p.active + step + fieldN) % fieldN
		}
		return p.focusField()
	}
	return p.forward(msg)
}

// fieldStep is the move between fields a key asks for: tab and shift+tab
// everywhere, up and down only where they do not move inside a text area.
func (p *ProducePane) fieldStep(msg tea.KeyPressMsg) int {
	k := p.c.Keys
	tab := key.Matches(msg, k.Next, k.Prev) // tab, shift+tab: not a text area's own keys
	switch {
	case !tab && isArea(p.active):
		return 0
	case key.Matches(msg, k.NextField):
		return 1
	case key.Matches(msg, k.PrevField):
		return -1
	}
	return 0
}

func (p *ProducePane) blurAll() {
	for i := range p.inputs {
		if isArea(i) {
			p.areas[i].Blur()
		} else {
			p.inputs[i].Blur()
		}
	}
}

// moveRight moves the cursor of a one-line field right when → is pressed
// inside its text: → accepts a suggestion only at the end of the text (as
// fish and zsh-autosuggestions do), so the cursor can move in a topic name.
func (p *ProducePane) moveRight(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || isArea(p.active) || k.String() != "right" {
		return false
	}
	in := &p.inputs[p.active]
	if in.Position() >= len([]rune(in.Value())) {
		return false // at the end: the input accepts the suggestion
	}
	in.SetCursor(in.Position() + 1)
	return true
}

// replacePrefill empties the key or partition field where it holds a
// value the operator did not type (keyPrefill, partPrefill) and msg types
// into it: replaced, not appended to. Any other key that acts there (a
// cursor move, a deletion) makes the value theirs to edit, as the
// topic's is.
func (p *ProducePane) replacePrefill(msg tea.Msg) {
	var flag *bool
	switch p.active {
	case fieldKey:
		flag = &p.keyPrefill
	case fieldPartition:
		flag = &p.partPrefill
	default:
		return
	}
	if !*flag {
		return
	}
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if m.String() == "enter" {
			return
		}
		*flag = false
		if m.Text != "" {
			p.inputs[p.active].SetValue("")
		}
	case tea.PasteMsg:
		*flag = false
		p.inputs[p.active].SetValue("")
	}
}

// forward hands a message to the active field and notes edits.
func (p *ProducePane) forward(msg tea.Msg) tea.Cmd {
	if p.active == fieldTopic && p.topicPrefill {
		switch m := msg.(type) {
		case tea.KeyPressMsg: // any key that acts in it makes it the operator's
			if m.String() == "enter" {
				break // moves nothing and types nothing: `7 enter` kept it prefilled (ut29 T11)
			}
			p.topicPrefill = false
			if m.Text != "" {
				p.inputs[fieldTopic].SetValue("") // replaced, not appended to (ut27 T11)
			}
		case tea.PasteMsg:
			p.topicPrefill = false
			p.inputs[fieldTopic].SetValue("")
		}
	}
	p.replacePrefill(msg)
	before := p.value(p.active)
	var cmd tea.Cmd
	switch {
	case p.cycleSuggestion(msg):
	case p.moveRight(msg):
	case p.areaVertical(msg):
	case isArea(p.active):
		p.areas[p.active], cmd = p.areas[p.active].Update(msg)
	default:
		if k, ok := msg.(tea.KeyPressMsg); ok && p.active == fieldPartition && strings.EqualFold(before, "auto") && k.Text != "" {
			p.inputs[p.active].SetValue("") // "auto" is the default, not text to type after (ut19b J2: 7 gave auto7)
		}
		p.inputs[p.active], cmd = p.inputs[p.active].Update(msg)
	}
	if p.value(p.active) == before {
		return cmd
	}
	p.histPos = len(p.history)
	p.typed = true
	p.keyTyped = p.keyTyped || p.active == fieldKey
	if p.active == fieldTopic && p.untouched() && !p.record {
		k := p.value(fieldKey)
		p.reroll() // a seed topic's template follows the topic
		if p.keyTyped {
			p.inputs[fieldKey].SetValue(k) // what was typed stays
			p.keyPrefill = false
		}
	}
	p.changed()
	return cmd
}

// recall steps through the history of sent messages; stepping past the
// newest leaves the form as it is.
func (p *ProducePane) recall(step int) {
	pos := p.histPos + step
	if pos < 0 || pos >= len(p.history) {
		return
	}
	p.histPos = pos
	p.setForm(p.history[pos])
	p.topicPrefill = false
	p.tmpl = ""
	p.record, p.aborted = false, false // a sent message, not the record
	p.typed = true                     // the operator's own form, back
	p.report, p.failed = "recalled sent message "+count(pos+1)+" of "+count(len(p.history)), false
}
