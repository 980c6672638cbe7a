//! args: --projet wdc-constantes
// Une classe exportée en .wdc : le bloc CONSTANTE du code de déclaration,
// écrit avant « CCompte est une Classe », donne des constantes de la
// classe, atteintes par CCompte::K depuis l'extérieur (doc 6010006 ;
// forme du code WD-Mail, cCompte::CONNEXION_SSL). Une constante du bloc
// de la classe l'emporte sur celle du code de déclaration.
c est un CCompte(CCompte::MODE_SÛR)
Trace(CCompte::MODE_SÛR, c.Décrit())
d est un CCompte
Trace(d.Mode, d.Décrit())
Trace(CCompte::PORT_DÉFAUT)
