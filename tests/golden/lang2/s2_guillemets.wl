// SPEC §2.4 : « "" » dans un littéral donne un guillemet, « ' » sans échappement, pas d'échappement par barre oblique inverse
Trace("L'option ""Conditions générales"" doit être cochée")
Trace("C:\MesFichiers\")
Trace("\", Taille("\n"))
Trace(Taille(""""""), """")
