// 0m force un monétaire : tous ses chiffres sont gardés (fr:1514043).
m est un monétaire = 0m12345678901234567.891234
Trace(m)
Trace(0m0.1 + 0m0.2)
