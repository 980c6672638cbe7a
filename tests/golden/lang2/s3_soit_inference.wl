// SPEC §3.1 : « soit » déclare en déduisant le type de la valeur ; « soit x est un type = v » aussi
soit n = 5
n += 2
Trace(n)
soit s = "abc"
s += "d"
Trace(s)
soit r = 2.5
Trace(r * 2)
soit m est un entier = 5
Trace(m++)
Trace(++m)
