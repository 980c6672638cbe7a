// Le constructeur appelé explicitement comme une méthode (doc 6010001 :
// le constructeur est une méthode de la classe) : o.Constructeur(),
// MoiMême.Constructeur() pour remettre un objet à zéro, et
// Ancêtre.Constructeur() / Base.Constructeur() sur l'objet en cours
// (forme du code réel : this.constructeur() après une suppression).
CCompteur est une Classe
	nValeur est un entier
FIN
CCompteurNommé est une Classe
	hérite de CCompteur
	sNom est une chaîne
FIN
c est un CCompteur
c.nValeur = 41
c.Constructeur()
Trace(c.nValeur)
c.nValeur = 12
c.RemetAZéro()
Trace(c.nValeur)
n est un CCompteurNommé
n.nValeur = 8
n.sNom = "autre"
n.Recommence()
Trace(n.nValeur, n.sNom)

PROCÉDURE CCompteur.Constructeur()
Trace("construction de CCompteur")
nValeur = 1

PROCÉDURE CCompteur.RemetAZéro()
MoiMême.constructeur()

PROCÉDURE CCompteurNommé.Constructeur()
sNom = "nommé"

PROCÉDURE CCompteurNommé.Recommence()
CCompteur.Constructeur()
