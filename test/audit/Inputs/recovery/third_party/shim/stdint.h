// A shim for another compiler, as vendored libraries carry: if it replaced
// the system's <stdint.h>, every standard header after it would break.
#error "this stdint.h is for another compiler"
