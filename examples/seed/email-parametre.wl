// Mode multiplateforme pour les fonctions e-mail
EmailParamètre(emailParamètreMode, 1)
