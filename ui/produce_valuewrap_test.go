package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/washboard/washboard/model"
)

// valueAcross is a JSON value whose fw-cell rows, were it broken at the
// field's width, would break inside its `null` and, a row later, inside a
// number: `{"id":"aa…","n":null,"s":"bb…","m":12345678901234}`.
func valueAcross(fw int) string {
	head := `{"id":"`
	l := fw - len(head) - len(`","n":nu`)
	v := head + strings.Repeat("a", l) + `","n":null,"s":"`
	m := 2*fw - len(v) - len(`","m":1234567`)
	return v + strings.Repeat("b", m) + `","m":12345678901234}`
}

// The value reads the same whether the cursor is in it or not: wrapped
// after a field's `,` (never inside `null` or a number), at the same
// places, edited (the cursor at its end, then at its start) or not,
// zoomed at 80x24 and in the 200x50 grid (ut29 V4: `…"n":n│` / `│ull,…`
// while edited, `…"n": │` / `│null,…` once tab had left it).
func TestProduceValueWrapsAlikeEditedOrNot(t *testing.T) {
	for _, tc := range []struct {
		size [2]int
		zoom bool
	}{{[2]int{80, 24}, true}, {[2]int{200, 50}, false}} {
		t.Run(sizeName(tc.size), func(t *testing.T) {
			a, p, _ := produceApp(t, tc.size[0], tc.size[1])
			do(a, "7", "esc")
			if tc.zoom {
				do(a, "z")
			}
			a.View()
			fw := p.w - labelW
			value := valueAcross(fw)
			if !strings.HasSuffix(value[:fw], "nu") || !strings.HasSuffix(value[:2*fw], "1234567") {
				t.Fatalf("the value does not cross the rows inside null and a number: %q / %q", value[:fw], value[fw:2*fw])
			}
			p.setForm(model.Form{Topic: model.LaundryTopic, Partition: "auto", Value: value})
			a.rev++
			do(a, "enter")
			p.active = fieldValue
			p.focusField()
			a.rev++
			rows := map[string][]string{}
			s := screen(a)
			golden(t, "produce-value-wrap-edited-"+sizeName(tc.size), s)
			rows["edited, cursor at the end"] = fieldLines(produceBox(s), "value")
			p.areas[fieldValue].MoveToBegin()
			a.rev++
			rows["edited, cursor at the start"] = fieldLines(produceBox(screen(a)), "value")
			do(a, "tab")
			if p.active == fieldValue {
				t.Fatal("tab stayed in the value")
			}
			s = screen(a)
			golden(t, "produce-value-wrap-left-"+sizeName(tc.size), s)
			left := fieldLines(produceBox(s), "value")
			if strings.Join(left, "") != value {
				t.Fatalf("the value left is not whole: %q", left)
			}
			for i, r := range left[:len(left)-1] {
				if !strings.HasSuffix(r, ",") && !strings.HasSuffix(r, ":") {
					t.Errorf("row %d of the value left ends %q, inside a field", i, r)
				}
			}
			for step, got := range rows {
				if strings.Join(got, "\n") != strings.Join(left, "\n") {
					t.Errorf("%s, the value reads\n%s\nwhere left it reads\n%s", step, strings.Join(got, "\n"), strings.Join(left, "\n"))
				}
			}
		})
	}
}

// ↑ and ↓ in the value move the cursor a row of the rows it is drawn
// in, to the cell under the one it was on, across lines too: the
// textarea's own rows break elsewhere (ut29 V4).
func TestProduceValueArrowsMoveByTheRowsDrawn(t *testing.T) {
	a, p, _ := produceApp(t, 80, 24)
	do(a, "7", "esc", "z")
	a.View()
	fw := p.w - labelW
	value := valueAcross(fw)
	p.setForm(model.Form{Topic: model.LaundryTopic, Partition: "auto", Value: value + "\nxy\n" + value})
	do(a, "enter")
	p.active = fieldValue
	p.focusField()
	ar := &p.areas[fieldValue]
	ar.MoveToBegin()
	// the rows start at the fields' names, "n" and "m" (draw.WrapValue)
	null, num := strings.Index(value, `"n":null`), strings.Index(value, `"m":`)
	for _, step := range []struct {
		key       string
		line, col int
	}{
		{"down", 0, null}, {"down", 0, num}, {"right", 0, num + 1}, {"down", 1, 1}, {"down", 2, 1},
		{"up", 1, 1}, {"up", 0, num + 1}, {"up", 0, null + 1}, {"up", 0, 1}, {"up", 0, 1},
	} {
		do(a, step.key)
		if ar.Line() != step.line || ar.Column() != step.col {
			t.Fatalf("%s: cursor at line %d column %d, want %d, %d", step.key, ar.Line(), ar.Column(), step.line, step.col)
		}
		s := screen(a)
		if got := strings.Join(fieldLines(produceBox(s), "value"), ""); !strings.Contains(got, "null") {
			t.Fatalf("%s: the value's rows are not drawn:\n%s", step.key, s)
		}
	}
}

// Wide characters, a multi-line value and a long one wrap alike edited
// or not, no row wider than the field.
func TestProduceValueWrapsAlikeUnicodeAndLong(t *testing.T) {
	for name, value := range map[string]string{
		"unicode":    `{"name":"日本語のテキストと絵文字🚀🚀","city":"Zürich","n":null,"note":"ça va, très bien","x":0.123456789}`,
		"multi-line": "{\n  \"a\": 1,\n  \"b\": [1, 2, 3],\n  \"c\": \"" + strings.Repeat("long ", 20) + "\"\n}",
		"long":       strings.Repeat(`{"k":"v","n":12345,"z":null},`, 400),
	} {
		t.Run(name, func(t *testing.T) {
			a, p, _ := produceApp(t, 80, 24)
			do(a, "7", "esc", "z")
			p.setForm(model.Form{Topic: model.LaundryTopic, Partition: "auto", Value: value})
			do(a, "enter")
			p.active = fieldValue
			p.focusField()
			p.areas[fieldValue].MoveToBegin()
			a.rev++
			fw := p.w - labelW
			edited, _ := p.areaWrapped(value, fw, 0, 0, true)
			left, _ := p.areaWrapped(value, fw, -1, -1, false)
			if len(edited) != len(left) {
				t.Fatalf("%d rows edited, %d left", len(edited), len(left))
			}
			for i := range left {
				e, l := strings.TrimRight(ansi.Strip(edited[i]), " "), strings.TrimRight(left[i], " ")
				if e != l {
					t.Fatalf("row %d reads %q edited, %q left", i, e, l)
				}
				if ansi.StringWidth(edited[i]) > fw {
					t.Fatalf("row %d is %d cells, the field %d", i, ansi.StringWidth(edited[i]), fw)
				}
			}
			box := produceBox(screen(a))
			if !strings.Contains(strings.Join(box, "\n"), strings.TrimRight(left[0], " ")) {
				t.Fatalf("the first row %q is not drawn:\n%s", left[0], strings.Join(box, "\n"))
			}
		})
	}
}
