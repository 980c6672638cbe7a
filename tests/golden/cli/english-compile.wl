//! args: --lang en --strict
Trace(unknownName)
