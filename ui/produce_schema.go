package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/washboard/washboard/model"
)

// Schemas encodes produced values with a registry schema
// (source.Registry). Both methods do I/O: panes call them only inside
// commands and the goroutines those start.
type Schemas interface {
	// Subjects lists the registry's subjects.
	Subjects(ctx context.Context) ([]string, error)
	// Encoder fetches the schema a model.SchemaRef names and returns a
	// function writing JSON in its wire format (errors name the field).
	Encoder(ctx context.Context, ref string) (func(js []byte) ([]byte, error), error)
}

// subjectsMsg carries the registry's subjects to the schema field's
// suggestions.
type subjectsMsg struct{ subjects []string }

func (subjectsMsg) paneIndex() int { return paneProduce }

// loadSubjects asks the registry for its subjects, off Update.
func (p *ProducePane) loadSubjects() tea.Cmd {
	if p.c.Schemas == nil {
		return nil
	}
	ctx, reg := p.c.Ctx, p.c.Schemas
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		subs, err := reg.Subjects(ctx)
		if err != nil {
			return nil // the schema field still takes a typed subject
		}
		return subjectsMsg{subjects: subs}
	}
}

// producer is what a send or burst of form writes through: the cluster's
// producer, or with a schema named, one that first encodes each value.
func (p *ProducePane) producer(form model.Form) Producer {
	ref := strings.TrimSpace(form.Schema)
	if ref == "" || p.c.Schemas == nil {
		return p.c.Producer
	}
	return &schemaProducer{prod: p.c.Producer, reg: p.c.Schemas, ref: ref}
}

// schemaProducer encodes values with one schema, fetched on the first
// record: a burst asks the registry once, not once per record. It belongs
// to one send or one burst goroutine.
type schemaProducer struct {
	prod   Producer
	reg    Schemas
	ref    string
	encode func([]byte) ([]byte, error)
}

func (s *schemaProducer) Produce(ctx context.Context, out model.Outgoing) (model.Delivery, error) {
	if s.encode == nil {
		enc, err := s.reg.Encoder(ctx, s.ref)
		if err != nil {
			return model.Delivery{}, fmt.Errorf("schema %s: %w", s.ref, err)
		}
		s.encode = enc
	}
	v, err := s.encode(out.Value)
	if err != nil {
		return model.Delivery{}, fmt.Errorf("value does not fit schema %s: %w", s.ref, err)
	}
	out.Value = v
	return s.prod.Produce(ctx, out)
}
