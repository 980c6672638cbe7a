// SPEC §3.8 : « x += 1 » est une instruction, pas une expression : Trace(num += 1) est une erreur de compilation
num est un entier = 1
Trace(num += 1)
