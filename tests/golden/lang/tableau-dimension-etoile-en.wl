//! args: --lang en
// `array of * by 2`: a dynamic first dimension, rows of 2; ArrayAdd
// appends the rows of an array of the same dimensions (but the first)
// at the end of the first one (doc 3075003)
arrA is an array of * by 2 int = [[11, 12], [21, 22]]
arrB is an array of * by 2 int = [[31, 32], [41, 42], [51, 52]]
ArrayAdd(arrA, arrB)
Trace(ArrayCount(arrA), arrA[3, 1], arrA[5, 2])
