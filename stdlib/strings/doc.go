// Package strings is the WLangage string family (SPEC §7.3): Taille,
// Gauche, Position, Remplace, ExtraitChaîne, ChaîneConstruit,
// NumériqueVersChaîne, Val and the others of the "Fonctions de gestion
// des chaînes de caractères" list (doc page 3024015). Positions are
// 1-based and counted in characters.
package strings
