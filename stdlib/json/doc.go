// Package json binds WinDev's conversions between JSON text and Variants:
// JSONVersVariant (doc 1000021052) parses JSON into a Variant whose
// objects are named sub-elements and whose arrays are arrays of Variants
// (doc 1514019); VariantVersJSON (doc 1000021051) writes a Variant back.
// Both bound their nesting (maxDepth), so a deep input is a clear error,
// never a Go stack overflow.
package json
