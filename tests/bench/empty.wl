// Banc d'essai « empty » : démarrage seul
Trace(0)
