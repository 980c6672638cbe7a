// English twin of builtins/strings_* (SPEC §7.3, §9): Length, Left, Right, Middle, Position, Replace, Upper, Lower, NoSpace, StringBuild, ExtractString, Val, NumToString
s is string = "  Hello World  "
t is string = NoSpace(s)
Trace("[" + t + "]", Length(t))
Trace(Left(t, 5), Right(t, 5), Middle(t, 7, 3))
Trace(Position(t, "World"), Position(t, "xyz"))
Trace(Replace(t, "World", "there"), Upper("été"), Lower("ABC"))
Trace(StringBuild("%1-%2-%1", "a", "b"))
Trace(ExtractString("a;b;c", 2, ";"), ExtractString("a;b;c", 4, ";") = EOT)
Trace(Val("143"), Val("3plus2"), NumToString(3.14159, ".2f"))
