//! args: --interactive --lang en
//! stdin: yes
//! stdin: x1
//! stdin: 42
// Input.OptionalCaption and Input.InputMask (doc 3021016) in English: the
// caption of a boolean's check box, and a "regexp:" mask whose refusal
// asks again, in English.
ShowAgain is boolean = False
Input.OptionalCaption = "Do not show again"
Trace(Input.OptionalCaption, Input(("Close the application?"), ShowAgain), ShowAgain)
n is int = 7
Input.InputMask = "regexp:[0-9]+"
Trace(Input("How many?", n), n)
