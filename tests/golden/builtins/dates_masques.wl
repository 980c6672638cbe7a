// DateVersChaîne (doc 3027025) : les constantes de format. maskDateEmail et
// maskDateInternet écrivent le fuseau horaire local (les tests le fixent à
// Paris, celui des exemples de la page : +01:00 en hiver, +02:00 en été),
// leurs variantes UTC le temps universel.
Res est une chaîne
Res = DateVersChaîne("20191125", maskDateEmail)
Trace(Res)	// doc : "Mon, 25 Nov 2019 00:00:00 +0100"
Res = DateVersChaîne("20190825", maskDateEmail)
Trace(Res)	// doc : "Sun, 25 Aug 2019 00:00:00 +0200"
Res = DateVersChaîne("20191125", maskDateEmailUTC)
Trace(Res)	// doc : "Sun, 24 Nov 2019 23:00:00 +0000"
Res = DateVersChaîne("20190825", maskDateInternet)
Trace(Res)	// doc : "2019-08-25T00:00:00.000+02:00"
Res = DateVersChaîne("20190825", maskDateInternetUTC)
Trace(Res)	// doc : "2019-08-24T22:00:00.000Z"

// maskDateSystème : le format du projet pour la langue ; sans description
// de projet, celui de DateVersChaîne sans format (JJ/MM/AAAA, avec l'heure
// pour une DateHeure). L'horloge des tests est au 15/06/2025 14:30:45.
Trace(DateVersChaîne(DateSys(), maskDateSystème), DateVersChaîne("20191225", maskDateSystème))
dh est une DateHeure = "20191125183005120"
Trace(DateVersChaîne(dh, maskDateSystème))

// Une DateHeure garde son heure ; la syntaxe préfixée et DateHeureVersChaîne
// prennent les mêmes constantes.
Trace(DateVersChaîne(dh, maskDateEmail))
Trace(DateVersChaîne(dh, maskDateInternet), DateVersChaîne(dh, maskDateInternetUTC))
Trace(dh.VersChaîne(maskDateEmailUTC))
Trace(DateHeureVersChaîne("2019082523595999", maskDateInternet))
d est une Date = "20190825"
Trace(d.VersChaîne(maskDateInternetUTC))
