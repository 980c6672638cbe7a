// % (Modulo) between entiers stays an entier with the sign of the
// dividend (the integer path of the compiler gives what the general
// arithmetic gives); a remainder by zero is the error "Division par zéro",
// positioned at the operator.
a est un entier = -17
b est un entier = 5
c est un entier sur 8 octets = 9223372036854775807
Trace(a % b, 17 % -5, -17 % -5, a Modulo b)
Trace(c % 10, (c - 7) % 1000, a % 1, c % -1)
x est un entier sur 8 octets = 42
POUR i = 1 _À_ 3
	x = (x * 69069 + 1) % 4294967296
	Trace(x, x % 1000000)
FIN
v = 17
Trace(v % 5, v % b, a % v)
z est un entier = 0
Trace(c % z)
