// DateVersEntier / EntierVersDate : 01/01/1800 vaut 1 (doc 3027025), DateValide, DateDifférence
Trace(DateVersEntier("20011225"))
Trace(EntierVersDate(73773))
Trace(DateVersEntier("18000101"))
Trace(DateValide("20240229"), DateValide("20230229"))
Trace(DateDifférence("20250601", "20250615"))
