//! args: --lang en
// HashString (doc 1000007111) and HashCheckString (doc 1000007113),
// English names. The result is a Buffer, shown with BufferToHexa(…,
// NoGrouping) as the doc advises (doc 1000019916). Expected values: the
// published vectors (FIPS 180-2 and FIPS 202 for "abc", RFC 1321, RFC 2202,
// RFC 4231 case 2 for the HMACs); HA_SHA_256_DOUBLE is SHA-256(SHA-256(x)).
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
// A string is hashed as its UTF-8 bytes; SHA-256 gives 32 bytes.
Trace(Length(HashString(HA_SHA_256, "début")), H(HA_MD5_128, "é") = H(HA_MD5_128, Decode("w6k=")))
// The doc's example: two identical inputs have the same hash.
Hash1 is a Buffer = HashString(HA_MD5_128, "input")
Hash2 is a Buffer = HashString(HA_MD5_128, "input")
IF Hash1 = Hash2 THEN Trace("The two strings are identical.")
Trace(HashCheckString(HA_SHA_160, "abc", HashString(HA_SHA_160, "abc")), HashCheckString(HA_SHA_160, "abd", HashString(HA_SHA_160, "abc")))
Trace(HashCheckString(HA_HMAC_SHA_256, "m", HashString(HA_HMAC_SHA_256, "m", "k"), "k"), HashCheckString(HA_HMAC_SHA_256, "m", HashString(HA_HMAC_SHA_256, "m", "k"), "K"))
// An algorithm of the doc that wl does not compute is an error, never a
// wrong value.
Try(HA_MD4, "")
Try(HA_MURMUR_3_32, "")
Try(HA_HMAC_SHA_256, "")
Try(HA_SHA_256, "key")

PROCEDURE H(algo is int, s is string)
RETURN BufferToHexa(HashString(algo, s), NoGrouping)

PROCEDURE HM(algo is int, s is string, key is string)
RETURN BufferToHexa(HashString(algo, s, key), NoGrouping)

PROCEDURE Try(algo is int, key is string)
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
IF key = "" THEN
	Trace(HashString(algo, "abc"))
ELSE
	Trace(HashString(algo, "abc", key))
END
