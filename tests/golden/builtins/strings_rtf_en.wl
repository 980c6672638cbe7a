//! args: --lang en
// RTFToText (3025032) and RTFToHTML (3025049): a documented subset of
// RTF (groups, control words, \'hh, \uN, \par, \line, \b \i \ul \strike,
// ignored destinations such as \fonttbl and \*\generator).
sNote est une chaîne = "{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}{\*\generator WinDev 19.0.20.0;}{\colortbl;\red255\green0\blue0;}" + ...
	"\pard\f0\fs24 Bonjour {\b le monde}, l'\'e9t\'e9 co\u251?te 5 \u8364? & <plus>\par " + ...
	"{\i Deuxi\'e8me} ligne\line suite \{entre accolades\}\par}"
Trace(RTFToText(sNote))
Trace(RTFToHTML(sNote))
Trace(RTFToHTML(sNote, rvhOptionNone) = RTFToHTML(sNote))
// Not RTF: the text as it is, escaped for HTML.
Trace(RTFToText("texte simple"))
Trace(RTFToHTML("a < b" + RC + "c"))
// Nested groups and an unknown destination stay linear and end.
Trace(RTFToText("{\rtf1{{{{{{{{{{x}}}}}}}}}}{\*\inconnu caché}y}"))
// The e-mail example of 1000018713: Message and HTML of an Email.
MonMessage est un Email
MonMessage.Message = RTFToText(sNote)
MonMessage.HTML = RTFToHTML(sNote)
Trace(Length(MonMessage.Message) > 0, Left(MonMessage.HTML, 3))
