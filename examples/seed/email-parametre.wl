// Activation de l'implémentation multiplateforme
EmailParamètre(emailParamètreMode, 1)
