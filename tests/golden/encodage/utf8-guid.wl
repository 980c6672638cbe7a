// ChaîneVersUTF8 (doc 3024042), UTF8VersChaîne (doc 3024043),
// BufferVersHexa (doc 1000019916), DonneGUID (doc 1000018857) et
// DonneIdentifiant (doc 3013028).
MaChaîneUnicode est une chaîne = "début"
MaChaîneEnUTF8 est un Buffer = ChaîneVersUTF8(MaChaîneUnicode)
// La doc : « MaChaîneEnUTF8 contient la suite d'octets : 64 C3 A9 62 75 74 »
Trace(BufferVersHexa(MaChaîneEnUTF8))
Trace(UTF8VersChaîne(MaChaîneEnUTF8))
// Des octets qui ne sont pas de l'UTF-8 : EOT (doc 3024043).
Trace(UTF8VersChaîne(Décode("/w==")) = EOT)
// BufferVersHexa : les exemples de la doc, sur les octets UTF-16 de
// "Plétopabo" (une chaîne Unicode de WinDev) ; RC affiché "|".
b est un Buffer = Décode("UABsAOkAdABvAHAAYQBiAG8A")
Trace(Remplace(BufferVersHexa(b, 1), RC, "|"))
Trace(Remplace(BufferVersHexa(b, 2), RC, "|"))
Trace(Remplace(BufferVersHexa(b, 2, BigEndian), RC, "|"))
Trace(Remplace(BufferVersHexa(b, 4), RC, "|"))
Trace(Remplace(BufferVersHexa(b, 4, BigEndian), RC, "|"))
// SansRegroupement : codes collés, sans ligne ; SansLigne ; 8 par ligne.
Trace(BufferVersHexa(b, SansRegroupement))
Trace(BufferVersHexa(b, 1, SansLigne))
Trace(Remplace(BufferVersHexa(b, 1, 8), RC, "|"))
// HexaVersBuffer (doc 1000019914) : l'exemple de la doc (la sortie de
// BufferVersHexa pour "abdcefghijkl" en Unicode), et l'inverse de
// BufferVersHexa avec les mêmes paramètres.
s est une chaîne = "61 00 62 00 64 00 63 00 65 00 66 00 67 00 68 00" + RC + "69 00 6A 00 6B 00 6C 00"
buf est un Buffer = HexaVersBuffer(s)
Trace(Taille(buf), BufferVersHexa(buf) = s)
Trace(HexaVersBuffer(BufferVersHexa(b, 2), 2) = b, HexaVersBuffer(BufferVersHexa(b, 4, BigEndian), 4, BigEndian) = b, HexaVersBuffer(BufferVersHexa(b, SansRegroupement), SansRegroupement) = b)
// DonneGUID : formats de la doc ; deux appels donnent deux GUID distincts.
g est une chaîne = DonneGUID()
Trace(Taille(g), Gauche(g, 1), Droite(g, 1), Milieu(g, 10, 1), Milieu(g, 15, 1), Milieu(g, 20, 1), Milieu(g, 25, 1))
Trace(Taille(DonneGUID(guidBrut)), Taille(DonneGUID(guidBrut256)), DonneGUID() <> DonneGUID())
// DonneIdentifiant : 1 au premier appel, puis 2...
Trace(DonneIdentifiant(), DonneIdentifiant(), DonneIdentifiant())
