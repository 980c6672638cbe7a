// An enumeration declared in a class (doc 1514067: `::E` in its methods,
// `C::E` outside), with associated values; a member of that type.
CAuth est une Classe
	E_Fournisseur est une énumération
		Google = "google.com"
		GitHub = "github.com"
	FIN
	m_eDernier est un E_Fournisseur
FIN

o est un CAuth
o.Connexion(GitHub)
o.Connexion(CAuth::E_Fournisseur.Google)
Trace(o.m_eDernier..Nom)
POUR TOUT f DE CAuth::E_Fournisseur
	Trace(f..Nom, f..Valeur)
FIN

PROCÉDURE CAuth.Connexion(eFournisseur est CAuth::E_Fournisseur)
SELON eFournisseur
	CAS Google : Trace("Google", eFournisseur..Valeur)
	CAS GitHub : Trace("GitHub", eFournisseur..Valeur)
FIN
e est un ::E_Fournisseur = eFournisseur
:m_eDernier = e
