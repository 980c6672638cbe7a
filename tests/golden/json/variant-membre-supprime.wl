//! xfail: Supprime(v..Membre, i) crée un membre « Membre » à Null au lieu d'ôter le i-ème membre
// Ôter un sous-élément nommé d'un Variant (doc 1514019) : Supprime sur le
// tableau que donne ..Membre (doc 1000021078) retire le membre de ce rang.
Badge est un Variant
Badge.Porteur = "Inès"
Badge.Niveau = 2
Badge.Expire = "2027-01-31"
Supprime(Badge..Membre, 2)
Trace(VariantVersJSON(Badge, psdMinifié))
Trace(Badge..Membre..Occurrence, Badge.Niveau..Existe, Badge.Expire..Existe)
