//! args: --lang en
// Combinations in English keywords (doc 1514074, 1510024).
FileAction is a Combination
	CreateFile
	ReadFile
	WriteFile
	ReadWrite = ReadFile + WriteFile
END

a is FileAction
Trace(a = 0)
a = ReadFile + WriteFile
Trace(a..Name, a = ReadWrite, a[CreateFile])
a[CreateFile] = True
a = a - ReadFile
Trace(a..Name)
FOR EACH o OF FileAction
	Trace(o..Name)
END
c is FileAction = CombinationFromName(FileAction, "CreateFile")
Trace(c..Name)
