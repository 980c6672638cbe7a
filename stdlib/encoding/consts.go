package encoding

import "github.com/wlangage/wl/runtime"

// Encoding formats of Encode, Décode, URLEncode and URLDécode (doc
// 1000022258). The doc gives no values; each URL "Depuis" constant has
// the value of its "Vers" twin, since Décode must be given the constant
// Encode used.
const (
	EncodeBASE64 = iota + 1
	EncodeBASE64SansRC
	EncodeBASE64URL
	EncodeBASE85
	EncodePCS
	EncodeURLAnsi
	EncodeURLUnicode
	EncodeURLUTF8
	EncodeURLParametre
	EncodeUUEncode
)

// Hash algorithms of HashChaîne (doc 1000007111). Only those Go's
// standard library provides get a value wl can compute; the others are
// declared so that a script naming them gets a clear error at run time
// rather than an unknown-name error.
const (
	HaMD5 = iota + 1
	HaSHA160
	HaSHA256
	HaSHA256Double
	HaSHA384
	HaSHA512
	HaSHA3_224
	HaSHA3_256
	HaSHA3_384
	HaSHA3_512
	// hmacBase is added to a hash to name its HMAC variant.
	hmacBase = 100
	// pbkdf2Base is added to a hash to name its PBKDF2-HMAC variant.
	pbkdf2Base = 200
	// unsupportedBase starts the algorithms wl does not provide.
	unsupportedBase = 1000
)

// DonneGUID formats (doc 1000018857).
const (
	GuidFormate = iota + 1
	GuidBrut
	GuidBrut256
)

// BufferVersHexa options (doc 1000019916): SansRegroupement as the word
// size; SansLigne and BigEndian are flags of the line length, which
// combine with + ("ajoutez la constante BigEndian").
const (
	SansRegroupement = 0
	SansLigne        = 0x10000000
	BigEndian        = 0x20000000
)

// unsupportedHashes are the HashChaîne algorithms of the doc that Go's
// standard library does not provide, in a fixed order (their values).
var unsupportedHashes = []string{
	"HA_DJB2_32", "HA_DJB2_64", "HA_MD4",
	"HA_MURMUR_1", "HA_MURMUR_2", "HA_MURMUR_2_64A", "HA_MURMUR_2_64B", "HA_MURMUR_2_A",
	"HA_MURMUR_2_BIG_ENDIAN", "HA_MURMUR_2_ALIGNE", "HA_MURMUR_3_32", "HA_MURMUR_3_128_X86",
	"HA_MURMUR_3_128_X64", "HA_RIPEMD_128", "HA_RIPEMD_160",
	"HA_TIGER_128", "HA_TIGER_160", "HA_TIGER_192", "HA_WHIRLPOOL",
	"HA_CKSUM_8", "HA_CKSUM_16", "HA_CKSUM_32", "HA_CKSUM_64",
	"HA_HMAC_MD4", "HA_HMAC_RIPEMD_128", "HA_HMAC_RIPEMD_160",
	"HA_HMAC_TIGER_128", "HA_HMAC_TIGER_160", "HA_HMAC_TIGER_192", "HA_HMAC_WHIRLPOOL",
	"HA_PBKDF2_HMAC_MD4", "HA_PBKDF2_HMAC_RIPEMD_128", "HA_PBKDF2_HMAC_RIPEMD_160",
	"HA_PBKDF2_HMAC_TIGER_128", "HA_PBKDF2_HMAC_TIGER_160", "HA_PBKDF2_HMAC_TIGER_192",
	"HA_PBKDF2_HMAC_WHIRLPOOL",
	// The page does not say what "SHA-256 double" is as the PRF of PBKDF2.
	"HA_PBKDF2_HMAC_SHA_256_DOUBLE",
}

// hashNames are the names of the algorithms wl computes, by value (an
// array, not a map: nothing is built at init).
var hashNames = [...]string{
	HaMD5: "HA_MD5_128", HaSHA160: "HA_SHA_160", HaSHA256: "HA_SHA_256",
	HaSHA256Double: "HA_SHA_256_DOUBLE", HaSHA384: "HA_SHA_384", HaSHA512: "HA_SHA_512",
	HaSHA3_224: "HA_SHA3_224", HaSHA3_256: "HA_SHA3_256", HaSHA3_384: "HA_SHA3_384",
	HaSHA3_512: "HA_SHA3_512",
}

// consts are the family's constants (AddConstTable). The English
// aliases of the encode*, guid* and BufferVersHexa constants are UNCONFIRMED
// (the French pages do not give them): WinDev's usual translations.
func consts() []runtime.Const {
	cs := []runtime.Const{
		{Name: "encodeBASE64", Value: runtime.Int(EncodeBASE64)},
		{Name: "encodeBASE64SansRC", Aliases: []string{"encodeBASE64NoCR"}, Value: runtime.Int(EncodeBASE64SansRC)},
		{Name: "encodeBASE64URL", Value: runtime.Int(EncodeBASE64URL)},
		{Name: "encodeBASE85", Value: runtime.Int(EncodeBASE85)},
		{Name: "encodePCS", Value: runtime.Int(EncodePCS)},
		{Name: "encodeURLDepuisAnsi", Aliases: []string{"encodeURLFromAnsi"}, Value: runtime.Int(EncodeURLAnsi)},
		{Name: "encodeURLVersAnsi", Aliases: []string{"encodeURLToAnsi"}, Value: runtime.Int(EncodeURLAnsi)},
		{Name: "encodeURLDepuisUnicode", Aliases: []string{"encodeURLFromUnicode"}, Value: runtime.Int(EncodeURLUnicode)},
		{Name: "encodeURLVersUnicode", Aliases: []string{"encodeURLToUnicode"}, Value: runtime.Int(EncodeURLUnicode)},
		{Name: "encodeURLDepuisUTF8", Aliases: []string{"encodeURLFromUTF8"}, Value: runtime.Int(EncodeURLUTF8)},
		{Name: "encodeURLVersUTF8", Aliases: []string{"encodeURLToUTF8"}, Value: runtime.Int(EncodeURLUTF8)},
		{Name: "encodeURLParamètre", Aliases: []string{"encodeURLParameter"}, Value: runtime.Int(EncodeURLParametre)},
		{Name: "encodeUUEncode", Value: runtime.Int(EncodeUUEncode)},
		{Name: "guidFormaté", Aliases: []string{"guidFormatted"}, Value: runtime.Int(GuidFormate)},
		{Name: "guidBrut", Aliases: []string{"guidRaw"}, Value: runtime.Int(GuidBrut)},
		{Name: "guidBrut256", Aliases: []string{"guidRaw256"}, Value: runtime.Int(GuidBrut256)},
		{Name: "SansRegroupement", Aliases: []string{"NoGrouping"}, Value: runtime.Int(SansRegroupement)},
		{Name: "SansLigne", Aliases: []string{"NoLine"}, Value: runtime.Int(SansLigne)},
		{Name: "BigEndian", Value: runtime.Int(BigEndian)},
	}
	for v, n := range hashNames {
		if n == "" {
			continue
		}
		v := int64(v)
		cs = append(cs, runtime.Const{Name: n, Value: runtime.Int(v)})
		cs = append(cs, runtime.Const{Name: "HA_HMAC" + n[2:], Value: runtime.Int(v + hmacBase)})
		if v != HaSHA256Double {
			cs = append(cs, runtime.Const{Name: "HA_PBKDF2_HMAC" + n[2:], Value: runtime.Int(v + pbkdf2Base)})
		}
	}
	for i, n := range unsupportedHashes {
		cs = append(cs, runtime.Const{Name: n, Value: runtime.Int(int64(unsupportedBase + i))})
	}
	return cs
}
