// HexaVersBuffer (doc 1000019914) : un texte hexadécimal sans espaces est lu
// octet après octet avec le mot d'un octet par défaut ; avec des mots de
// plusieurs octets, chaque mot entier est petit-boutiste (son dernier
// octet d'abord), comme BufferVersHexa l'écrit (doc 1000019916), et les
// octets qui restent après le dernier mot entier sont lus tels quels.
Trace(HexaVersBuffer("4F75 69"))
Trace(HexaVersBuffer("4E6F6E"))
Trace(BufferVersHexa(HexaVersBuffer("4F75692C", 2), 2))
Trace(HexaVersBuffer("754F2C69", 2))
Trace(HexaVersBuffer("754F2C6921", 2))
// PBKDF2 (doc 1000007111) : le travail demandé est borné (10 millions de
// calculs HMAC), un appel de fonction ne pouvant être interrompu.
Trace(HashChaîne(HA_PBKDF2_HMAC_SHA_256, "mot", "sel", 20000000))
