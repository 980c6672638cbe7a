// English twin of builtins/numbers_* (SPEC §7.5, §9): Round, Random with InitRandom, Abs, Max, Min, IsOdd / IsEven are not English-confirmed so the French names are used
InitRandom()
r is int = Random(3, 3)
Trace(r, Round(2.567, 2), Abs(-4), Max(2, 9, 4), Min(2, 9, 4))
Trace(EstPair(10), EstImpair(10))
