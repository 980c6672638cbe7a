// Package arrays is the array family (doc page 3075006): Ajoute /
// TableauAjoute, TableauInsère, TableauSupprime, TableauSupprimeTout,
// TableauCherche, TableauTrie, TableauOccurrence and a few companions,
// on arrays and, where it makes sense, associative arrays.
package arrays
