package source

import "github.com/segmentio/kafka-go"

// Close closes the producer's idle connections and stops their
// goroutines; call it once nothing produces any more (a cluster switch or
// shutdown). A later Produce would dial again.
func (p *Producer) Close() {
	if t, ok := p.client.Transport.(*kafka.Transport); ok {
		t.CloseIdleConnections()
	}
}
