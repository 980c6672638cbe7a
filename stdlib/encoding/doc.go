// Package encoding is the encoding and hashing family: Encode and Décode
// (doc 1000022258, 1000022259), URLEncode and URLDécode (3024040,
// 3024041), HashChaîne and HashVérifieChaîne (1000007111, 1000007113),
// ChaîneVersUTF8 and UTF8VersChaîne (3024042, 3024043), BufferVersHexa
// and HexaVersBuffer (1000019916, 1000019914), DonneGUID (1000018857)
// and DonneIdentifiant (3013028).
//
// A wl chaîne is Unicode; where WinDev works on the bytes of a string
// (hashing, base 64), wl takes its UTF-8 bytes, and a Buffer's bytes as
// they are. Formats and algorithms wl does not provide are a positioned
// error, never a value computed some other way.
package encoding
