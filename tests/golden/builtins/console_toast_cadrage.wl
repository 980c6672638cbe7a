// ToastAffiche (1000019358) with its placement constants: the doc's
// example runs; a console prints the message only.
ToastAffiche("Ceci est un message Toast.")
ToastAffiche("Ceci est un message Toast.", toastLong, cvMilieu, chCentre)
ToastAffiche("En bas à droite", toastCourt, cvBas, chDroite)
Trace(cvBas, cvMilieu, cvHaut, chGauche, chCentre, chDroite)
