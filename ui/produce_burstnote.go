package ui

import "github.com/washboard/washboard/model"

// burstWarning says, while the form is shown, that a burst field holds
// what ctrl+b will refuse ("burst: \"card-holder-0004\" is not a count
// from 1 to 1,000,000"), or "": letters typed into the count took no word
// until a burst was asked for (ut25a Q11). Not while a burst runs, nor
// when the last outcome already says it.
func (p *ProducePane) burstWarning() string {
	if p.burst != nil {
		return ""
	}
	_, _, err := parseBurst(p.value(fieldCount), p.value(fieldRate))
	if err == nil {
		return ""
	}
	if p.report == err.Error() {
		return ""
	}
	return model.PrintableString(err.Error())
}

// burstShort is the burst warning's short forms (shortNotices).
func burstShort() []string {
	return []string{"burst fields not valid (ctrl+b refuses)", "burst fields not valid"}
}
