//! args: --lang en
// StringToUTF8 (doc 3024042), UTF8ToString (doc 3024043), BufferToHexa
// (doc 1000019916), GetGUID (doc 1000018857) and GetIdentifier (doc
// 3013028), English names.
MyUnicodeString is string = "début"
MyUTF8String is a Buffer = StringToUTF8(MyUnicodeString)
// The doc: "MaChaîneEnUTF8 contient la suite d'octets : 64 C3 A9 62 75 74"
Trace(BufferToHexa(MyUTF8String))
Trace(UTF8ToString(MyUTF8String))
// Bytes that are not UTF-8: EOT (doc 3024043).
Trace(UTF8ToString(Decode("/w==")) = EOT)
// BufferToHexa: the doc's examples, on the UTF-16 bytes of "Plétopabo"
// (a WinDev Unicode string); CR shown as "|".
b is a Buffer = Decode("UABsAOkAdABvAHAAYQBiAG8A")
Trace(Replace(BufferToHexa(b, 1), CR, "|"))
Trace(Replace(BufferToHexa(b, 2), CR, "|"))
Trace(Replace(BufferToHexa(b, 2, BigEndian), CR, "|"))
Trace(Replace(BufferToHexa(b, 4), CR, "|"))
Trace(Replace(BufferToHexa(b, 4, BigEndian), CR, "|"))
// NoGrouping: codes stuck together, no lines; NoLine; 8 bytes a line.
Trace(BufferToHexa(b, NoGrouping))
Trace(BufferToHexa(b, 1, NoLine))
Trace(Replace(BufferToHexa(b, 1, 8), CR, "|"))
// HexaToBuffer (doc 1000019914): the doc's example (BufferToHexa's output
// for "abdcefghijkl" as Unicode), and the inverse of BufferToHexa with the
// same parameters.
s is string = "61 00 62 00 64 00 63 00 65 00 66 00 67 00 68 00" + CR + "69 00 6A 00 6B 00 6C 00"
buf is a Buffer = HexaToBuffer(s)
Trace(Length(buf), BufferToHexa(buf) = s)
Trace(HexaToBuffer(BufferToHexa(b, 2), 2) = b, HexaToBuffer(BufferToHexa(b, 4, BigEndian), 4, BigEndian) = b, HexaToBuffer(BufferToHexa(b, NoGrouping), NoGrouping) = b)
// GetGUID: the doc's formats; two calls give two different GUIDs.
g is string = GetGUID()
Trace(Length(g), Left(g, 1), Right(g, 1), Middle(g, 10, 1), Middle(g, 15, 1), Middle(g, 20, 1), Middle(g, 25, 1))
Trace(Length(GetGUID(guidRaw)), Length(GetGUID(guidRaw256)), GetGUID() <> GetGUID())
// GetIdentifier: 1 on the first call, then 2...
Trace(GetIdentifier(), GetIdentifier(), GetIdentifier())
