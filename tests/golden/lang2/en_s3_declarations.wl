// English twin of s3_sont_des_initialisation / s3_soit_inference (SPEC §3.1, §9, DECISIONS 9d): is a / is an / are, let, array of, optional article
Width, Height are int = (4, 10)
Trace(Width * Height)
Name is a string = "Ada"
Code is string = "no article"
Trace(Name, Code)
let x = 5
x += 2
Trace(x)
Scores is an array of int
Scores.Add(12)
Add(Scores, 15)
Trace(Scores.Count, Scores[2])
Flags is boolean
Trace(Flags, True, False)
