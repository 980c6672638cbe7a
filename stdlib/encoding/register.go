package encoding

import "github.com/wlangage/wl/runtime"

// Install registers the encoding family.
func Install(r *runtime.Registry) {
	r.AddConstTable(consts)
	r.AddFuncs(funcs())
}

// funcs is the family's table (see runtime.Func).
func funcs() []runtime.Func {
	return []runtime.Func{
		{Name: "Encode", Min: 1, Max: 2, Fn: encode},
		{Name: "Décode", Aliases: []string{"Decode"}, Min: 1, Max: 2, Fallible: true, Fn: decode},
		{Name: "URLEncode", Min: 1, Max: 2, Fn: urlEncode},
		{Name: "URLDécode", Aliases: []string{"URLDecode"}, Min: 1, Max: 2, Fn: urlDecode},
		{Name: "HashChaîne", Aliases: []string{"HashString"}, Min: 2, Max: 5, Fn: hashChaine},
		{Name: "HashVérifieChaîne", Aliases: []string{"HashCheckString"}, Min: 3, Max: 6, Fn: hashVerifieChaine},
		{Name: "ChaîneVersUTF8", Aliases: []string{"StringToUTF8"}, Min: 1, Max: 1, Fn: chaineVersUTF8},
		{Name: "UTF8VersChaîne", Aliases: []string{"UTF8ToString"}, Min: 1, Max: 1, Fn: utf8VersChaine},
		{Name: "BufferVersHexa", Aliases: []string{"BufferToHexa"}, Min: 1, Max: 3, Fn: bufferVersHexa},
		{Name: "HexaVersBuffer", Aliases: []string{"HexaToBuffer"}, Min: 1, Max: 3, Fn: hexaVersBuffer},
		{Name: "DonneGUID", Aliases: []string{"GetGUID"}, Min: 0, Max: 1, Fn: donneGUID},
		{Name: "DonneIdentifiant", Aliases: []string{"GetIdentifier"}, Min: 0, Max: 0, Fn: donneIdentifiant},
	}
}
