// Package numbers is the mathematical family (doc page 3050016): Abs,
// Arrondi, PartieEntière, PartieDécimale, Max, Min, Racine, Puissance,
// EstPair, EstImpair, Hasard and InitHasard.
package numbers
