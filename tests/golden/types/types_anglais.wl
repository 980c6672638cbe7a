// Les types et leurs propriétés en anglais (DECISIONS 2) : currency, numeric, Date,
// Time, DateTime, Duration ; Year, ToString, ToDayInAlpha, InSeconds.
Price is a currency = 19.90
Count is a numeric = 18
Trace(Price * 2, Count / 5)
d is a Date = "20011225"
Trace(d.Year, d.Month, d.Day, d.ToString("JJ/MM/AAAA"))
t is a Time = "0930"
Trace(t.Hour, t.ToString("HH:mm"))
dt is a DateTime = "200112251830"
Trace(dt.ToString())
du is a Duration = 1 min 15 s
Trace(du.InSeconds, du.ToString("MM:SS"))
