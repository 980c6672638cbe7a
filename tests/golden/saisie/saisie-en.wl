//! args: --interactive --lang en
//! stdin: Smith
//! stdin: 12
//! stdin: 3
//! stdin: 5
//! stdin: Later
// Input (doc 3021016) in English: the simple syntax returns 1 (OK) or 0
// (Cancel), the direct syntax the number of the button clicked; the variable
// gets the answer whatever the button.
Name is a string = "nobody"
r is an int = Input("Your name?", Name)
Trace("simple", r, Name)
Qty is an int = 1
Buttons is an array of strings = ["Now", "Later", "Never"]
r = Input("How many?", Qty, Buttons, 1, 3, dlgIconQuestion)
Trace("direct", r, Qty)
r = Input("Quantity?", Qty, Buttons)
Trace("caption", r, Qty)
r = Input("Again?", Name)
Trace("end of input", r, Name)
r = Input("Quantity?", Qty, Buttons, 1, 0)
