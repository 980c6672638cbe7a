//! args: --lang en
// HashString (doc 1000007111), PBKDF2 syntax: <Salt>, <Iteration>,
// <Length>, English names. Expected values: the RFC 6070 test vectors
// (PBKDF2-HMAC-SHA1).
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 1, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 2, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "password", "salt", 4096, 20))
Trace(K(HA_PBKDF2_HMAC_SHA_160, "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25))
// By default the length is the hash's (32 bytes for SHA-256).
Trace(Length(HashString(HA_PBKDF2_HMAC_SHA_256, "password", "salt")))
Trace(HashCheckString(HA_PBKDF2_HMAC_SHA_512, "pwd", HashString(HA_PBKDF2_HMAC_SHA_512, "pwd", "salt", 3, 10), "salt", 3, 10))
Trace(HashCheckString(HA_PBKDF2_HMAC_SHA_512, "pwd", HashString(HA_PBKDF2_HMAC_SHA_512, "pwd", "salt", 3, 10), "salt", 4, 10))

PROCEDURE K(algo is int, pwd is string, salt is string, n is int, len is int)
RETURN BufferToHexa(HashString(algo, pwd, salt, n, len), NoGrouping)
