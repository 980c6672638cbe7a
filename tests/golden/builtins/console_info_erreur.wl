// Info sur la sortie standard, Erreur et Avertissement sur la sortie d'erreur,
// un paramètre par ligne (doc 3021011, 3021013, DECISIONS 11)
Info("Première ligne", "Deuxième ligne")
Erreur("Ce code client n'existe pas.", "Vous devez d'abord le créer")
Avertissement("Attention")
ToastAffiche("Enregistré", toastCourt)
