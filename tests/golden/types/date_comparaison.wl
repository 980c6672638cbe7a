// Les dates se comparent entre elles ; face à une DateHeure, l'heure est ignorée
// (fr:1514040).
a est une Date = "20011231"
b est une Date = "20020101"
Trace(a < b, a > b, a = b, a <> b)
dh est une DateHeure = "200112311830"
Trace(a = dh, b > dh)
// Une chaîne AAAAMMJJ se compare comme une date
Trace(a = "20011231", a < "20011301")
