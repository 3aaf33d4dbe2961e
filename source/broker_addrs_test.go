package source

import (
	"net"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestBrokerAddrs(t *testing.T) {
	tests := []struct {
		listen string
		n      int
		want   []string
		err    string
	}{
		{"127.0.0.1:19092", 3, []string{"127.0.0.1:19092", "127.0.0.1:19093", "127.0.0.1:19094"}, ""},
		{"19092", 2, []string{"127.0.0.1:19092", "127.0.0.1:19093"}, ""},
		{":19092", 1, []string{"127.0.0.1:19092"}, ""},
		{"127.0.0.1:0", 3, []string{"127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0"}, ""},
		{"127.0.0.1:9001,127.0.0.1:9005", 0, []string{"127.0.0.1:9001", "127.0.0.1:9005"}, ""},
		{"127.0.0.1:9001, 127.0.0.1:9005", 2, []string{"127.0.0.1:9001", "127.0.0.1:9005"}, ""},
		{"127.0.0.1:9001,127.0.0.1:9005", 3, nil, "2 addresses for 3 brokers"},
		{"localhost", 1, nil, `listen address "localhost": want host:port or a port (127.0.0.1:9092, 9092)`},
		{"127.0.0.1:port", 1, nil, "not a number"},
		{"127.0.0.1:65535", 2, nil, "run past 65535"},
		{"", 1, nil, "no address"},
	}
	for _, tt := range tests {
		got, err := brokerAddrs(tt.listen, tt.n)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "missing port")): // in words, once (ut43a-25)
			t.Errorf("brokerAddrs(%q, %d) error %v, want one saying %q", tt.listen, tt.n, err, tt.err)
		case tt.err == "" && (err != nil || !slices.Equal(got, tt.want)):
			t.Errorf("brokerAddrs(%q, %d) = %v, %v; want %v", tt.listen, tt.n, got, err, tt.want)
		}
	}
}

// Three brokers from one free port listen on it and the two after it,
// and clients reach each there.
func TestBrokersOnConsecutivePorts(t *testing.T) {
	var first int
	for try := 0; try < 20 && first == 0; try++ { // a free port with two free after it
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		p := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		ok := p+2 <= 65535
		for i := 1; ok && i <= 2; i++ {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+i))
			if ok = err == nil; ok {
				l.Close()
			}
		}
		if ok {
			first = p
		}
	}
	if first == 0 {
		t.Fatal("no three consecutive free loopback ports")
	}
	cfg := DefaultBrokerConfig()
	cfg.Listen, cfg.Brokers = "127.0.0.1:"+strconv.Itoa(first), 3
	b, err := StartBroker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	want := []string{}
	for i := range 3 {
		want = append(want, "127.0.0.1:"+strconv.Itoa(first+i))
	}
	got := slices.Clone(b.Addrs())
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("brokers listen on %v, want %v", got, want)
	}
}
