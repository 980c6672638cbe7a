//! args: --strict
// Mode strict : un nom jamais déclaré est l'erreur 301
total = 5
Trace(total)
