package source

import "testing"

func TestParseStart(t *testing.T) {
	tests := []struct {
		in   string
		want Start
		err  bool
	}{
		{"", DefaultStart(), false},
		{"last", DefaultStart(), false},
		{"last:0", Start{Mode: StartLast}, false},
		{"last:7", Start{Mode: StartLast, Last: 7}, false},
		{"end", Start{Mode: StartEnd}, false},
		{"latest", Start{Mode: StartEnd}, false},
		{"beginning", Start{Mode: StartBeginning}, false},
		{"earliest", Start{Mode: StartBeginning}, false},
		{"last:-3", Start{}, true},
		{"last:5x", Start{}, true},
		{"last:", Start{}, true},
		{"first", Start{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseStart(tt.in)
			if (err != nil) != tt.err || got != tt.want {
				t.Fatalf("ParseStart(%q) = %+v, %v; want %+v, error %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
	for _, s := range []Start{{Mode: StartEnd}, {Mode: StartBeginning}} {
		if got, _ := ParseStart(s.Mode.String()); got != s {
			t.Fatalf("%v does not read back as itself", s.Mode)
		}
	}
	if got := (Start{Mode: StartLast, Last: 10}).offset(5, 12); got != 5 {
		t.Fatalf("last:10 of [5,12) starts at %d, want the log start 5", got)
	}
}
