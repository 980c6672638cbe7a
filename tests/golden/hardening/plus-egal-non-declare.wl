// DECISIONS 4 (issue 12, point 17): x += 1 reads x as y++ does: a name
// never declared is error 301 in both.
x += 1
y++
z -= 2
w = 1
w += 1
Trace(w)
