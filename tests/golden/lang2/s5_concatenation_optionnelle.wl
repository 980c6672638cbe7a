// SPEC §5.2 : « [sep] » n'ajoute le séparateur que s'il manque ; jamais sur une chaîne vide ; « [début] + fin »
Chemin est une chaîne = "C:\Temp"
Chemin += ["\"] + "log.txt"
Trace(Chemin)
Chemin = "C:\Temp\"
Chemin += ["\"] + "log.txt"
Trace(Chemin)
Chemin = "C:\Temp"
Chemin += ["\"] + "\log.txt"
Trace(Chemin)
Liste est une chaîne
Liste += [", "] + "a"
Liste += [", "] + "b"
Trace(Liste)
Trace(["http://"] + "exemple.fr", ["http://"] + "http://site.fr")
