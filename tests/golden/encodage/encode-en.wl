//! args: --lang en
// Encode (doc 1000022258) and Decode (doc 1000022259), English names.
// Expected values: the RFC 4648 §10 test vectors (BASE 64, which the doc
// says it follows).
Trace("[" + Encode("") + "]")
Trace(Encode("f"))
Trace(Encode("fo"))
Trace(Encode("foo"))
Trace(Encode("foob"))
Trace(Encode("fooba", encodeBASE64))
Trace(Encode("foobar", encodeBASE64NoCR))
// BASE 64 URL (RFC 4648 §5): '-' and '_' instead of '+' and '/'; wl leaves
// out the trailing '=' (as JWT does); Decode takes it with or without.
b is a Buffer = Decode("+/8=")
Trace(Encode(b, encodeBASE64NoCR), Encode(b, encodeBASE64URL))
Trace(Decode("Zm9vYmFy"), Decode("Zm9vYmE=", encodeBASE64NoCR), Decode("Zm9vYg", encodeBASE64URL))
Trace(Decode(Encode(b, encodeBASE64URL), encodeBASE64URL) = b)
// Decode gives a Buffer (the data may be binary).
Trace(Length(Decode("AAE=")), BufferToHexa(Decode("AAE=")))
// encodeBASE64 breaks its lines at 76 characters with a CR (CR LF, as
// MIME does, RFC 2045): 57 bytes fit on one line, 58 do not.
Trace(Length(Encode(RepeatString("a", 57))), Length(Encode(RepeatString("a", 58))))
Trace(Decode(Encode(RepeatString("a", 58))) = RepeatString("a", 58))
// The URL formats of Encode are URLEncode's (doc 3024040).
Trace(Encode("é", encodeURLFromAnsi), Encode("é", encodeURLFromUTF8))
Errors()

PROCEDURE Errors()
Bad("Zm9v!")
Bad("Zm9v", encodeBASE85)

PROCEDURE Bad(s is string, f is int = encodeBASE64)
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
Trace(Decode(s, f))
