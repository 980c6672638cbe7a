// SPEC §4.4: the element variable is a reference to the array element
notes est un tableau d'entiers = [10, 12, 14]
POUR TOUT n DE notes
	n += 1
FIN
Trace(notes[1], notes[2], notes[3])
