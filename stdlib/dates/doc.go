// Package dates is the date and time family (doc page 3027029):
// DateDuJour, HeureSys, Maintenant, Hier, Demain, DateVersChaîne,
// HeureVersChaîne, DateVersEntier, EntierVersDate, DateValide and the
// Chrono functions. The clock is the run's (Run.Now), so tests fix it.
package dates
