//! xfail: wl tient un Variant affecté de 0 pour Null, et un Variant à Null comparé à une valeur non nulle pour Faux (doc 1514019 : « pas Null » et Vrai)
// Variant et Null (doc 1514019) : pour un Variant, Null veut dire « pas
// affecté » ; pour un numérique, « égal à 0 ». Un Variant qui tient 0 n'est
// donc pas Null, qu'il soit affecté ou lu par JSONVersVariant (doc
// 1000021052 : le Variant tient alors un entier). Un Variant à Null
// comparé à une valeur donne Vrai, par convention.
nb est un entier
SI nb = Null ALORS Trace("entier 0 : Null") SINON Trace("entier 0 : pas Null")
nb = 7
SI nb = Null ALORS Trace("entier 7 : Null") SINON Trace("entier 7 : pas Null")

vx est un Variant
SI vx = Null ALORS Trace("Variant vide : Null") SINON Trace("Variant vide : pas Null")
vx = 0
SI vx = Null ALORS Trace("Variant 0 : Null") SINON Trace("Variant 0 : pas Null")
vx = 7
SI vx = Null ALORS Trace("Variant 7 : Null") SINON Trace("Variant 7 : pas Null")

vn est un Variant
vn = Null
SI vn = 0 ALORS Trace("Null = 0 : Vrai") SINON Trace("Null = 0 : Faux")
SI vn = 3 ALORS Trace("Null = 3 : Vrai") SINON Trace("Null = 3 : Faux")

stock est un Variant = JSONVersVariant("{""reste"": 0}")
SI stock.reste = Null ALORS Trace("reste 0 : Null") SINON Trace("reste 0 : pas Null")
