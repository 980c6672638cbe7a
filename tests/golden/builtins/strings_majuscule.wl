// Majuscule enlève les accents mais garde la cédille (doc 3024039)
Trace(Majuscule("abcd"))
Trace(Majuscule("pépère"))
Trace(Majuscule("ça !"))
