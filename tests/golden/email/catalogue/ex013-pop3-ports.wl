// Catalogue 013 (fr:3032022) : EmailOuvreSessionPOP3 avec port et
// optionTLS, avec port, avec les valeurs par défaut, en instructions :
// aucun affichage, aucun accès au réseau
compte est une chaîne = "lecteur"
EmailOuvreSessionPOP3(compte, "secret", "pop.example.com", 995, optionTLS)
EmailOuvreSessionPOP3(compte, "secret", "pop.example.com", 110)
EmailOuvreSessionPOP3(compte, "secret", "pop.example.com")
