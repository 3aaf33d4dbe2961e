package source

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// brokerAddrs is the address each of n brokers listens on, from --listen:
// one host:port (the others on the ports after it: 19092, 19093, …; port
// 0 gives each a free port), a bare port (on 127.0.0.1), or a comma list
// with one address per broker (then n may be 0 or 1: the list decides).
func brokerAddrs(listen string, n int) ([]string, error) {
	var addrs []string
	for _, a := range strings.Split(listen, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if _, err := strconv.Atoi(strings.TrimPrefix(a, ":")); err == nil {
			a = net.JoinHostPort("127.0.0.1", strings.TrimPrefix(a, ":")) // a port alone: loopback
		}
		host, port, err := net.SplitHostPort(a)
		if err != nil {
			// said once, in words: Go's `address nohost: missing port in
			// address` after it repeated the address (ut43a-25)
			return nil, fmt.Errorf("listen address %q: want host:port or a port (127.0.0.1:9092, 9092)", a)
		}
		if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
			return nil, fmt.Errorf("listen address %q: port %q is not a number from 0 to 65535", a, port)
		}
		addrs = append(addrs, net.JoinHostPort(host, port))
	}
	switch {
	case len(addrs) == 0:
		return nil, fmt.Errorf("listen address %q: no address", listen)
	case len(addrs) > 1 && n > 1 && n != len(addrs):
		return nil, fmt.Errorf("listen: %d addresses for %d brokers: give one (the others take the next ports) or one per broker", len(addrs), n)
	case len(addrs) > 1:
		return addrs, nil
	}
	host, port, _ := net.SplitHostPort(addrs[0])
	first, _ := strconv.Atoi(port)
	n = max(n, 1)
	if first > 0 && first+n-1 > 65535 {
		return nil, fmt.Errorf("listen: %d brokers from port %d run past 65535", n, first)
	}
	for i := 1; i < n; i++ {
		p := 0
		if first > 0 {
			p = first + i
		}
		addrs = append(addrs, net.JoinHostPort(host, strconv.Itoa(p)))
	}
	return addrs, nil
}

// CheckListen reports, in words, what is wrong with a listen address as
// --listen and [embedded] listen take it (see brokerAddrs), nil when
// nothing is.
func CheckListen(listen string) error {
	_, err := brokerAddrs(listen, 0)
	return err
}
