//! args: --lang en
// DateToString (doc 3027025), English names: the format constants. The
// local time zone is fixed to Paris by the tests, as in the page's
// examples.
Trace(DateToString("20191125", maskDateEmail))	// doc: "Mon, 25 Nov 2019 00:00:00 +0100"
Trace(DateToString("20190825", maskDateEmail))	// doc: "Sun, 25 Aug 2019 00:00:00 +0200"
Trace(DateToString("20191125", maskDateEmailUTC))	// doc: "Sun, 24 Nov 2019 23:00:00 +0000"
Trace(DateToString("20190825", maskDateInternet))	// doc: "2019-08-25T00:00:00.000+02:00"
Trace(DateToString("20190825", maskDateInternetUTC))	// doc: "2019-08-24T22:00:00.000Z"
Trace(DateToString("20191225", maskDateSystem), DateToString(DateSys(), maskDateSystem))
dt is DateTime = "20191125183005120"
Trace(dt.ToString(maskDateEmail), DateTimeToString(dt, maskDateInternetUTC))
