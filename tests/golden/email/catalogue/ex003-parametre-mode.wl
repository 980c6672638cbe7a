// Catalogue 003 (fr:1000022269) : EmailParamètre(emailParamètreMode, 1)
// choisit l'implémentation multiplateforme ; rien n'est affiché et rien ne
// part sur le réseau (DECISIONS 17)
EmailParamètre(emailParamètreMode, 1)
EmailParamètre(emailParamètreHTML, 0)
