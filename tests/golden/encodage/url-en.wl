//! args: --lang en
// URLEncode (doc 3024040) and URLDecode (doc 3024041), English names: the
// doc's examples and special cases.
EncodedURL is string = URLEncode("http://mon site/ma page")
Trace(EncodedURL)
DecodedURL is string = URLDecode("http://monsite/mon%20etat")
Trace(DecodedURL)
// Empty string; '%' and '+' are encoded themselves.
Trace("[" + URLEncode("") + "][" + URLDecode("") + "]")
Trace(URLEncode("a+b%c"))
// The allowed characters stay as they are.
Trace(URLEncode("a-z_A.Z~0!9*'(|);/?:@&=$,#"))
// '+' becomes a space; "%26%238364%3B" (&#8364;) becomes €; a '%' followed
// by invalid characters is ignored.
Trace(URLDecode("mon+etat"), URLDecode("%26%238364%3B"), URLDecode("100%zz"))
// é: E9 in ANSI (Windows-1252), C3 A9 in UTF-8 (the default).
Trace(URLEncode("é", encodeURLFromAnsi), URLEncode("é"), URLEncode("é", encodeURLFromUTF8))
Trace(URLDecode("%E9", encodeURLToAnsi), URLDecode("%C3%A9"), URLDecode("%C3%A9", encodeURLToUTF8))
