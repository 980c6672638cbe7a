// DECISIONS 4, SPEC §10 : lire un nom jamais déclaré ni affecté est l'erreur de compilation 301, même en mode permissif
Trace("jamais exécuté")
Trace(Inconnu + 1)
