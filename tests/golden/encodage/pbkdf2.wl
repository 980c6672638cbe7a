// HashChaîne (doc 1000007111), syntaxe PBKDF2 : <Sel>, <Itération>,
// <Longueur>. Valeurs attendues : vecteurs de la RFC 6070
// (PBKDF2-HMAC-SHA1).
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 1, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 2, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 4096, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25))
// Par défaut, la longueur est celle du hash (32 octets pour SHA-256).
Trace(Taille(HashChaîne(HA_PBKDF2_HMAC_SHA_256, "password", "salt")))
Trace(HashVérifieChaîne(HA_PBKDF2_HMAC_SHA_512, "mdp", HashChaîne(HA_PBKDF2_HMAC_SHA_512, "mdp", "sel", 3, 10), "sel", 3, 10))
Trace(HashVérifieChaîne(HA_PBKDF2_HMAC_SHA_512, "mdp", HashChaîne(HA_PBKDF2_HMAC_SHA_512, "mdp", "sel", 3, 10), "sel", 4, 10))

PROCÉDURE K(algo est un entier, mdp est une chaîne, sel est une chaîne, n est un entier, lg est un entier)
RENVOYER BufferVersHexa(HashChaîne(algo, mdp, sel, n, lg), SansRegroupement)
