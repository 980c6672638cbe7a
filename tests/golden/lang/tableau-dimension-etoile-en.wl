//! args: --lang en
// `array of * by 3` (doc 3075003): a dynamic first dimension, rows of 3;
// ArrayAdd puts the rows of a second array, of the same dimensions but
// the first, after those of the first one.
arrMorning is an array of * by 3 int = [[8, 0, 15]]
arrEvening is an array of * by 3 int = [[18, 30, 5], [20, 0, 9]]
ArrayAdd(arrMorning, arrEvening)
Trace(ArrayCount(arrMorning), arrMorning[2, 1], arrMorning[3, 3])
