//! args: --lang en
// With --lang en, day and month names are in English (DECISIONS 19 style): the 25/12/2001
// was a Tuesday.
d is a Date = "20011225"
Trace(d.ToDayInAlpha())
Trace(d.ToString("Jjjj JJ Mmmm AAAA"))
