package ui

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/washboard/washboard/model"
)

// A seed topic's template is made from a seed of its own (tmplSeed), so
// it can be made again at a later time with the same values: the form's
// template reads now when the form is opened and when it is sent, never
// the time the console started (ut38a-11, ut36a-8: an untouched template
// sent with a ts minutes older than its record's timestamp).

// template is topic's template made from seed at now, its machine one
// of the keys seen on the topic (model.Template).
func (p *ProducePane) template(topic string, seed uint64) (key, value string, ok bool) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return model.Template(topic, rng, p.c.now(), p.seenKeys(topic))
}

// seenKeys is the keys a view of topic holds (the machines Machines
// lists), sorted so a seed makes the same template while they stay.
func (p *ProducePane) seenKeys(topic string) []string {
	var keys []string
	p.c.Store.Read(func(st *model.State) {
		if t := st.Series[topic]; t != nil {
			for k := range t.Entries {
				if model.PrintableString(k) == k { // a field holds only text it can draw
					keys = append(keys, k)
				}
			}
		}
	})
	slices.Sort(keys)
	return keys
}

// freshen makes an untouched template again at now: the same values,
// the time of now. A value typed, a record or a recalled message stays
// as it is; a key typed stays too.
func (p *ProducePane) freshen() {
	if p.tmpl == "" || p.record || p.value(fieldValue) != p.tmpl {
		return
	}
	k, v, ok := p.template(strings.TrimSpace(p.value(fieldTopic)), p.tmplSeed)
	if !ok || v == p.tmpl {
		return
	}
	if !p.keyTyped {
		p.inputs[fieldKey].SetValue(k)
	}
	p.areas[fieldValue].SetValue(v)
	p.tmpl = v
}
