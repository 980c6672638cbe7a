// Max et Min de valeurs ou d'un tableau (doc 3050005, 3050004)
Trace(Max(10, 15, 20))
Trace(Max("Z", "A"))
montableau est un tableau de 5 entiers
montableau = [1, 2, 3, 4, 5]
Trace(Max(montableau))
Trace(Min(10, 15, 20))
Trace(Min(montableau))
Trace(Min(2.5, -1, 3))
