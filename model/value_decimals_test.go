package model

import (
	"math"
	"testing"
	"time"
)

// A field is printed with the decimals its values need, up to three, not
// one for every fractional field (ut38b-17: 4666.38 read 4666.4; ut38a-24:
// a fee of 0.01 read 0.0); a float32's noise counts as what was written.
func TestValueDecimals(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want int
	}{
		{99, 0}, {math.NaN(), 0}, {55.3, 1}, {4666.38, 2}, {0.01, 2}, {0.005, 3},
		{0.1 + 0.2, 1}, {float64(float32(55.3)), 1}, {math.Pi, MaxDecimals}, {-12.5, 1}, {123456.78, 2},
	} {
		if got := ValueDecimals(tt.v); got != tt.want {
			t.Errorf("ValueDecimals(%v) = %d, want %d", tt.v, got, tt.want)
		}
	}
}

// A series table's field takes the decimals of the value that needs the
// most, and keeps them (a column does not flip as values come and go).
func TestTableDecimalsFollowTheValues(t *testing.T) {
	v, err := ParseViewSpec("payments", "series key=id fields=amount,fee,count")
	if err != nil {
		t.Fatal(err)
	}
	tab := NewSeriesTable(&v, 100)
	at := time.Unix(2_000_000, 0)
	for _, vals := range [][]float64{{4666.38, 0.5, 3}, {12, 0.01, 4}, {7.5, 0.2, 5}} {
		FoldSeries(tab, &Decoded{Key: "k", Values: vals}, at)
	}
	for i, want := range []int{2, 2, 0} {
		if got := tab.Decimals(i); got != want {
			t.Errorf("field %d: %d decimals, want %d", i, got, want)
		}
	}
}
