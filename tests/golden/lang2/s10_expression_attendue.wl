// Expression attendue (issue 11): code wl 9101
x est un entier = 1 +
