// Encode (doc 1000022258) et Décode (doc 1000022259). Valeurs attendues :
// vecteurs de la RFC 4648 §10 (BASE 64, que la doc dit respecter).
Trace("[" + Encode("") + "]")
Trace(Encode("f"))
Trace(Encode("fo"))
Trace(Encode("foo"))
Trace(Encode("foob"))
Trace(Encode("fooba", encodeBASE64))
Trace(Encode("foobar", encodeBASE64SansRC))
// BASE 64 URL (RFC 4648 §5) : '-' et '_' au lieu de '+' et '/' ; wl omet
// le '=' de fin (usage JWT), Décode l'accepte avec ou sans.
b est un Buffer = Décode("+/8=")
Trace(Encode(b, encodeBASE64SansRC), Encode(b, encodeBASE64URL))
Trace(Décode("Zm9vYmFy"), Décode("Zm9vYmE=", encodeBASE64SansRC), Décode("Zm9vYg", encodeBASE64URL))
Trace(Décode(Encode(b, encodeBASE64URL), encodeBASE64URL) = b)
// Décode rend un Buffer (les données peuvent être binaires).
Trace(Taille(Décode("AAE=")), BufferVersHexa(Décode("AAE=")))
// encodeBASE64 coupe les lignes à 76 caractères par un RC (CR LF, comme
// MIME, RFC 2045) : 57 octets tiennent sur une ligne, 58 non.
Trace(Taille(Encode(Répète("a", 57))), Taille(Encode(Répète("a", 58))))
Trace(Décode(Encode(Répète("a", 58))) = Répète("a", 58))
// Formats URL de Encode : ceux de URLEncode (doc 3024040).
Trace(Encode("é", encodeURLDepuisAnsi), Encode("é", encodeURLDepuisUTF8))
Erreurs()

PROCÉDURE Erreurs()
Mauvais("Zm9v!")
Mauvais("Zm9v", encodeBASE85)

PROCÉDURE Mauvais(s est une chaîne, f est un entier = encodeBASE64)
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
Trace(Décode(s, f))
