//! args: --lang en
// An array of values [[…], […]] fills an array of several dimensions: each
// nested series is one dimension (doc 1514031; docs 3075007 and 3075003
// initialize a 3 by 3 and a * by 2 array this way).
M is an array of 2 by 2 int = [[10, 20], [30, 40]]
Trace(M[2,1], M[1,2], M[2][2])

// Too small: the array grows (doc 1514031)
G is an array of 2 by 2 int = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
Trace(ArrayCount(G), G[3,3], G[2,1])

// Larger than the values: the elements not reached keep their value
P is an array of 3 by 3 int = [[1], [2, 3]]
P[3,3] = 99
P = [[5, 6, 7]]
Trace(P[1,3], P[2,2], P[3,3])
