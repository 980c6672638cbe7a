// HashChaîne (doc 1000007111) et HashVérifieChaîne (doc 1000007113). Le
// résultat est un Buffer, affiché avec BufferVersHexa(…, SansRegroupement)
// comme la doc le conseille (doc 1000019916). Valeurs attendues : vecteurs
// publiés (FIPS 180-2 et FIPS 202 pour "abc", RFC 1321, RFC 2202, RFC 4231
// cas 2 pour les HMAC) ; HA_SHA_256_DOUBLE est SHA-256(SHA-256(x)).
Trace(H(HA_MD5_128, ""))
Trace(H(HA_MD5_128, "abc"))
Trace(H(HA_SHA_160, "abc"))
Trace(H(HA_SHA_256, ""))
Trace(H(HA_SHA_256, "abc"))
Trace(H(HA_SHA_256_DOUBLE, "abc"))
Trace(H(HA_SHA_384, "abc"))
Trace(H(HA_SHA_512, "abc"))
Trace(H(HA_SHA3_224, "abc"))
Trace(H(HA_SHA3_256, "abc"))
Trace(H(HA_SHA3_384, "abc"))
Trace(H(HA_SHA3_512, "abc"))
Trace(HM(HA_HMAC_MD5_128, "what do ya want for nothing?", "Jefe"))
Trace(HM(HA_HMAC_SHA_160, "what do ya want for nothing?", "Jefe"))
Trace(HM(HA_HMAC_SHA_256, "what do ya want for nothing?", "Jefe"))
Trace(HM(HA_HMAC_SHA_384, "what do ya want for nothing?", "Jefe"))
Trace(HM(HA_HMAC_SHA_512, "what do ya want for nothing?", "Jefe"))
// Le hash d'une chaîne porte sur ses octets UTF-8 ; 32 octets pour SHA-256.
Trace(Taille(HashChaîne(HA_SHA_256, "début")), H(HA_MD5_128, "é") = H(HA_MD5_128, Décode("w6k=")))
// Exemple de la doc : deux saisies identiques ont le même hash.
Hash1 est un Buffer = HashChaîne(HA_MD5_128, "saisie")
Hash2 est un Buffer = HashChaîne(HA_MD5_128, "saisie")
SI Hash1 = Hash2 ALORS Trace("Les deux chaînes sont identiques.")
Trace(HashVérifieChaîne(HA_SHA_160, "abc", HashChaîne(HA_SHA_160, "abc")), HashVérifieChaîne(HA_SHA_160, "abd", HashChaîne(HA_SHA_160, "abc")))
Trace(HashVérifieChaîne(HA_HMAC_SHA_256, "m", HashChaîne(HA_HMAC_SHA_256, "m", "k"), "k"), HashVérifieChaîne(HA_HMAC_SHA_256, "m", HashChaîne(HA_HMAC_SHA_256, "m", "k"), "K"))
// Un algorithme de la doc que wl ne calcule pas est une erreur, jamais
// une valeur fausse.
Essaie(HA_MD4, "")
Essaie(HA_MURMUR_3_32, "")
Essaie(HA_HMAC_SHA_256, "")
Essaie(HA_SHA_256, "clé")

PROCÉDURE H(algo est un entier, s est une chaîne)
RENVOYER BufferVersHexa(HashChaîne(algo, s), SansRegroupement)

PROCÉDURE HM(algo est un entier, s est une chaîne, clé est une chaîne)
RENVOYER BufferVersHexa(HashChaîne(algo, s, clé), SansRegroupement)

PROCÉDURE Essaie(algo est un entier, clé est une chaîne)
QUAND EXCEPTION
	Trace("erreur :", ExceptionInfo(errMessage))
	RETOUR
FIN
SI clé = "" ALORS
	Trace(HashChaîne(algo, "abc"))
SINON
	Trace(HashChaîne(algo, "abc", clé))
FIN
