// English twin of s2_guillemets / s2_interpolation_expressions (SPEC §2.4, §9): doubled quotes, no backslash escapes, [% %] with an index, -% raw literal, CR/TAB constants
Colors is an array of strings = ["red", "green"]
n is int = 4
Trace("First: [%Colors[1]%], double: [%n * 2%]")
Trace(-%"[%n%] stays raw")
Trace("Say ""hi""", "C:\Data\")
Trace(Length(CR), Length(TAB))
