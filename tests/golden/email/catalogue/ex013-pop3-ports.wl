// Catalogue 013 (fr:3032022) : EmailOuvreSessionPOP3 avec port et
// optionTLS, avec port, avec les valeurs par défaut, en instructions :
// aucun affichage, aucun accès au réseau (serveur en .invalid, RFC 6761)
compte est une chaîne = "lecteur"
EmailOuvreSessionPOP3(compte, "secret", "pop.example.invalid", 995, optionTLS)
EmailOuvreSessionPOP3(compte, "secret", "pop.example.invalid", 110)
EmailOuvreSessionPOP3(compte, "secret", "pop.example.invalid")
