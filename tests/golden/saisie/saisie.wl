//! args: --interactive
//! stdin: Dupont
//! stdin:
//! stdin: 0612345678
//! stdin: 2
//! stdin:
//! stdin:
//! stdin: 7
//! stdin: annuler
// Saisie (doc 3021016) : la syntaxe simplifiée renvoie 1 (OK) ou 0 (Annuler),
// la syntaxe avec paramètres remplace %1, la syntaxe directe renvoie le numéro
// du bouton cliqué (tableau de libellés, bouton par défaut 1, bouton
// d'annulation le dernier) ; la variable reçoit la réponse quel que soit le
// bouton. Les réponses viennent de l'entrée standard (wl run --interactive).
Nom est une chaîne = "inconnu"
r est un entier = Saisie("Votre nom ?", Nom)
Trace("simplifiée", r, Nom)
Age est un entier = 30
r = Saisie("Âge de %1 ?", Age, Nom)
Trace("paramètre", r, Age)
NumTel est une chaîne
r = Saisie("Quel est votre numéro ?", NumTel, ["Valider", "Pas de téléphone", "Annuler"], 1, 3, dlgIcôneQuestion)
Trace("directe", r, NumTel)
Boutons est un tableau de chaînes = ["Un", "Deux", "Annuler"]
Qte est un entier = 4
r = Saisie("Quantité ?", Qte, Boutons, 2)
Trace("défaut", r, Qte)
r = Saisie("Quantité ?", Qte, Boutons)
Trace("libellé", r, Qte + 1)
// Fin de l'entrée : le bouton d'annulation, la variable garde sa valeur.
r = Saisie("Encore ?", Qte, Boutons, 1, 2)
Trace("fin", r, Qte)
r = Saisie("Encore ?", Nom)
Trace("fin simplifiée", r, Nom)
// Un bouton par défaut hors des libellés est une erreur d'exécution.
r = Saisie("Quantité ?", Qte, Boutons, 4)
