package model

// Ring is a fixed-capacity FIFO buffer: pushing onto a full ring drops the
// oldest element. It never grows past its capacity, which is how every
// buffer in washboard stays bounded however long it runs.
type Ring[T any] struct {
	buf     []T
	start   int // index of the oldest element
	n       int
	dropped uint64
	edits   uint64 // Keep calls that took elements out of the middle
}

// NewRing returns a ring holding at most capacity elements (at least 1).
func NewRing[T any](capacity int) *Ring[T] {
	if capacity < 1 {
		capacity = 1
	}
	return &Ring[T]{buf: make([]T, capacity)}
}

// Push appends v, dropping the oldest element when the ring is full.
func (r *Ring[T]) Push(v T) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	r.dropped++
}

// Len is the number of elements held.
func (r *Ring[T]) Len() int { return r.n }

// Cap is the ring's capacity.
func (r *Ring[T]) Cap() int { return len(r.buf) }

// Dropped counts the elements pushed out since the ring was made.
func (r *Ring[T]) Dropped() uint64 { return r.dropped }

// At returns the i-th element, 0 being the oldest. It panics when i is out
// of range, like a slice index.
func (r *Ring[T]) At(i int) T {
	if i < 0 || i >= r.n {
		panic("model.Ring: index out of range")
	}
	return r.buf[(r.start+i)%len(r.buf)]
}

// Last returns the newest element and whether there is one.
func (r *Ring[T]) Last() (T, bool) {
	if r.n == 0 {
		var zero T
		return zero, false
	}
	return r.At(r.n - 1), true
}

// Slice copies elements [from, to) into dst (reusing its storage) in age
// order, oldest first.
func (r *Ring[T]) Slice(dst []T, from, to int) []T {
	dst = dst[:0]
	from, to = max(from, 0), min(to, r.n)
	for i := from; i < to; i++ {
		dst = append(dst, r.buf[(r.start+i)%len(r.buf)])
	}
	return dst
}

// PopOldest removes and returns the oldest element, counting it as
// dropped (positions Dropped()+i stay stable for the elements left).
func (r *Ring[T]) PopOldest() (T, bool) {
	var zero T
	if r.n == 0 {
		return zero, false
	}
	v := r.buf[r.start]
	r.buf[r.start] = zero
	r.start = (r.start + 1) % len(r.buf)
	r.n--
	r.dropped++
	return v, true
}

// Keep keeps the elements keep says yes to, in their order, and takes
// the others out wherever they are. Taking out of the middle moves the
// positions of those after (Dropped()+i no longer names what it named):
// Edits counts such changes, so a reader holding positions starts over.
func (r *Ring[T]) Keep(keep func(*T) bool) {
	w := 0
	for i := range r.n {
		v := &r.buf[(r.start+i)%len(r.buf)]
		if keep(v) {
			r.buf[(r.start+w)%len(r.buf)] = *v
			w++
		}
	}
	if w == r.n {
		return
	}
	var zero T
	for i := w; i < r.n; i++ {
		r.buf[(r.start+i)%len(r.buf)] = zero
	}
	r.n = w
	r.edits++
}

// Edits counts the Keep calls that took elements out (see Keep).
func (r *Ring[T]) Edits() uint64 { return r.edits }

// Reset empties the ring without releasing its storage.
func (r *Ring[T]) Reset() {
	clear(r.buf)
	r.start, r.n = 0, 0
}
