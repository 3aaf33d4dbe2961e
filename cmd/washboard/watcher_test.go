package main

import (
	"fmt"
	"testing"
	"time"
)

func TestSplitPlaced(t *testing.T) {
	now := time.Now()
	plain, at, err := splitPlaced([]string{"a", "orders@-10m", "*", "pay@0=5,1=7"}, now)
	if err != nil || fmt.Sprint(plain) != "[a *]" || len(at) != 2 || at[0].topic != "orders" || at[0].pos.Mode.String() != "time" ||
		at[1].pos.Offsets[1] != 7 {
		t.Fatalf("plain %v, placed %+v, %v", plain, at, err)
	}
	if _, _, err := splitPlaced([]string{"orders@yesterday"}, now); err == nil {
		t.Fatal("a bad start position was accepted")
	}
}
