// Reproduit le comportement documenté de fr:1410087514 (exemple 024) : la même phrase construite par concaténation « + » puis par [% %] (option active par défaut, DECISIONS 9) donne le même texte.
Logiciel est une chaîne = "WEBDEV"
Phrase est une chaîne
Phrase = "Je développe avec " + Logiciel + " depuis dix ans."
Trace("Par concaténation : " + Phrase)
Phrase = "Je développe avec [%Logiciel%] depuis dix ans."
Trace("Par interpolation : " + Phrase)
