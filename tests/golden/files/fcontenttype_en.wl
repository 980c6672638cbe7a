//! args: --lang en
// fContentType (1000024732): the MIME type from the extension, "" when
// unknown; no file is read, so no grant is needed.
FOR EACH sFichier OF ["image.png", "video.mpeg", "fichier.pdf", "Rapport.DOCX", "C:\Docs\tableau.xlsx", "sans_extension", "x.inconnue"]
	Trace(sFichier, "[" + fContentType(sFichier) + "]")
END
