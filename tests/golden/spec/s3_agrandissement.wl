// SPEC §3.5: <agrandissement=N> lets an index past the end grow the array
t est un tableau <agrandissement=1> d'entiers
t[3] = 7
Trace(t.Occurrence, t[1], t[3])
