//! args: --interactive --lang en
//! stdin: yes
//! stdin: x1
//! stdin: 42
// Input.OptionalCaption and Input.InputMask (doc 3021016) in English: the
// caption of a boolean's check box, and a "regexp:" mask whose refusal
// asks again, in English.
RemindMe is boolean = False
Input.OptionalCaption = "Remind me"
Trace(Input.OptionalCaption, Input(("Purge the cache?"), RemindMe), RemindMe)
nCopies is int = 7
Input.InputMask = "regexp:[0-9]+"
Trace(Input("Copies?", nCopies), nCopies)
