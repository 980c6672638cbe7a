// Package windevnames is the table of WinDev's built-in function names, in
// French and English, as the function index of the WLangage help lists
// them (doc.pcsoft.fr; mirrored in gcarcau/windev-react,
// windev-wlangage/index/fonctions.md). Facts only: names, not behaviour.
//
// wl uses it to tell a call of a WinDev function it does not provide
// (HLitPremier, FenEtat, …) from a name nobody declared.
package windevnames
